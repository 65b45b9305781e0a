/**
 * The assignee's answer (接受 / 谢绝指派), and only theirs: the policy's 'assigned' scope judged on
 * the request as it is inside the transaction that moves it. Accepting makes it theirs to work
 * (办理中); declining, with a reason, returns it to the station's queue (已受理, the handler
 * kept) and asks the handler and chiefs to assign it again. Either settles the assignment row:
 * the outcome, when, and whether within the two days.
 *
 * Accept racing a reassignment: one transaction wins. A former assignee who finds it was given to
 * someone else meanwhile is told so (CONFLICT), not that they lack the right.
 */
import { AppError, isAppError } from '../../../core/errors';
import { invalidField } from '../../_shared/errors';
import { handler } from '../../_shared/runtime';
import { lastAssignmentOf, settleOpenAssignment } from '../assignments';
import { runStep } from '../flow';
import { acceptedNotices, declinedNotices } from '../notices';

export default handler('request', 'respondAssignment', async (ctx, input) => {
  const caller = ctx.requireCaller();
  const now = ctx.clock.now();
  const reason = input.reason || undefined;
  if (input.decision === 'decline' && !reason) {
    throw invalidField('reason', '谢绝原因', '请填写谢绝原因，工作站会据此重新安排');
  }
  const answered = (current: { respondBy?: number }) => ({
    respondedAt: now,
    onTime: current.respondBy === undefined || now <= current.respondBy,
  });
  try {
    if (input.decision === 'accept') {
      return await runStep(ctx, input.requestId, 'acceptAssignment', {
        unset: ['respondBy'],
        within: (tx, current) => settleOpenAssignment(tx, current, { outcome: 'accepted', ...answered(current) }),
        notices: (after, _before, actor) => acceptedNotices(ctx.store, after, actor),
      });
    }
    return await runStep(ctx, input.requestId, 'declineAssignment', {
      note: reason,
      unset: [
        'assigneeId',
        'assigneeName',
        'assigneeKind',
        'assignNote',
        'assignedAt',
        'respondBy',
        'overdueAt',
        'escalatedAt',
      ],
      within: (tx, current) =>
        settleOpenAssignment(tx, current, { outcome: 'declined', declineReason: reason, ...answered(current) }),
      notices: (after, before, actor) => declinedNotices(ctx.store, after, before, actor, reason ?? ''),
    });
  } catch (e) {
    if (isAppError(e) && e.code === 'FORBIDDEN') {
      const mine = await lastAssignmentOf(ctx.store, input.requestId, caller.userId);
      if (mine?.outcome === 'reassigned') throw new AppError('CONFLICT', '该需求已改派他人，无需再答复');
      if (mine?.outcome === 'declined') throw new AppError('CONFLICT', '您已谢绝该需求的指派，无需再答复');
    }
    throw e;
  }
});
