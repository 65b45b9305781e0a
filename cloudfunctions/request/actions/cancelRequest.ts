/**
 * 撤回: the company withdraws its own request (a reason is optional), or the station — its
 * handler, the chief — with a reason the company is told. Only before the work starts (the
 * state machine: from submitted or accepted). Nothing is deleted: it shows as 已撤回.
 */
import { handler } from '../../_shared/runtime';
import { invalidField } from '../../_shared/errors';
import { readsAsCompany } from '../access';
import { runStep } from '../flow';

export default handler('request', 'cancelRequest', async (ctx, input) => {
  const reason = input.reason || undefined;
  if (!reason && !readsAsCompany(ctx.caller)) {
    throw invalidField('reason', '撤回原因', '请填写撤回原因，企业会收到通知');
  }
  return runStep(ctx, input.requestId, 'cancel', {
    note: reason,
    set: () => (reason ? { cancelReason: reason } : {}),
  });
});
