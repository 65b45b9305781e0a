/**
 * The timer's job (policy: the 'system' caller only): each push still sending gets its next
 * batch (cloudfunctions/_shared/pushes.ts). Receipts keep it exactly once, so a run overlapping
 * the send itself, or another run, notifies nobody twice. A push whose article was withdrawn or
 * training cancelled meanwhile stops where it is.
 */
import type { PushDoc } from '../../../core/store/docs';
import { findAll } from '../../_shared/paging';
import { deliverPush, pushTarget } from '../../_shared/pushes';
import { handler } from '../../_shared/runtime';

export default handler('jobs', 'resumePushes', async (ctx) => {
  ctx.requireCaller();
  const now = ctx.clock.now();
  const pushes = await findAll<PushDoc>(ctx.store, 'pushes', { status: 'sending' }, [['updatedAt', 'asc']]);
  let sent = 0;
  for (const push of pushes) {
    const target = await pushTarget(ctx.store, push.targetKind, push.targetId, now);
    if (!target || target.refusal) {
      await ctx.store.update(
        'pushes',
        { _id: push._id, status: 'sending' },
        { set: { status: 'sent', updatedAt: now } },
      );
      continue;
    }
    sent += (await deliverPush({ store: ctx.store, notifyAll: ctx.notifyAll, now }, push, target.notice)).sent;
  }
  return { pushes: pushes.length, sent };
});
