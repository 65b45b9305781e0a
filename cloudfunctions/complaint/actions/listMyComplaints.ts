/** 我的投诉: the caller's own complaints, newest first (by status, or only the overdue ones). */
import type { ComplaintDoc } from '../../../core/store/docs';
import { findPage } from '../../_shared/paging';
import { handler } from '../../_shared/runtime';
import { myComplaintsWhere, NEWEST_FIRST } from '../queries';
import { complaintSummaryView } from '../views';

export default handler('complaint', 'listMyComplaints', async (ctx, input) => {
  const caller = ctx.requireCaller();
  const now = ctx.clock.now();
  return findPage(
    ctx.store,
    'complaints',
    myComplaintsWhere(caller, input, now),
    NEWEST_FIRST,
    input,
    (d: ComplaintDoc) => complaintSummaryView(d, caller, now),
  );
});
