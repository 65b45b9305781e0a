/**
 * What a station's statistics page keeps: the period shown (this month to start), the station —
 * an admin's pick (or the one a link named), anyone else's the one they act for — and the load of
 * the figures for both, again whenever either changes, and on pull-down.
 */
import { useState } from 'react';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { shanghaiDate } from '@core/rules/time';
import { useStationScope } from '@/components/StationScope';
import { useLoad } from '@/hooks/useLoad';
import type { PeriodValue } from '../components/PeriodPicker';

export function useStationPeriod<T>(
  admin: boolean,
  fixedStation: string | undefined,
  load: (period: PeriodValue, stationId: string | undefined) => Promise<T>,
) {
  const today = shanghaiDate(Date.now());
  const [period, setPeriod] = useState<PeriodValue>({ kind: 'month', anchor: today });
  // Only an admin picks a station: anyone else's is the one they act for (the picker never loads).
  const scope = useStationScope(admin ? fixedStation : 'acting');
  const stationId = admin ? scope.stationId : undefined;
  const waiting = admin && !stationId;
  const loaded = useLoad(
    () => (waiting ? Promise.resolve(null) : load(period, stationId || undefined)),
    [period.kind, period.anchor, period.to, stationId],
  );
  usePullDownRefresh(() => {
    void loaded.reload().finally(() => void Taro.stopPullDownRefresh());
  });
  return { today, period, setPeriod, picker: admin ? scope.picker : null, stationId, waiting, loaded };
}
