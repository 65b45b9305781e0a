/**
 * The visits' query, for the list (visit.listVisits) and its export (visit.exportVisits): the
 * acting role's scope from the action's own POLICY row (company staff their company's; a liaison
 * or chief the station's, optionally one company's; an admin any), newest first, each shape
 * served by a declared index on visits (core/store/schema.ts).
 */
import type { ParsedInputOf } from '../../core/contract';
import type { Caller } from '../../core/ports';
import type { FindOptions, Where } from '../../core/store/query';
import { narrow, scopeWhere, type ScopeFields } from '../_shared/scope';

/** Where a visit's station and company are (POLICY's scopes for the visits). */
const SCOPE_FIELDS: ScopeFields = { station: 'stationId', company: 'companyId' };

export type VisitFilters = ParsedInputOf<'visit', 'exportVisits'>;

export function visitsQuery(
  caller: Caller,
  input: VisitFilters,
  action: 'listVisits' | 'exportVisits' = 'listVisits',
): { where: Where; orderBy: NonNullable<FindOptions['orderBy']> } {
  const where: Where = { ...scopeWhere('visit', action, caller, SCOPE_FIELDS, '您没有可查看的走访记录') };
  narrow(where, 'companyId', input.companyId, '您只能查看本企业的走访记录');
  narrow(where, 'stationId', input.stationId, '您只能查看本站点的走访记录');
  return { where, orderBy: [['visitedAt', 'desc']] };
}
