/** 受理: a liaison (or the chief) of the station takes a submitted request and becomes its handler. */
import { handler } from '../../_shared/runtime';
import { runStep } from '../flow';

export default handler('request', 'acceptRequest', async (ctx, input) => {
  const caller = ctx.requireCaller();
  return runStep(ctx, input.requestId, 'accept', {
    set: () => ({ handlerId: caller.userId, handlerName: caller.displayName }),
  });
});
