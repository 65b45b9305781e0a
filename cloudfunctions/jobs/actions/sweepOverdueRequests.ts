import { handler } from '../../_shared/runtime';
import { sweepOverdueRequests } from '../../_shared/request-sla';

/** The timer's job (policy: the 'system' caller only): overdue answers to assignments, then escalation. */
export default handler('jobs', 'sweepOverdueRequests', async (ctx) => {
  ctx.requireCaller();
  return sweepOverdueRequests(ctx);
});
