/** A decision at the bureau stage (../decide.ts); the policy admits only that level's approvers. */
import { handler } from '../../_shared/runtime';
import { decide } from '../decide';

export default handler('studio', 'decideAtBureau', (ctx, input) => decide(ctx, 'bureau', input));
