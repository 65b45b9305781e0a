/** One complaint, as the caller stands to it (access.ts): the complainant, the handler, or the person it was passed on to. */
import type { ComplaintDoc } from '../../../core/store/docs';
import { mustGet } from '../../_shared/records';
import { handler } from '../../_shared/runtime';
import { complaintView } from '../views';

export default handler('complaint', 'getComplaint', async (ctx, input) => {
  ctx.requireCaller();
  const complaint = await mustGet<ComplaintDoc>(ctx.store, 'complaints', input.complaintId);
  return complaintView(ctx, complaint);
});
