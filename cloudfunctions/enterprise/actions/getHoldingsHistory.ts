/** How a company's holdings changed: every entry of holdings_history, newest first. */
import type { HoldingsHistoryDoc } from '../../../core/store/docs';
import { findPage } from '../../_shared/paging';
import { handler } from '../../_shared/runtime';
import { loadCompany } from '../access';
import { holdingsChangeView } from '../views';

export default handler('enterprise', 'getHoldingsHistory', async (ctx, input) => {
  const company = await loadCompany(ctx, input.companyId);
  // Served by holdings_history [companyId, at] (read backwards).
  return findPage<HoldingsHistoryDoc, ReturnType<typeof holdingsChangeView>>(
    ctx.store,
    'holdings_history',
    { companyId: company._id },
    [['at', 'desc']],
    input,
    holdingsChangeView,
  );
});
