/** Each approval stage's time limit in days. */
import { handler } from '../../_shared/runtime';
import { stageLimits } from '../limits';

export default handler('studio', 'getStageLimits', (ctx) => stageLimits(ctx.store));
