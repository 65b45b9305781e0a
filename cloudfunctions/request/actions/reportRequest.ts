/**
 * 服务报告 (004 §8.4 d): the assignee — or, for a referral to an outside agency, the station —
 * closes the request with a written report: the situation, the advice given, the outcome (the
 * request's result), the time spent, attachments (the caller's own uploads, checked before
 * anything is written) and an internal note the company never reads. The assignment row records
 * when it was reported; the company is told a report is ready to read and rate.
 */
import type { RequestReport } from '../../../core/store/docs';
import { claimAttachments } from '../../_shared/attachments';
import { handler } from '../../_shared/runtime';
import { currentAssignmentId } from '../assignments';
import { runStep } from '../flow';

export default handler('request', 'reportRequest', async (ctx, input) => {
  const caller = ctx.requireCaller();
  const now = ctx.clock.now();
  const attachments = await claimAttachments(ctx, input.attachments);
  const report: RequestReport = {
    situation: input.situation,
    advice: input.advice,
    outcome: input.outcome,
    minutesSpent: input.minutesSpent,
    attachments,
    byId: caller.userId,
    byName: caller.displayName,
    at: now,
    ...(input.internalNote ? { internalNote: input.internalNote } : {}),
  };
  return runStep(ctx, input.requestId, 'report', {
    set: () => ({ report, result: input.outcome, closedAt: now }),
    within: async (tx, current) => {
      const id = currentAssignmentId(current);
      if (id && (await tx.get('assignments', id))) await tx.updateById('assignments', id, { set: { reportedAt: now } });
    },
  });
});
