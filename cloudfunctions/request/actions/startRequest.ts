/** 开始办理: the handler (or the chief) starts working an accepted request. */
import { handler } from '../../_shared/runtime';
import { runStep } from '../flow';

export default handler('request', 'startRequest', async (ctx, input) => runStep(ctx, input.requestId, 'start'));
