import { handler } from '../../_shared/runtime';
import { sweepOverdueComplaints } from '../../_shared/complaints';

/** The timer's job (policy: the 'system' caller only): complaints past their answer limit, the admins told once. */
export default handler('jobs', 'sweepOverdueComplaints', async (ctx) => {
  ctx.requireCaller();
  return sweepOverdueComplaints(ctx);
});
