/**
 * Which experts the roster shows, for the list (expert.listExperts) and its export
 * (expert.exportExperts): the station the caller may read (a chief their own, by the action's own
 * POLICY row; an admin any, or all) and the caller's filters.
 *
 * The array fields (stationIds, specialities, industries) cannot be filtered by the Store: its
 * equality is scalar-only (CloudBase would match an array element, SQLite compares the array's
 * JSON text, and the two must agree). So the roster is read by status over its index
 * (status, _id) and these filters run in memory over what it reads.
 */
import { AppError } from '../../core/errors';
import type { ParsedInputOf } from '../../core/contract';
import { actingRule } from '../../core/policy';
import type { Caller } from '../../core/ports';
import { awayUntil } from '../../core/rules/expert-roster';
import type { ExpertProfileDoc } from '../../core/store/docs';
import type { Where } from '../../core/store/query';

export type RosterFilters = ParsedInputOf<'expert', 'exportExperts'>;

/** The station the caller may list: a chief's own (asking for another is refused), an admin's choice. */
export function rosterStation(
  caller: Caller,
  asked: string | undefined,
  action: 'listExperts' | 'exportExperts' = 'listExperts',
): string | undefined {
  const rule = actingRule('expert', action, caller);
  if (rule?.scope !== 'station') return asked;
  const own = caller.acting?.stationId;
  if (!own) throw new AppError('FORBIDDEN', '请在"我的"页面切换为站长身份后查看');
  if (asked && asked !== own) throw new AppError('FORBIDDEN', '您只能查看本站点的专家');
  return own;
}

/** What the Store filters: the status (over the roster's (status, _id) index). */
export const rosterWhere = (f: RosterFilters): Where => (f.status ? { status: f.status } : {});

/** The rest of the filters, in memory: the station served, speciality, industry, available today, a keyword. */
export function rosterMatcher(
  f: RosterFilters,
  stationId: string | undefined,
  today: string,
): (p: ExpertProfileDoc) => boolean {
  const keyword = f.keyword?.toLowerCase();
  return (p) =>
    (!stationId || p.stationIds.includes(stationId)) &&
    (!f.speciality || p.specialities.includes(f.speciality)) &&
    (!f.industry || p.industries.includes(f.industry)) &&
    (!f.available || !awayUntil(p, today)) &&
    (!keyword || `${p.name} ${p.organisation}`.toLowerCase().includes(keyword));
}
