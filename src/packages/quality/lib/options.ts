/**
 * What the 新建整改 form picks from: the station's people who may own an action (its liaisons,
 * experts and chiefs, read through consult's member list) and, for a finding from a complaint,
 * the station's latest 50 complaints (named as their subject). Each loads only when wanted.
 */
import { ROLE } from '@core/enums';
import { useLoad, type Loaded } from '@/hooks/useLoad';
import { listComplaints } from '@/services/complaint';
import { listStationMembers } from '@/services/consult';

export interface Option {
  value: string;
  label: string;
}

/** 「李联络（联络员）」 for each person of the station ('' loads nothing). */
export function useOwnerOptions(stationId: string): Loaded<Option[]> {
  return useLoad(
    async () =>
      stationId
        ? (await listStationMembers({ stationId })).map((m) => ({
            value: m.id,
            label: `${m.name}（${ROLE.labels[m.role]}）`,
          }))
        : [],
    [stationId],
  );
}

/** The station's complaints, newest first, when the source is a complaint. */
export function useComplaintOptions(stationId: string, wanted: boolean): Loaded<Option[]> {
  return useLoad(
    async () =>
      wanted && stationId
        ? (await listComplaints({ pageSize: 50, stationId })).items.map((c) => ({
            value: c.id,
            label: c.subject.label,
          }))
        : [],
    [stationId, wanted],
  );
}

/** The placeholder of a picker while its options load, failed or came back empty. */
export function pickerHint(loaded: Loaded<Option[]>, none: string): string | undefined {
  if (loaded.loading) return '正在加载…';
  if (loaded.error) return loaded.error;
  return loaded.data?.length ? undefined : none;
}
