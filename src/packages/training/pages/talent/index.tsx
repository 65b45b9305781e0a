/**
 * 人才库 (a chief): everyone who attended the station's trainings (004 §7.3.5 b), latest first,
 * with company, contact and the courses attended; searchable by name, company or course, and
 * exported to Excel as searched.
 */
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { ListStatus } from '@/components/ListStatus';
import { PhoneLink } from '@/components/PhoneLink';
import { usePagedList } from '@/hooks/usePagedList';
import { useListGestures } from '@/hooks/usePageRefresh';
import { exportTalentPool, talentPool } from '@/services/training';
import { RoleGate } from '@/components/RoleGate';
import { SearchBar } from '@/components/SearchBar';
import { useSession } from '@/hooks/useSession';
import { useExport } from '@/hooks/useExport';
import { stampOf } from '@/packages/training/lib/format';
import '@/packages/training/components/SignupCard.scss';
import '@/packages/training/training.scss';

function Pool({ stationId }: { stationId: string }) {
  const [keyword, setKeyword] = useState('');
  const list = usePagedList(
    (page, pageSize) => talentPool({ stationId, ...(keyword ? { keyword } : {}), page, pageSize }),
    [stationId, keyword],
  );
  useListGestures(list);

  // Exported as searched.
  const exported = useExport(() => exportTalentPool({ stationId, ...(keyword ? { keyword } : {}) }));

  return (
    <>
      <SearchBar label="关键词" placeholder="姓名、单位或课程" onSearch={setKeyword} />
      <View className="training-page__bar">
        <Text className="training-page__note" style={{ padding: 0 }}>
          {list.loading ? '' : `共 ${list.total} 人`}
        </Text>
        <Button
          size="small"
          type="primary"
          fill="outline"
          loading={exported.exporting}
          onClick={() => void exported.run()}
        >
          导出
        </Button>
      </View>
      {list.items.map((t) => (
        <View key={t.key} className="signup-card" data-testid="talent">
          <View className="signup-card__head">
            <Text className="signup-card__name">
              {t.name}
              {t.title ? <Text className="signup-card__title"> · {t.title}</Text> : null}
            </Text>
            <Text className="signup-card__place">参训 {t.attended} 次</Text>
          </View>
          <Text className="signup-card__line">{t.companyName}</Text>
          {t.mobile ? (
            <View className="signup-card__line">
              <PhoneLink phone={t.mobile} />
            </View>
          ) : null}
          <Text className="signup-card__line signup-card__line--muted">
            {t.courses.join('、')} · 最近 {stampOf(t.lastAttendedAt)}
          </Text>
        </View>
      ))}
      <ListStatus
        loading={list.loading}
        error={list.error}
        empty={!list.loading && list.items.length === 0}
        emptyText={keyword ? `没有与「${keyword}」相关的人` : '还没有人参加过本站的培训'}
        onRetry={() => void list.reload()}
        loadingMore={list.loadingMore}
        hasMore={list.hasMore}
      />
    </>
  );
}

export default function TalentPoolPage() {
  const session = useSession();
  const stationId = session.acting?.stationId;
  return (
    <View className="training-page">
      <RoleGate session={session} roles={['chief']} what="查看人才库">
        {stationId ? <Pool key={stationId} stationId={stationId} /> : null}
      </RoleGate>
    </View>
  );
}
