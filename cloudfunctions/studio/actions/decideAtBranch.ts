/** A decision at the branch stage (../decide.ts); the policy admits only that level's approvers. */
import { handler } from '../../_shared/runtime';
import { decide } from '../decide';

export default handler('studio', 'decideAtBranch', (ctx, input) => decide(ctx, 'branch', input));
