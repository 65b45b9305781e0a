/**
 * 投诉处理: the complaints the acting role answers, newest first — a chief the station's (not
 * those about the chief), an admin all or one station's; by status, or only the overdue ones.
 */
import type { ComplaintDoc } from '../../../core/store/docs';
import { findPage } from '../../_shared/paging';
import { handler } from '../../_shared/runtime';
import { NEWEST_FIRST, queueWhere } from '../queries';
import { complaintSummaryView } from '../views';

export default handler('complaint', 'listComplaints', async (ctx, input) => {
  const caller = ctx.requireCaller();
  const now = ctx.clock.now();
  return findPage(ctx.store, 'complaints', queueWhere(caller, input, now), NEWEST_FIRST, input, (d: ComplaintDoc) =>
    complaintSummaryView(d, caller, now),
  );
});
