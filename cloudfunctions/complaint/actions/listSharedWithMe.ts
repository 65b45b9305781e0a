/** 涉及我的投诉: those the handler passed on to the caller, newest first (the complainant withheld unless shared). */
import type { ComplaintDoc } from '../../../core/store/docs';
import { findPage } from '../../_shared/paging';
import { handler } from '../../_shared/runtime';
import { NEWEST_FIRST, sharedWithWhere } from '../queries';
import { complaintSummaryView } from '../views';

export default handler('complaint', 'listSharedWithMe', async (ctx, input) => {
  const caller = ctx.requireCaller();
  const now = ctx.clock.now();
  return findPage(ctx.store, 'complaints', sharedWithWhere(caller), NEWEST_FIRST, input, (d: ComplaintDoc) =>
    complaintSummaryView(d, caller, now),
  );
});
