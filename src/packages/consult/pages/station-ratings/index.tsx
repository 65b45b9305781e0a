/**
 * 本站评价 (the chief): what companies said of the station's consultations — the station's
 * average, each consultant's average and count (tap one to see only theirs), and the ratings,
 * newest first, all or only those of 2 stars or fewer (差评, to follow up), page by page, and
 * exported to Excel as shown.
 */
import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { ConsultantAverage } from '@core/contract';
import { ChipRow } from '@/components/ChipRow';
import { ListStatus } from '@/components/ListStatus';
import { usePagedList } from '@/hooks/usePagedList';
import { useListGestures } from '@/hooks/usePageRefresh';
import { ROUTES } from '@/lib/routes';
import { exportRatings, listRatings } from '@/services/archive';
import { ExportBar } from '@/components/ExportButton';
import { RatingCard } from '@/packages/consult/components/RatingCard';
import { RatingStars } from '@/components/RatingStars';
import { RatingsSummary } from '@/packages/consult/components/RatingsSummary';
import { RoleGate } from '@/components/RoleGate';
import { averageText, shownStars } from '@/lib/ratings';
import { useSession } from '@/hooks/useSession';
import { oneOfParam, usePageParams } from '@/hooks/usePageParams';
import './index.scss';

type Filter = 'low';
const FILTERS = [
  { value: '' as const, label: '全部评价' },
  { value: 'low' as const, label: '差评（2星及以下）' },
];

interface Meta {
  average: number | null;
  count: number;
  consultants: ConsultantAverage[];
}

function StationRatings({ stationId }: { stationId: string }) {
  const [consultantId, setConsultantId] = useState('');
  // 工作台's 差评 to-do opens the low ones (filter=low).
  const [filter, setFilter] = useState<Filter | ''>(oneOfParam(usePageParams().filter, ['low'] as const));
  const [meta, setMeta] = useState<Meta | null>(null);
  const query = {
    stationId,
    ...(filter === 'low' ? { lowOnly: true } : {}),
    ...(consultantId ? { consultantId } : {}),
  };
  const list = usePagedList(
    async (page, pageSize) => {
      const res = await listRatings({ ...query, page, pageSize });
      setMeta({ average: res.average, count: res.count, consultants: res.consultants });
      return res;
    },
    [stationId, consultantId, filter],
  );
  useListGestures(list);
  const narrowedTo = meta?.consultants.find((c) => c.consultantId === consultantId)?.consultantName;

  return (
    <>
      {meta ? <RatingsSummary average={meta.average} count={meta.count} label="本站平均分" /> : null}
      {meta?.consultants.length ? (
        <>
          <Text className="ratings-page__section">咨询人员平均分</Text>
          <View className="station-ratings__consultants">
            {meta.consultants.map((c) => (
              <View
                key={c.consultantId}
                className={`station-ratings__consultant${
                  c.consultantId === consultantId ? ' station-ratings__consultant--active' : ''
                }`}
                data-testid="consultant-average"
                data-id={c.consultantId}
                onClick={() => setConsultantId(c.consultantId === consultantId ? '' : c.consultantId)}
              >
                <Text className="station-ratings__name">{c.consultantName}</Text>
                <RatingStars value={shownStars(c.average)} />
                <Text className="station-ratings__average">{averageText(c.average)}</Text>
                <Text className="station-ratings__count">{c.count} 条</Text>
              </View>
            ))}
          </View>
        </>
      ) : null}
      <ChipRow chips={FILTERS} value={filter} onChange={setFilter} testId="rating-filter" />
      {/* Exported as shown: all or only the low ones, one consultant's or everyone's. */}
      <ExportBar action={['archive', 'exportRatings']} make={() => exportRatings(query)} />
      {narrowedTo ? (
        <View className="station-ratings__narrowed" data-testid="ratings-narrowed">
          <Text>只看{narrowedTo}的评价</Text>
          <Text className="station-ratings__clear" onClick={() => setConsultantId('')}>
            查看全部人员
          </Text>
        </View>
      ) : null}
      {list.items.map((r) => (
        <RatingCard
          key={r.id}
          rating={r}
          showConsultant
          onOpen={(id) => void Taro.navigateTo({ url: ROUTES.record(id) })}
        />
      ))}
      <ListStatus
        loading={list.loading}
        error={list.error}
        empty={!list.loading && list.items.length === 0}
        emptyText={filter === 'low' ? '没有2星及以下的评价' : '还没有企业评价'}
        onRetry={() => void list.reload()}
        loadingMore={list.loadingMore}
        hasMore={list.hasMore}
      />
    </>
  );
}

export default function StationRatingsPage() {
  const session = useSession();
  const stationId = session.acting?.stationId;
  return (
    <View className="ratings-page">
      <RoleGate session={session} roles={['chief']} what="查看本站评价">
        {stationId ? <StationRatings key={session.acting!.id} stationId={stationId} /> : null}
      </RoleGate>
    </View>
  );
}
