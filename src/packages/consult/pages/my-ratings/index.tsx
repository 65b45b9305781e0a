/**
 * 我的评价: what companies said of the consultations I gave at the station I act for — my
 * average (one decimal) and how many ratings, from the server's counters, then the latest
 * ratings with their comments, newest first, page by page. Tapping one opens its record.
 */
import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { ListStatus } from '@/components/ListStatus';
import { usePagedList } from '@/hooks/usePagedList';
import { useListGestures } from '@/hooks/usePageRefresh';
import { ROUTES } from '@/lib/routes';
import { myRatingSummary } from '@/services/archive';
import { RatingCard } from '@/packages/consult/components/RatingCard';
import { RatingsSummary } from '@/packages/consult/components/RatingsSummary';
import { RoleGate } from '@/components/RoleGate';
import { useSession } from '@/hooks/useSession';
import './index.scss';

function Mine() {
  const [summary, setSummary] = useState<{ average: number | null; count: number } | null>(null);
  const list = usePagedList(async (page, pageSize) => {
    const res = await myRatingSummary({ page, pageSize });
    setSummary({ average: res.average, count: res.count });
    return res;
  }, []);
  useListGestures(list);

  return (
    <>
      {summary ? <RatingsSummary average={summary.average} count={summary.count} label="我的平均分" /> : null}
      {list.items.length ? <Text className="ratings-page__section">最新评价</Text> : null}
      {list.items.map((r) => (
        <RatingCard key={r.id} rating={r} onOpen={(id) => void Taro.navigateTo({ url: ROUTES.record(id) })} />
      ))}
      <ListStatus
        loading={list.loading}
        error={list.error}
        empty={!list.loading && list.items.length === 0}
        emptyText="还没有企业评价过您的咨询"
        onRetry={() => void list.reload()}
        loadingMore={list.loadingMore}
        hasMore={list.hasMore}
      />
    </>
  );
}

export default function MyRatingsPage() {
  const session = useSession();
  return (
    <View className="ratings-page">
      <RoleGate session={session} roles={['liaison', 'expert', 'chief']} what="查看我的评价">
        {session.acting ? <Mine key={session.acting.id} /> : null}
      </RoleGate>
    </View>
  );
}
