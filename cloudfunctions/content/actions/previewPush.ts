/** How many people a push would notify now: the matching companies' staff without a receipt for it. */
import { AppError } from '../../../core/errors';
import { pushRecipients, reachedBefore } from '../../_shared/pushes';
import { handler } from '../../_shared/runtime';
import { authorizedPush } from '../push-access';

export default handler('content', 'previewPush', async (ctx, input) => {
  const { info, scopeStationId } = await authorizedPush(ctx, 'previewPush', input.target);
  if (info.refusal) throw new AppError('CONFLICT', info.refusal);
  const [{ companies, userIds }, reached] = await Promise.all([
    pushRecipients(ctx.store, input.audience, scopeStationId),
    reachedBefore(ctx.store, input.target.kind, input.target.id),
  ]);
  const alreadyReached = userIds.filter((u) => reached.has(u)).length;
  return { companies, people: userIds.length - alreadyReached, alreadyReached };
});
