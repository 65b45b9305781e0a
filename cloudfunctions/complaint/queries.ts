/**
 * The complaint lists' filters, each served by an index on complaints (core/store/schema.ts):
 *  - 我的投诉: the caller's own (complainantId);
 *  - 投诉处理: the policy's scope of listComplaints — a chief the station's, leaving out those
 *    about the chief (route 'admin': the admin's to answer); an admin all, or one station's;
 *  - 涉及我的投诉: passed on to the caller (sharedWithId).
 * `overdue` keeps those whose answer (or review) is owed and past due now.
 */
import type { ParsedInputOf } from '../../core/contract';
import { actingRule } from '../../core/policy';
import type { Caller } from '../../core/ports';
import { AWAITING_ANSWER } from '../../core/rules/complaint-flow';
import type { Where } from '../../core/store/query';
import { narrow, scopeWhere } from '../_shared/scope';

type Filters = { status?: ParsedInputOf<'complaint', 'listComplaints'>['status']; overdue?: boolean };

function filtered(where: Where, input: Filters, now: number): Where {
  if (input.overdue) {
    const owed = input.status ? AWAITING_ANSWER.filter((s) => s === input.status) : AWAITING_ANSWER;
    return { ...where, status: { $in: [...owed] }, dueAt: { $lt: now } };
  }
  return input.status ? { ...where, status: input.status } : where;
}

export const myComplaintsWhere = (caller: Caller, input: Filters, now: number): Where =>
  filtered({ complainantId: caller.userId }, input, now);

export function queueWhere(caller: Caller, input: ParsedInputOf<'complaint', 'listComplaints'>, now: number): Where {
  const where: Where = { ...scopeWhere('complaint', 'listComplaints', caller, { station: 'stationId' }) };
  // A station's queue holds what its chief answers: a complaint about the chief is the admin's.
  if (actingRule('complaint', 'listComplaints', caller)?.scope === 'station') where.route = 'chief';
  narrow(where, 'stationId', input.stationId, '您只能查看本站点的投诉');
  return filtered(where, input, now);
}

export const sharedWithWhere = (caller: Caller): Where => ({ sharedWithId: caller.userId });

export const NEWEST_FIRST: Array<[string, 'desc']> = [['createdAt', 'desc']];
