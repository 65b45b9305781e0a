/**
 * 我的回访: the follow-ups the acting person owes at their station (a chief: the station's), in
 * tabs — due today, overdue (oldest first), upcoming, done — with the open counts, paginated.
 * Each one opens where it came from and is completed here with a short 回访记录.
 */
import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { FollowUp } from '@core/contract';
import { FOLLOW_UP_VIEWS, FOLLOW_UP_VIEW_LABELS, type FollowUpView } from '@core/rules/visits';
import { ChipRow, type Chip } from '@/components/ChipRow';
import { ListStatus } from '@/components/ListStatus';
import { usePagedList } from '@/hooks/usePagedList';
import { useListGestures, useReloadOnReturn } from '@/hooks/usePageRefresh';
import { ROUTES } from '@/lib/routes';
import { exportFollowUps, listFollowUps } from '@/services/visit';
import { ExportBar } from '@/components/ExportButton';
import { RoleGate } from '@/components/RoleGate';
import { useSession } from '@/hooks/useSession';
import { FollowUpCard } from '@/packages/visit/components/FollowUpCard';
import './index.scss';

type Counts = { today: number; overdue: number; upcoming: number };

/** Where a follow-up came from, as a page of this app (null: no page to open). */
function sourceUrl(f: FollowUp): string | null {
  switch (f.source) {
    case 'visit':
      return ROUTES.visit(f.sourceId);
    case 'consultation':
      return ROUTES.record(f.sourceId);
    case 'request':
      return ROUTES.request(f.sourceId);
    // A planned visit opens 登记走访 for its company: logging the visit is how the plan is kept.
    case 'plan':
      return ROUTES.visitEdit(f.companyId);
    default:
      return null;
  }
}

const EMPTY_TEXT: Record<FollowUpView, string> = {
  today: '今天没有到期的回访',
  overdue: '没有逾期的回访',
  upcoming: '没有待回访的安排',
  done: '还没有完成的回访',
};

function FollowUps({ chief }: { chief: boolean }) {
  const [view, setView] = useState<FollowUpView>('today');
  const [counts, setCounts] = useState<Counts | null>(null);
  const list = usePagedList(
    async (page, pageSize) => {
      const res = await listFollowUps({ view, page, pageSize });
      setCounts(res.counts);
      return res;
    },
    [view],
  );
  useListGestures(list);
  useReloadOnReturn(list.reload);

  const chips: Chip<FollowUpView>[] = FOLLOW_UP_VIEWS.map((v) => ({
    value: v,
    label: v !== 'done' && counts ? `${FOLLOW_UP_VIEW_LABELS[v]} ${counts[v]}` : FOLLOW_UP_VIEW_LABELS[v],
  }));

  return (
    <>
      <View className="follow-ups-page__tabs">
        <ChipRow chips={chips} value={view} onChange={(v) => v && setView(v)} testId="follow-up-view" />
      </View>
      {chief ? <Text className="follow-ups-page__hint">本站全部回访</Text> : null}
      {/* The chief exports every follow-up of the station, open and done, whatever the tab. */}
      <ExportBar action={['visit', 'exportFollowUps']} make={() => exportFollowUps({})} />
      {list.items.map((f) => {
        const url = sourceUrl(f);
        return (
          <FollowUpCard
            key={f.id}
            followUp={f}
            showOwner={chief}
            onOpenSource={url ? () => void Taro.navigateTo({ url }) : null}
            onCompleted={() => void list.reload()}
          />
        );
      })}
      <ListStatus
        loading={list.loading}
        error={list.error}
        empty={!list.loading && list.items.length === 0}
        emptyText={EMPTY_TEXT[view]}
        onRetry={() => void list.reload()}
        loadingMore={list.loadingMore}
        hasMore={list.hasMore}
      />
    </>
  );
}

export default function FollowUpsPage() {
  const session = useSession();
  const acting = session.acting;
  return (
    <View className="follow-ups-page">
      <RoleGate session={session} roles={['liaison', 'expert', 'chief']} what="查看回访">
        {acting ? <FollowUps key={acting.id} chief={acting.role === 'chief'} /> : null}
      </RoleGate>
    </View>
  );
}
