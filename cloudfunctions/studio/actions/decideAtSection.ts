/** A decision at the section stage (../decide.ts); the policy admits only that level's approvers. */
import { handler } from '../../_shared/runtime';
import { decide } from '../decide';

export default handler('studio', 'decideAtSection', (ctx, input) => decide(ctx, 'section', input));
