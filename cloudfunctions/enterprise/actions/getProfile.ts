/** A company's profile page: the appendix A fields, holdings, flags, and what the caller may do. */
import { handler } from '../../_shared/runtime';
import { loadCompany, profileAccess, stationNameOf } from '../access';
import { companyProfileView } from '../views';

export default handler('enterprise', 'getProfile', async (ctx, input) => {
  const doc = await loadCompany(ctx, input.companyId);
  return companyProfileView(doc, await stationNameOf(ctx, doc.stationId), profileAccess(ctx, doc), ctx.clock.now());
});
