/**
 * Referrals the acting role may see (queries.ts), newest first, one page at a time: an admin all,
 * a station what it sent and received, an expert what they referred.
 */
import type { ClueReferralDoc } from '../../../core/store/docs';
import { findPage } from '../../_shared/paging';
import { handler } from '../../_shared/runtime';
import { referralsWhere } from '../queries';
import { referralSummaryView } from '../views';

export default handler('referral', 'listReferrals', async (ctx, input) => {
  const caller = ctx.requireCaller();
  const where = referralsWhere(caller, input);
  return findPage<ClueReferralDoc, ReturnType<typeof referralSummaryView>>(
    ctx.store,
    'clue_referrals',
    where,
    [['createdAt', 'desc']],
    input,
    (d) => referralSummaryView(d, caller),
  );
});
