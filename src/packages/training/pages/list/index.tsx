/**
 * 培训 (public): the published sessions of every station, upcoming ones soonest first (or past
 * ones), filtered by station, each with its seats left or its waitlist. Tap one to sign up.
 */
import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Picker, Text, View } from '@tarojs/components';
import { ChipRow } from '@/components/ChipRow';
import { ListStatus } from '@/components/ListStatus';
import { useLoad } from '@/hooks/useLoad';
import { usePagedList } from '@/hooks/usePagedList';
import { useListGestures, useReloadOnReturn } from '@/hooks/usePageRefresh';
import { ROUTES } from '@/lib/routes';
import { listStations } from '@/services/directory';
import { listSessions } from '@/services/training';
import { SessionCard } from '@/packages/training/components/SessionCard';
import '@/packages/training/training.scss';
import './index.scss';

type When = 'upcoming' | 'past';
const WHEN_CHIPS = [
  { value: 'upcoming' as const, label: '即将开始' },
  { value: 'past' as const, label: '往期培训' },
];

/** "全部站点" and the stations (the network is a few dozen: one page). */
function StationFilter({ value, onChange }: { value: string; onChange: (stationId: string) => void }) {
  const stations = useLoad(() => listStations({ pageSize: 50 }), []);
  const options = [{ id: '', name: '全部站点' }, ...(stations.data?.items ?? [])];
  const index = Math.max(
    0,
    options.findIndex((o) => o.id === value),
  );
  return (
    <Picker
      mode="selector"
      range={options.map((o) => o.name)}
      value={index}
      onChange={(e) => onChange(options[Number(e.detail.value)]?.id ?? '')}
    >
      <View className="training-list__station" data-testid="station-filter">
        <Text>{options[index]!.name}</Text>
        <Text className="training-list__caret">▾</Text>
      </View>
    </Picker>
  );
}

export default function TrainingListPage() {
  const [when, setWhen] = useState<When>('upcoming');
  const [stationId, setStationId] = useState('');
  const list = usePagedList(
    (page, pageSize) => listSessions({ when, ...(stationId ? { stationId } : {}), page, pageSize }),
    [when, stationId],
  );
  useListGestures(list);
  // Back from a session: its seats may have changed (I signed up).
  useReloadOnReturn(list.reload);

  return (
    <View className="training-page training-list">
      <View className="training-page__bar">
        <ChipRow chips={WHEN_CHIPS} value={when} onChange={(v) => setWhen(v || 'upcoming')} testId="when-filter" />
        <StationFilter value={stationId} onChange={setStationId} />
      </View>
      {list.items.map((s) => (
        <SessionCard
          key={s.id}
          session={s}
          onOpen={(id) => void Taro.navigateTo({ url: ROUTES.trainingSession(id) })}
        />
      ))}
      <ListStatus
        loading={list.loading}
        error={list.error}
        empty={!list.loading && list.items.length === 0}
        emptyText={when === 'upcoming' ? '暂无即将开始的培训' : '暂无往期培训'}
        onRetry={() => void list.reload()}
        loadingMore={list.loadingMore}
        hasMore={list.hasMore}
      />
    </View>
  );
}
