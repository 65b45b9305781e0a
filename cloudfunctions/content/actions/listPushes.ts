/** The pushes of one article or training, newest first (a few per target: one page is all of them). */
import type { PushDoc } from '../../../core/store/docs';
import { handler } from '../../_shared/runtime';
import { authorizedPush } from '../push-access';
import { pushView } from '../views';

export default handler('content', 'listPushes', async (ctx, input) => {
  await authorizedPush(ctx, 'listPushes', input.target);
  const pushes = await ctx.store.find<PushDoc>('pushes', {
    where: { targetKind: input.target.kind, targetId: input.target.id },
    orderBy: [['at', 'desc']],
    limit: 100,
  });
  return pushes.map(pushView);
});
