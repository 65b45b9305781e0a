/**
 * The station a management page works on: fixed by the URL for a chief or liaison, chosen
 * from a list by an admin (who acts for the whole city) or a district admin (the district's
 * stations only); `allOption` lets them also choose every station at once (stationId '').
 */
import { useState } from 'react';
import { ChoiceField } from '@/components/FormField';
import { useLoad } from '@/hooks/useLoad';
import { listStations } from '@/services/directory';
import { useAppStore } from '@/store';

export function useStationScope(fromUrl: string | undefined, options: { allOption?: string } = {}) {
  const [stationId, setStationId] = useState(fromUrl ?? '');
  const needsPicker = !fromUrl;
  const acting = useAppStore((s) => s.acting());
  const district = acting?.role === 'district_admin' ? acting.district : undefined;
  const stations = useLoad(
    () => (needsPicker ? listStations({ pageSize: 50, ...(district ? { district } : {}) }) : Promise.resolve(null)),
    [needsPicker, district],
  );
  const allOption =
    options.allOption && district ? `${acting?.districtName ?? ''}${options.allOption}` : options.allOption;
  const picker = needsPicker ? (
    <ChoiceField
      name="stationId"
      label="服务站点"
      value={stationId}
      options={[
        // A list that may show every station at once offers that too (value '': all).
        ...(allOption ? [{ value: '', label: allOption }] : []),
        ...(stations.data?.items ?? []).map((s) => ({ value: s.id, label: s.name })),
      ]}
      onChange={setStationId}
      placeholder={stations.loading ? '加载中…' : (allOption ?? '请选择服务站点')}
      error={stations.error ?? undefined}
    />
  ) : null;
  return { stationId, picker };
}
