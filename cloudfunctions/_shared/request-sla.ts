/**
 * The two-day answer's enforcement (004 §8.4 c; the rule is core/rules/sla.ts): the timer's sweep
 * marks the assigned requests whose answer is overdue and tells the assignee and the station's
 * chiefs; one day later, still unanswered, it escalates to the city's admins and the district
 * admins of the station's district.
 *
 * It reads only what is due, by index, in bounded pages:
 *  - overdue:   status 'assigned', overdueAt absent,   respondBy before now (index status, overdueAt, respondBy);
 *  - escalated: status 'assigned', escalatedAt absent, respondBy a day before now (status, escalatedAt, respondBy).
 * A marked request leaves its query, so each page is read from the start again until one comes
 * back short (skip-paging would jump over rows the previous page just moved out).
 *
 * Each event is told once however many runs overlap or crash: the mark is made in a transaction
 * on the request as it is then — still 'assigned', the same respondBy, not yet marked — and only
 * the run whose transaction set it sends. The field is the lock of (request, assignedAt, kind):
 * every assign sets a new assignedAt and clears overdueAt/escalatedAt, every answer clears
 * respondBy. A run that dies between the mark and the send loses those notices, never doubles them.
 *
 * An answer racing the sweep: the answer's own transaction or the sweep's lands first, and the
 * other finds the request moved. The grace below keeps an answer that began in time (its `now` at
 * most respondBy) from being overtaken by a sweep while it commits: no false overdue notice.
 * The sweep writes history but not updatedAt: a chief's reassignment against the version they
 * saw (assignRequest's seenUpdatedAt) is not refused because the timer marked it meanwhile.
 */
import { ROUTES } from '../../core/pages';
import type { Notice } from '../../core/ports';
import { SERVICE_CATEGORY } from '../../core/enums';
import { ESCALATE_AFTER_MS } from '../../core/rules/sla';
import { formatShanghai, MINUTE_MS } from '../../core/rules/time';
import type { RequestHistoryEntry, ServiceRequestDoc, StationDoc } from '../../core/store/docs';
import type { Where } from '../../core/store/query';
import { overseerIds, stationChiefIds } from './people';
import type { HandlerContext } from './runtime';
import { SYSTEM_CALLER } from './system';

/** How long after respondBy the sweep waits: an answer that began in time has committed by then. */
export const OVERDUE_GRACE_MS = MINUTE_MS;
/** Requests read and marked per page (each one a transaction and a few notices). */
export const SWEEP_PAGE_SIZE = 100;
/** The status whose answer is awaited: only these have a respondBy (core/store/docs.ts). */
const AWAITING = 'assigned';

export type SlaEvent = 'overdue' | 'escalated';

export interface SweepResult {
  /** Requests read (due for marking or escalation). */
  checked: number;
  /** Marked overdue by this run (and their assignee and chiefs told). */
  overdue: number;
  /** Escalated by this run (and the admins told). */
  escalated: number;
}

/** The due ones of one event: served by the (status, <mark>, respondBy) index of service_requests. */
export function dueWhere(event: SlaEvent, now: number): Where {
  if (event === 'overdue') {
    return { status: AWAITING, overdueAt: null, respondBy: { $lt: now - OVERDUE_GRACE_MS } };
  }
  return { status: AWAITING, escalatedAt: null, respondBy: { $lt: now - ESCALATE_AFTER_MS - OVERDUE_GRACE_MS } };
}

const DUE_ORDER: Array<[string, 'asc']> = [
  ['respondBy', 'asc'],
  ['_id', 'asc'],
];

const categoryOf = (r: ServiceRequestDoc) => SERVICE_CATEGORY.labels[r.category];
const dueText = (r: ServiceRequestDoc) =>
  r.respondBy === undefined ? '' : formatShanghai(r.respondBy, 'M月D日 HH:mm');

function facts(r: ServiceRequestDoc): Record<string, string> {
  return {
    company: r.companyName,
    category: categoryOf(r),
    due: r.respondBy === undefined ? '' : formatShanghai(r.respondBy, 'YYYY年M月D日 HH:mm'),
    assignee: r.assigneeName ?? '',
    station: r.stationName,
  };
}

/** The assignee is asked to answer now; the chiefs to chase or reassign. */
export function overdueNotices(r: ServiceRequestDoc, chiefIds: string[]): Notice[] {
  const common = { kind: 'request.overdue', link: ROUTES.request(r._id), facts: facts(r) };
  const what = `${r.companyName}的「${categoryOf(r)}」需求`;
  const notices: Notice[] = r.assigneeId
    ? [
        {
          ...common,
          userId: r.assigneeId,
          title: '服务需求指派已超时',
          body: `${r.stationName}指派给您的${what}应于${dueText(r)}前答复，现已超时。请尽快接受或谢绝`,
        },
      ]
    : [];
  for (const id of chiefIds.filter((c) => c !== r.assigneeId)) {
    notices.push({
      ...common,
      userId: id,
      title: '指派超时未答复',
      body: `${r.assigneeName ?? '被指派人'}未在${dueText(r)}前答复${what}的指派。请督促答复或改派他人`,
    });
  }
  return notices;
}

