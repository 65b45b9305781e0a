/**
 * Complaints as two areas use them: who answers one (the complaint function tells them of a new
 * one; the timer's sweep of an overdue one), and the sweep itself (004 §9.2's answer limit).
 *
 * The sweep reads only what is due, by index (status, overdueAt, dueAt), in bounded pages, for each
 * status in which an answer is owed (待答复, and 复核中 for the admin's review). Each is marked in a
 * transaction on the complaint as it is then — still owed, the same due time, not yet marked — and
 * only the run whose transaction set the mark tells the admins and the handler: told once however
 * many runs overlap. Escalating sets a new due time and clears the mark, so a late review is told
 * again. A marked complaint leaves the query, so each page is read from the start again.
 */
import { COMPLAINT_STATUS, COMPLAINT_SUBJECT } from '../../core/enums';
import { ROUTES } from '../../core/pages';
import type { Notice, Store } from '../../core/ports';
import { AWAITING_ANSWER } from '../../core/rules/complaint-flow';
import { formatShanghai } from '../../core/rules/time';
import type { ComplaintDoc } from '../../core/store/docs';
import { overseerIds, stationChiefIds } from './people';
import type { HandlerContext } from './runtime';
import { SYSTEM_CALLER } from './system';

const SWEEP_PAGE_SIZE = 100;

/** Whoever answers it: the station's chiefs, or the city's admins for one about the chief (or under review). */
export async function complaintHandlerIds(store: Store, c: Pick<ComplaintDoc, 'route' | 'stationId' | 'status'>) {
  return c.route === 'admin' || c.status === 'escalated'
    ? overseerIds(store, 'admin')
    : stationChiefIds(store, c.stationId);
}

function overdueNotices(c: ComplaintDoc, userIds: string[]): Notice[] {
  const what = `${c.companyName}对${COMPLAINT_SUBJECT.labels[c.subjectKind]}「${c.subjectLabel}」的投诉`;
  const stage = c.status === 'escalated' ? '复核' : '答复';
  return [...new Set(userIds)].map((userId) => ({
    userId,
    kind: 'complaint.overdue',
    title: `投诉超过${stage}时限`,
    body: `${c.stationName}：${what}应于${formatShanghai(c.dueAt!, 'M月D日 HH:mm')}前${stage}，现已超时（${COMPLAINT_STATUS.labels[c.status]}）`,
    link: ROUTES.complaint(c._id),
    facts: { station: c.stationName, due: formatShanghai(c.dueAt!, 'YYYY年M月D日 HH:mm') },
  }));
}

/** Marks one complaint overdue if it still is what the page showed; the marked one, or null. */
async function mark(ctx: HandlerContext, seen: ComplaintDoc, now: number): Promise<ComplaintDoc | null> {
  return ctx.store.transaction(async (tx) => {
    const c = await tx.get<ComplaintDoc>('complaints', seen._id);
    if (!c || c.status !== seen.status || c.dueAt !== seen.dueAt || (c.overdueAt ?? null) !== null) return null;
    const history = [
      ...c.history,
      { at: now, by: SYSTEM_CALLER.userId, byName: SYSTEM_CALLER.displayName, event: 'overdue', status: c.status },
    ];
    await tx.updateById('complaints', c._id, { set: { overdueAt: now, history } });
    return { ...c, overdueAt: now, history };
  });
}

export async function sweepOverdueComplaints(
  ctx: HandlerContext,
  pageSize = SWEEP_PAGE_SIZE,
): Promise<{ checked: number; overdue: number }> {
  const now = ctx.clock.now();
  let admins: Promise<string[]> | null = null;
  let checked = 0;
  let overdue = 0;
  for (const status of AWAITING_ANSWER) {
    for (;;) {
      const page = await ctx.store.find<ComplaintDoc>('complaints', {
        where: { status, overdueAt: null, dueAt: { $lt: now } },
        orderBy: [
          ['dueAt', 'asc'],
          ['_id', 'asc'],
        ],
        limit: pageSize,
      });
      checked += page.length;
      let progress = 0;
      for (const seen of page) {
        const c = await mark(ctx, seen, now);
        if (!c) continue;
        progress++;
        const handlers = await complaintHandlerIds(ctx.store, c);
        ctx.log.info('complaint overdue', { complaintId: c._id, status: c.status });
        await ctx.notifyAll(overdueNotices(c, [...(await (admins ??= overseerIds(ctx.store, 'admin'))), ...handlers]));
      }
      overdue += progress;
      if (page.length < pageSize || progress === 0) break;
    }
  }
  return { checked, overdue };
}
