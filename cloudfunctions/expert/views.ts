/**
 * How a roster entry is published: the expert's own view, a roster row and one expert's detail,
 * each with the names of the stations served; rows and details add the workload and on-time rate
 * counted from the request assignments (AssignmentDoc, written by the request function).
 */
import type { ExpertDetail, ExpertRow, MyExpertProfile } from '../../core/contract';
import type { Store } from '../../core/ports';
import { awayUntil, onTimePercent } from '../../core/rules/expert-roster';
import type { AssignmentDoc, ExpertProfileDoc, StationDoc } from '../../core/store/docs';
import { findAll } from '../_shared/paging';

export type StationNames = Map<string, string>;

/** The names of the stations the profiles serve (a station since removed shows its id). */
export async function stationNamesOf(store: Store, profiles: ExpertProfileDoc[]): Promise<StationNames> {
  const ids = [...new Set(profiles.flatMap((p) => p.stationIds))];
  if (!ids.length) return new Map();
  const docs = await store.find<StationDoc>('stations', { where: { _id: { $in: ids } }, limit: ids.length });
  return new Map(docs.map((s) => [s._id, s.name]));
}

const stationsOf = (p: ExpertProfileDoc, names: StationNames) =>
  p.stationIds.map((id) => ({ id, name: names.get(id) ?? id }));

const optional = <K extends string, V>(key: K, value: V | undefined) =>
  (value === undefined ? {} : { [key]: value }) as Partial<Record<K, V>>;

export function myProfileView(p: ExpertProfileDoc, names: StationNames, today: string): MyExpertProfile {
  return {
    expertId: p._id,
    name: p.name,
    organisation: p.organisation,
    title: p.title,
    specialities: p.specialities,
    industries: p.industries,
    qualifications: p.qualifications,
    yearsOfPractice: p.yearsOfPractice,
    stations: stationsOf(p, names),
    mobile: p.mobile,
    ...optional('email', p.email),
    status: p.status,
    ...optional('commitmentAcceptedAt', p.commitmentAcceptedAt),
    ...optional('returnReason', p.status === 'returned' ? p.returnReason : undefined),
    ...optional('filedAt', p.filedAt),
    ...optional('unavailableFrom', p.unavailableFrom),
    ...optional('unavailableUntil', p.unavailableUntil),
    ...optional('awayUntil', awayUntil(p, today) ?? undefined),
    ...optional('leftReason', p.leftReason),
    ...optional('leftAt', p.leftAt),
    updatedAt: p.updatedAt,
  };
}

export interface Workload {
  openCount: number;
  answeredCount: number;
  answeredOnTime: number;
  onTimePercent?: number;
}

/**
 * An expert's workload and on-time rate over all their assignments (served by assignments
 * (assigneeId, assignedAt); an expert has a few hundred at most): open = not yet answered, or
 * accepted and not yet reported; on time = answered by the due time, out of those answered.
 */
export async function workloadOf(store: Store, expertId: string): Promise<Workload> {
  const rows = await findAll<AssignmentDoc>(store, 'assignments', { assigneeId: expertId }, [['assignedAt', 'desc']]);
  const open = rows.filter((a) => (a.outcome === 'open' || a.outcome === 'accepted') && a.reportedAt === undefined);
  const answered = rows.filter((a) => a.onTime !== undefined);
  const onTime = answered.filter((a) => a.onTime === true).length;
  return {
    openCount: open.length,
    answeredCount: answered.length,
    answeredOnTime: onTime,
    ...optional('onTimePercent', onTimePercent(onTime, answered.length) ?? undefined),
  };
}

export function rowView(p: ExpertProfileDoc, names: StationNames, today: string, load: Workload): ExpertRow {
  return {
    expertId: p._id,
    name: p.name,
    organisation: p.organisation,
    title: p.title,
    specialities: p.specialities,
    industries: p.industries,
    stations: stationsOf(p, names),
    status: p.status,
    ...optional('awayUntil', awayUntil(p, today) ?? undefined),
    ...load,
  };
}

export function detailView(
  p: ExpertProfileDoc,
  names: StationNames,
  today: string,
  load: Workload,
  extra: Pick<ExpertDetail, 'steps'> & { filedByName?: string },
): ExpertDetail {
  return {
    ...myProfileView(p, names, today),
    // The admin and the chief read why it was returned whatever the status now.
    ...optional('returnReason', p.returnReason),
    ...load,
    ...optional('filedByName', extra.filedByName),
    steps: extra.steps,
  };
}
