/**
 * Tab 服务网点: the service network, filtered by district, kind and level, paged 20 at a time
 * (pull down to refresh, scroll to the bottom for more). A card opens its station.
 */
import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { Station } from '@core/contract';
import { DISTRICT, STATION_KIND, STATION_LEVEL, type District, type StationKind, type StationLevel } from '@core/enums';
import { ChipRow, chipsOf } from '@/components/ChipRow';
import { ListStatus } from '@/components/ListStatus';
import { PlainButton } from '@/components/PlainButton';
import { StationCard } from '@/components/StationCard';
import { usePagedList } from '@/hooks/usePagedList';
import { useListGestures } from '@/hooks/usePageRefresh';
import { ROUTES } from '@/lib/routes';
import { listStations } from '@/services/directory';
import { useAppStore } from '@/store';
import './index.scss';

const PAGE_SIZE = 20;
const DISTRICT_CHIPS = chipsOf(DISTRICT, '全部');
const KIND_CHIPS = chipsOf(STATION_KIND, '全部类型');
const LEVEL_CHIPS = chipsOf(STATION_LEVEL, '全部级别');

function openStation(stationId: string) {
  void Taro.navigateTo({ url: ROUTES.station(stationId) }).catch(() => undefined);
}

export default function NetworkPage() {
  const [district, setDistrict] = useState<District | ''>('');
  const [kind, setKind] = useState<StationKind | ''>('');
  const [level, setLevel] = useState<StationLevel | ''>('');
  const isAdmin = useAppStore((s) => s.acting()?.role === 'admin');

  const list = usePagedList<Station>(
    (page, pageSize) =>
      listStations({
        district: district || undefined,
        kind: kind || undefined,
        level: level || undefined,
        page,
        pageSize,
      }),
    [district, kind, level],
    PAGE_SIZE,
  );

  useListGestures(list);

  const filtered = district !== '' || kind !== '' || level !== '';
  const empty = list.items.length === 0;

  return (
    <View className="network-page">
      <View className="network-page__filters">
        <ChipRow chips={DISTRICT_CHIPS} value={district} onChange={setDistrict} testId="district-chip" />
        <ChipRow chips={KIND_CHIPS} value={kind} onChange={setKind} testId="kind-chip" />
        <ChipRow chips={LEVEL_CHIPS} value={level} onChange={setLevel} testId="level-chip" />
      </View>

      <View className="network-page__summary">
        <Text data-testid="station-total">
          {list.loading && empty ? '正在查找服务网点…' : `共 ${list.total} 个服务网点`}
        </Text>
        {isAdmin ? (
          <PlainButton
            size="small"
            type="primary"
            fill="outline"
            onClick={() => void Taro.navigateTo({ url: ROUTES.stationEdit() })}
          >
            新增网点
          </PlainButton>
        ) : null}
      </View>

      {list.items.map((station) => (
        <StationCard key={station.id} station={station} onOpen={openStation} />
      ))}

      <ListStatus
        loading={list.loading}
        error={list.error}
        empty={empty}
        emptyText={filtered ? '该区域暂无服务网点' : '暂无服务网点'}
        onRetry={() => void list.reload()}
        loadingMore={list.loadingMore}
        hasMore={list.hasMore}
      />
    </View>
  );
}
