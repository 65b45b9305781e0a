/**
 * The stations a clue may be referred to, as picker options: the network's protection centers,
 * rapid rights-protection centers and assistance stations (REFERRAL_TARGET_KINDS, the rule the
 * server applies too), city level first, without the referring station itself.
 */
import { useMemo } from 'react';
import { STATION_KIND, STATION_LEVEL } from '@core/enums';
import { REFERRAL_TARGET_KINDS } from '@core/rules/referral-flow';
import { useLoad } from '@/hooks/useLoad';
import { listStations } from '@/services/directory';

const LEVEL_ORDER = STATION_LEVEL.values;

export function useTargetStations(ownStationId?: string): Array<{ value: string; label: string }> {
  const loaded = useLoad(() => listStations({ pageSize: 50 }), []);
  return useMemo(
    () =>
      (loaded.data?.items ?? [])
        .filter((s) => REFERRAL_TARGET_KINDS.includes(s.kind) && s.id !== ownStationId && s.status === 'active')
        .sort((a, b) => LEVEL_ORDER.indexOf(a.level) - LEVEL_ORDER.indexOf(b.level))
        .map((s) => ({ value: s.id, label: `${s.name}（${STATION_KIND.labels[s.kind]}）` })),
    [loaded.data, ownStationId],
  );
}
