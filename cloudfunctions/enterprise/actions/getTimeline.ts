/**
 * A company's timeline of visits, consultations and service requests, newest first. Company
 * staff read the company view (a visit's shared summary only: never its findings, who went or
 * an internal note); the station's liaison or chief and admins the station view. Experts serve
 * the company but read what the company reads: findings and internal notes stay with the
 * station's own staff, as the archive keeps other consultants' notes from them.
 */
import { handler } from '../../_shared/runtime';
import { readsAsCompany } from '../../_shared/views';
import { companyTarget, loadCompany } from '../access';
import { timelinePage } from '../timeline';

export default handler('enterprise', 'getTimeline', async (ctx, input) => {
  const company = await loadCompany(ctx, input.companyId);
  const stationView = !readsAsCompany(ctx.caller) && ctx.may('enterprise', 'updateProfile', companyTarget(company));
  const { items, total } = await timelinePage(ctx.store, company._id, input, stationView);
  return { items, total, page: input.page, pageSize: input.pageSize };
});
