/**
 * Applies one step of the complaint flow (core/rules/complaint-flow.ts) as the referral's flow
 * does: the complaint is read INSIDE the transaction that moves it, the caller is judged on it as
 * it is now (access.ts: the step's actor), and it moves only while still in the step's `from`
 * status — so of two handlers answering at once one lands and the other gets CONFLICT. Escalating
 * starts a new limit for the review, counted from then in working days.
 */
import { AppError } from '../../core/errors';
import {
  COMPLAINT_MOVED,
  COMPLAINT_TRANSITIONS,
  complaintDueAt,
  type ComplaintActor,
  type ComplaintStep,
} from '../../core/rules/complaint-flow';
import type { ComplaintDoc, ComplaintHistoryEntry } from '../../core/store/docs';
import type { OutputOf, ParsedInputOf } from '../../core/contract';
import { handler, type Handler, type HandlerContext } from '../_shared/runtime';
import { loadWorkCalendar } from '../_shared/work-calendar';
import { actorsOf, sideOf } from './access';
import { stepNotices } from './notices';
import { answerDays } from './settings';
import { complaintView } from './views';

const NOT_YOURS: Record<ComplaintActor, string> = {
  handler: '该投诉不由您答复：投诉站长本人的投诉由管理员处理',
  complainant: '只有投诉人本人可以确认或提请复核',
  reviewer: '提请复核的投诉由管理员复核',
};

export interface StepInput {
  /** The answer or the review. */
  text?: string;
  /** Why the complainant escalates. */
  reason?: string;
}

export async function takeComplaintStep(
  ctx: Pick<HandlerContext, 'store' | 'may' | 'caller' | 'requireCaller' | 'clock'>,
  complaintId: string,
  step: ComplaintStep,
  given: StepInput,
): Promise<{ before: ComplaintDoc; after: ComplaintDoc }> {
  const caller = ctx.requireCaller();
  const now = ctx.clock.now();
  const t = COMPLAINT_TRANSITIONS[step];
  // Read outside the transaction: the limit of a review is fixed when it is escalated.
  const review =
    step === 'escalate' ? { days: await answerDays(ctx.store), calendar: await loadWorkCalendar(ctx.store) } : null;
  return ctx.store.transaction(async (tx) => {
    const current = await tx.get<ComplaintDoc>('complaints', complaintId);
    if (!current) throw new AppError('NOT_FOUND', '投诉不存在或已被删除，请刷新后重试');
    sideOf(ctx, current); // FORBIDDEN to anyone who may not even read it
    if (!actorsOf(ctx, current).includes(t.by)) throw new AppError('FORBIDDEN', NOT_YOURS[t.by]);
    if (current.status !== t.from) throw new AppError('CONFLICT', COMPLAINT_MOVED);
    const entry: ComplaintHistoryEntry = {
      at: now,
      by: caller.userId,
      byName: caller.displayName,
      event: t.event,
      status: t.to,
      ...(given.reason ? { note: given.reason } : {}),
    };
    const reply = given.text ? { text: given.text, by: caller.userId, byName: caller.displayName, at: now } : undefined;
    const set: Partial<ComplaintDoc> = {
      status: t.to,
      history: [...current.history, entry],
      updatedAt: now,
      ...(step === 'answer' ? { answer: reply } : {}),
      ...(step === 'review' ? { review: reply } : {}),
      ...(step === 'escalate'
        ? {
            escalationReason: given.reason,
            escalatedAt: now,
            dueAt: complaintDueAt(now, review!.days, review!.calendar),
            overdueAt: null,
          }
        : {}),
      ...(t.to === 'closed' ? { closedAt: now } : {}),
    };
    await tx.updateById('complaints', complaintId, { set });
    return { before: current, after: { ...current, ...set } };
  });
}

type StepAction = 'answerComplaint' | 'acceptAnswer' | 'escalateComplaint' | 'reviewComplaint';

/**
 * An action that takes one step: moves the complaint, audits the move, tells who the step
 * concerns (notices.ts) and answers with the complaint as the caller now sees it.
 */
export function stepAction<A extends StepAction>(
  action: A,
  step: ComplaintStep,
  given: (input: ParsedInputOf<'complaint', A>) => StepInput,
): Handler<'complaint', A> {
  return handler('complaint', action, async (ctx, input) => {
    const { before, after } = await takeComplaintStep(ctx, input.complaintId, step, given(input));
    await ctx.audit(step, after._id, { from: before.status, to: after.status });
    await ctx.notifyAll(await stepNotices(ctx.store, after, step));
    return complaintView(ctx, after) as Promise<OutputOf<'complaint', A>>;
  });
}
