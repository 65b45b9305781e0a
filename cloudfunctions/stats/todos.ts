/**
 * How each to-do of 工作台 is counted (core/rules/todos.ts names them): the collection and filter
 * of the list it opens, scoped by THAT list action's rule in the policy (scopeWhere), so the
 * count is what the list shows the same person. Every count is served by an index
 * (core/store/schema.ts), and none reads more than the matching rows' index entries.
 */
import type { Caller, Store } from '../../core/ports';
import { actingRule } from '../../core/policy';
import { LOW_RATING_DAYS, PENDING_VISIT_DAYS, TODOS_BY_ROLE, type TodoId } from '../../core/rules/todos';
import { notVisitedCutoff } from '../../core/rules/ledger';
import { STAGE_ROLE } from '../../core/rules/studio';
import { addDays, DAY_MS, shanghaiDate, shanghaiInstant } from '../../core/rules/time';
import type { CollectionName } from '../../core/store/schema';
import type { Where } from '../../core/store/query';
import { scopeWhere, type ScopeFields } from '../_shared/scope';

interface Moment {
  now: number;
  today: string;
}

interface TodoCount {
  /** The list action the to-do opens: its policy rule scopes the count. */
  list: [fn: string, action: string];
  fields: ScopeFields;
  /** Counted in one collection, or summed over several. */
  parts: Array<{ collection: CollectionName; where: (m: Moment, caller: Caller) => Where }>;
}

/** The approval stage an approver's role decides at ('none' matches no application). */
const stageOfRole = (role: string | undefined) =>
  (Object.entries(STAGE_ROLE).find(([, r]) => r === role)?.[0] as string | undefined) ?? 'none';

const REQUEST_FIELDS: ScopeFields = { station: 'stationId', company: 'companyId', assigned: 'assigneeId' };
const OPEN_REQUEST = ['submitted', 'accepted', 'assigned', 'in_progress', 'referred'];

