/** One referral, for either side of it (or an admin), with the steps the caller may take now. */
import type { ClueReferralDoc } from '../../../core/store/docs';
import { AppError } from '../../../core/errors';
import { handler } from '../../_shared/runtime';
import { authorizeReader } from '../access';
import { referralView } from '../views';

export default handler('referral', 'getReferral', async (ctx, input) => {
  const doc = await ctx.store.get<ClueReferralDoc>('clue_referrals', input.referralId);
  if (!doc) throw new AppError('NOT_FOUND', '线索移交不存在或已被删除，请刷新后重试');
  authorizeReader(ctx, doc);
  return referralView(ctx, doc);
});