/** The city's admins and the district's: a day past due and still no answer. */
export function escalatedNotices(r: ServiceRequestDoc, adminIds: string[]): Notice[] {
  return adminIds.map((userId) => ({
    userId,
    kind: 'request.escalated',
    link: ROUTES.request(r._id),
    facts: facts(r),
    title: '指派超时一天仍未答复',
    body: `${r.stationName}指派给${r.assigneeName ?? '被指派人'}的${r.companyName}「${categoryOf(
      r,
    )}」需求应于${dueText(r)}前答复，超时一天仍未答复。请督促工作站处理`,
  }));
}

/**
 * Marks one request, if it still is what the page showed: the request as marked when this run
 * set the mark (and so is the one to tell people), else null.
 */
async function mark(
  ctx: HandlerContext,
  seen: ServiceRequestDoc,
  event: SlaEvent,
  now: number,
): Promise<ServiceRequestDoc | null> {
  return ctx.store.transaction(async (tx) => {
    const r = await tx.get<ServiceRequestDoc>('service_requests', seen._id);
    if (!r || r.status !== AWAITING || r.respondBy === undefined || r.respondBy !== seen.respondBy) return null;
    if (r.assignedAt !== seen.assignedAt) return null;
    if (event === 'overdue' ? r.overdueAt !== undefined : r.escalatedAt !== undefined || r.overdueAt === undefined) {
      return null;
    }
    const entry: RequestHistoryEntry = {
      at: now,
      by: SYSTEM_CALLER.userId,
      byName: SYSTEM_CALLER.displayName,
      event,
      status: r.status,
    };
    const field = event === 'overdue' ? 'overdueAt' : 'escalatedAt';
    const history = [...r.history, entry];
    await tx.updateById('service_requests', r._id, { set: { [field]: now, history } });
    return { ...r, [field]: now, history };
  });
}

/**
 * One event's pass: pages of the due ones, each marked in its own transaction and told. Stops
 * at a short page, or at a page where nothing could be marked (all moved on meanwhile: the next
 * run reads them again).
 */
async function pass(
  ctx: HandlerContext,
  event: SlaEvent,
  now: number,
  pageSize: number,
  tell: (r: ServiceRequestDoc) => Promise<Notice[]>,
): Promise<{ checked: number; marked: number }> {
  const where = dueWhere(event, now);
  let checked = 0;
  let marked = 0;
  for (;;) {
    const page = await ctx.store.find<ServiceRequestDoc>('service_requests', {
      where,
      orderBy: DUE_ORDER,
      limit: pageSize,
    });
    checked += page.length;
    let progress = 0;
    for (const seen of page) {
      const done = await mark(ctx, seen, event, now);
      if (!done) continue;
      progress++;
      await ctx.notifyAll(await tell(done));
    }
    marked += progress;
    if (page.length < pageSize || progress === 0) return { checked, marked };
  }
}

/** The timer's sweep: overdue first, then escalation (a request a day late gets both in one run). */
export async function sweepOverdueRequests(ctx: HandlerContext, pageSize = SWEEP_PAGE_SIZE): Promise<SweepResult> {
  const now = ctx.clock.now();
  const chiefsOf = new Map<string, Promise<string[]>>();
  const chiefs = (stationId: string) => {
    if (!chiefsOf.has(stationId)) chiefsOf.set(stationId, stationChiefIds(ctx.store, stationId));
    return chiefsOf.get(stationId)!;
  };
  let admins: Promise<string[]> | null = null;
  // The district admins of each station's district (none when the station is gone).
  const districtAdminsOf = new Map<string, Promise<string[]>>();
  const districtAdmins = (stationId: string) => {
    if (!districtAdminsOf.has(stationId)) {
      districtAdminsOf.set(
        stationId,
        ctx.store
          .get<StationDoc>('stations', stationId)
          .then((st) => (st ? overseerIds(ctx.store, 'district_admin', st.district) : [])),
      );
    }
    return districtAdminsOf.get(stationId)!;
  };
  const overdue = await pass(ctx, 'overdue', now, pageSize, async (r) => overdueNotices(r, await chiefs(r.stationId)));
  const escalated = await pass(ctx, 'escalated', now, pageSize, async (r) => {
    const city = await (admins ??= overseerIds(ctx.store, 'admin'));
    const district = await districtAdmins(r.stationId);
    return escalatedNotices(r, [...new Set([...city, ...district])]);
  });
  const result = { checked: overdue.checked + escalated.checked, overdue: overdue.marked, escalated: escalated.marked };
  if (result.overdue + result.escalated > 0) ctx.log.info('request answers overdue', { ...result });
  return result;
}
