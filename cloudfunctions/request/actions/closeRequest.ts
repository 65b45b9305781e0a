/**
 * 办结: the handler (or the chief) closes a request with the result the company reads, an
 * internal note it never sees and, optionally, a follow-up date: the 回访 it plans is created in
 * the SAME transaction as the closing (id `fu:request:<requestId>`), owed by the handler.
 */
import { SERVICE_CATEGORY } from '../../../core/enums';
import { shanghaiDate } from '../../../core/rules/time';
import { newFollowUpDoc } from '../../_shared/followups';
import { handler } from '../../_shared/runtime';
import { invalidField } from '../../_shared/errors';
import { runStep } from '../flow';

export default handler('request', 'closeRequest', async (ctx, input) => {
  const caller = ctx.requireCaller();
  const now = ctx.clock.now();
  const { followUpDate } = input;
  if (followUpDate && followUpDate < shanghaiDate(now)) {
    throw invalidField('followUpDate', '回访日期', '回访日期不能早于今天');
  }
  return runStep(ctx, input.requestId, 'close', {
    set: () => ({
      result: input.result,
      closedAt: now,
      ...(input.internalNote ? { internalNote: input.internalNote } : {}),
      ...(followUpDate ? { followUpDate } : {}),
    }),
    within: async (tx, current) => {
      if (!followUpDate) return;
      const owner = current.handlerId
        ? { id: current.handlerId, name: current.handlerName ?? caller.displayName }
        : { id: caller.userId, name: caller.displayName };
      await tx.insert(
        'follow_ups',
        newFollowUpDoc({
          source: 'request',
          sourceId: current._id,
          stationId: current.stationId,
          company: { id: current.companyId, name: current.companyName },
          owner,
          dueDate: followUpDate,
          subject: `${SERVICE_CATEGORY.labels[current.category]}：${current.description}`,
          now,
        }),
      );
    },
  });
});