const COUNTS: Record<TodoId, TodoCount> = {
  assignments_to_answer: {
    list: ['request', 'listRequests'],
    fields: REQUEST_FIELDS,
    parts: [{ collection: 'service_requests', where: (_m, c) => ({ assigneeId: c.userId, status: 'assigned' }) }],
  },
  reports_to_write: {
    list: ['request', 'listRequests'],
    fields: REQUEST_FIELDS,
    parts: [{ collection: 'service_requests', where: (_m, c) => ({ assigneeId: c.userId, status: 'in_progress' }) }],
  },
  today_consults: {
    list: ['consult', 'listMyDay'],
    fields: { station: 'stationId', assigned: 'consultantId' },
    parts: [
      {
        collection: 'bookings',
        where: ({ today }) => ({
          status: 'booked',
          start: { $gte: shanghaiInstant(today), $lt: shanghaiInstant(addDays(today, 1)) },
        }),
      },
    ],
  },
  requests_to_accept: {
    list: ['request', 'listRequests'],
    fields: REQUEST_FIELDS,
    parts: [{ collection: 'service_requests', where: () => ({ status: 'submitted' }) }],
  },
  requests_overdue: {
    list: ['request', 'listRequests'],
    fields: REQUEST_FIELDS,
    // The queue's 逾期 filter (cloudfunctions/request/queries.ts): marked overdue by the sweep.
    parts: [{ collection: 'service_requests', where: () => ({ status: 'assigned', overdueAt: { $gt: 0 } }) }],
  },
  follow_ups_due: {
    list: ['visit', 'listFollowUps'],
    fields: { station: 'stationId', assigned: 'ownerId' },
    parts: [{ collection: 'follow_ups', where: ({ today }) => ({ status: 'open', dueDate: { $lte: today } }) }],
  },
  pending_visits: {
    list: ['enterprise', 'listLedger'],
    fields: { station: 'stationId' },
    parts: [
      {
        collection: 'companies',
        where: ({ now }) => ({ lastVisitAt: { $lt: notVisitedCutoff(now, PENDING_VISIT_DAYS) } }),
      },
    ],
  },
  waitlists: {
    list: ['training', 'listStationSessions'],
    fields: { station: 'stationId' },
    parts: [
      {
        collection: 'trainings',
        where: ({ now }) => ({ status: 'published', endAt: { $gte: now }, waitlistCount: { $gt: 0 } }),
      },
    ],
  },
  low_ratings: {
    list: ['archive', 'listRatings'],
    fields: { station: 'stationId' },
    parts: (['ratings', 'request_ratings'] as const).map((collection) => ({
      collection,
      where: ({ now }: Moment) => ({ low: true, ratedAt: { $gte: now - LOW_RATING_DAYS * DAY_MS } }),
    })),
  },
  referrals_waiting: {
    list: ['referral', 'listReferrals'],
    // Waiting for the receiving station to take it (已移交): the station's incoming box.
    fields: { station: 'toStationId', assigned: 'createdBy' },
    parts: [{ collection: 'clue_referrals', where: () => ({ status: 'referred' }) }],
  },
  experts_to_file: {
    list: ['expert', 'listExperts'],
    fields: {},
    parts: [{ collection: 'expert_profiles', where: () => ({ status: 'submitted' }) }],
  },
  upcoming_bookings: {
    list: ['consult', 'listBookings'],
    fields: { company: 'companyId', station: 'stationId', assigned: 'consultantId' },
    parts: [{ collection: 'bookings', where: ({ now }) => ({ status: 'booked', start: { $gte: now } }) }],
  },
  open_requests: {
    list: ['request', 'listRequests'],
    fields: REQUEST_FIELDS,
    parts: [{ collection: 'service_requests', where: () => ({ status: { $in: OPEN_REQUEST } }) }],
  },
  complaints_to_answer: {
    list: ['complaint', 'listComplaints'],
    fields: { station: 'stationId' },
    // As 投诉处理 lists them (cloudfunctions/complaint/queries.ts): a chief's queue leaves out those
    // about the chief; an admin's holds every station's.
    parts: [
      {
        collection: 'complaints',
        where: (_m, c) =>
          c.acting?.role === 'chief' ? { route: 'chief', status: 'submitted' } : { status: 'submitted' },
      },
    ],
  },
  improvements_overdue: {
    list: ['quality', 'listImprovements'],
    // An owner their own, a chief the station's: open past their due date.
    fields: { station: 'stationId', assigned: 'ownerId' },
    parts: [{ collection: 'improvements', where: ({ today }) => ({ status: 'open', dueDate: { $lt: today } }) }],
  },
  studio_applications: {
    list: ['studio', 'listApplications'],
    // Waiting at the approver's own stage: a town branch its area's, the city's levels all.
    fields: { company: 'companyId', district: 'district' },
    parts: [
      {
        collection: 'studio_applications',
        where: (_m, c) => ({ status: 'reviewing', stage: stageOfRole(c.acting?.role) }),
      },
    ],
  },
  complaints_to_review: {
    list: ['complaint', 'reviewComplaint'],
    fields: { station: 'stationId' },
    parts: [{ collection: 'complaints', where: () => ({ status: 'escalated' }) }],
  },
};

/** The acting role's to-dos with their counts, in the role's order (none without a role). */
export async function countTodos(
  store: Store,
  caller: Caller,
  now: number,
): Promise<Array<{ id: TodoId; count: number }>> {
  const role = caller.acting?.role;
  if (!role) return [];
  const moment = { now, today: shanghaiDate(now) };
  const out: Array<{ id: TodoId; count: number }> = [];
  for (const id of TODOS_BY_ROLE[role]) {
    const def = COUNTS[id];
    // A to-do the policy does not let this role list is not theirs (the table and the policy agree).
    if (!actingRule(def.list[0], def.list[1], caller)) continue;
    const scope = scopeWhere(def.list[0], def.list[1], caller, def.fields) ?? {};
    let count = 0;
    for (const part of def.parts)
      count += await store.count(part.collection, { ...part.where(moment, caller), ...scope });
    out.push({ id, count });
  }
  return out;
}
