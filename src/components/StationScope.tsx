/**
 * The station a management page works on: fixed by the URL for a chief or liaison, chosen
 * from a list by an admin (who acts for the whole city); `allOption` lets the admin also choose
 * every station at once (stationId '').
 */
import { useState } from 'react';
import { ChoiceField } from '@/components/FormField';
import { useLoad } from '@/hooks/useLoad';
import { listStations } from '@/services/directory';

export function useStationScope(fromUrl: string | undefined, options: { allOption?: string } = {}) {
  const [stationId, setStationId] = useState(fromUrl ?? '');
  const needsPicker = !fromUrl;
  const stations = useLoad(() => (needsPicker ? listStations({ pageSize: 50 }) : Promise.resolve(null)), [needsPicker]);
  const picker = needsPicker ? (
    <ChoiceField
      name="stationId"
      label="服务站点"
      value={stationId}
      options={[
        // A list that may show every station at once offers that too (value '': all).
        ...(options.allOption ? [{ value: '', label: options.allOption }] : []),
        ...(stations.data?.items ?? []).map((s) => ({ value: s.id, label: s.name })),
      ]}
      onChange={setStationId}
      placeholder={stations.loading ? '加载中…' : (options.allOption ?? '请选择服务站点')}
      error={stations.error ?? undefined}
    />
  ) : null;
  return { stationId, picker };
}
