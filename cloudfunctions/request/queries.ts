/**
 * The query behind listRequests and its export (exportRequests): the acting role's scope from the
 * action's own POLICY row (company staff their company's; a liaison or chief the station's queue;
 * an admin all, or one station's, one company's; an expert what is assigned to them), each shape
 * served by a declared index on service_requests (core/store/schema.ts). Newest first, the most
 * urgent first (the stored `urgencyRank`, newest first within one urgency), or — 'due' — the
 * requests awaiting their assignee's answer, soonest due first; `overdue` keeps those whose
 * answer is late.
 */
import type { ParsedInputOf } from '../../core/contract';
import type { Caller } from '../../core/ports';
import type { FindOptions, Where } from '../../core/store/query';
import { invalidField } from '../_shared/errors';
import { narrow, scopeWhere, type ScopeFields } from '../_shared/scope';

/**
 * Where a request's station, company and assignee are (POLICY's scopes for listRequests): an
 * expert ('assigned') lists only the requests assigned to them at the station they act for.
 */
const SCOPE_FIELDS: ScopeFields = { station: 'stationId', company: 'companyId', assigned: 'assigneeId' };

export type RequestFilters = Omit<ParsedInputOf<'request', 'listRequests'>, 'page' | 'pageSize'>;

export function requestsQuery(
  caller: Caller,
  input: RequestFilters,
  action: 'listRequests' | 'exportRequests' = 'listRequests',
): { where: Where; orderBy: NonNullable<FindOptions['orderBy']> } {
  const where: Where = { ...scopeWhere('request', action, caller, SCOPE_FIELDS, '您没有可查看的服务需求') };
  narrow(where, 'companyId', input.companyId, '您只能查看本企业的服务需求');
  narrow(where, 'stationId', input.stationId, '您只能查看本站点的服务需求');
  // 我的指派: served by service_requests (assigneeId, status, updatedAt).
  if (input.assignedToMe) where.assigneeId = caller.userId;
  if (input.status) where.status = input.status;
  if (input.category) where.category = input.category;
  if (input.urgency) where.urgency = input.urgency;
  if (input.overdue) {
    if (input.status && input.status !== 'assigned') {
      throw invalidField('overdue', '仅看逾期', '逾期只针对待接受指派的需求，请去掉状态筛选后再试');
    }
    where.status = 'assigned';
    where.overdueAt = { $gt: 0 };
  }
  // Due first: the requests awaiting an answer (only they have a respondBy), soonest due first.
  if (input.order === 'due' && !input.status) where.status = 'assigned';
  return { where, orderBy: ORDERS[input.order] };
}

const ORDERS: Record<RequestFilters['order'], NonNullable<FindOptions['orderBy']>> = {
  newest: [['createdAt', 'desc']],
  urgency: [
    ['urgencyRank', 'desc'],
    ['createdAt', 'desc'],
  ],
  due: [
    ['respondBy', 'asc'],
    ['createdAt', 'desc'],
  ],
};
