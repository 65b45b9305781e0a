/**
 * The query behind listRequests: the acting role's scope from POLICY (company staff their
 * company's; a liaison or chief the station's queue; an admin all, or one station's, one
 * company's), each shape served by a declared index on service_requests (core/store/schema.ts). Newest first, or the most
 * urgent first (the stored `urgencyRank`), newest first within one urgency.
 */
import type { ParsedInputOf } from '../../core/contract';
import type { Caller } from '../../core/ports';
import type { FindOptions, Where } from '../../core/store/query';
import { narrow, scopeWhere, type ScopeFields } from '../_shared/scope';

/** Where a request's station, company are (POLICY's scopes for listRequests). */
const SCOPE_FIELDS: ScopeFields = { station: 'stationId', company: 'companyId' };

export type RequestFilters = Omit<ParsedInputOf<'request', 'listRequests'>, 'page' | 'pageSize'>;

export function requestsQuery(
  caller: Caller,
  input: RequestFilters,
): { where: Where; orderBy: NonNullable<FindOptions['orderBy']> } {
  const where: Where = { ...scopeWhere('request', 'listRequests', caller, SCOPE_FIELDS, '您没有可查看的服务需求') };
  narrow(where, 'companyId', input.companyId, '您只能查看本企业的服务需求');
  narrow(where, 'stationId', input.stationId, '您只能查看本站点的服务需求');
  if (input.status) where.status = input.status;
  if (input.category) where.category = input.category;
  if (input.urgency) where.urgency = input.urgency;
  const orderBy: NonNullable<FindOptions['orderBy']> =
    input.order === 'urgency'
      ? [
          ['urgencyRank', 'desc'],
          ['createdAt', 'desc'],
        ]
      : [['createdAt', 'desc']];
  return { where, orderBy };
}
