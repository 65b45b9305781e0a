import { describeMe } from '../../_shared/memberships';
import { handler } from '../../_shared/runtime';

/** Who am I: profile, roles and the membership I act for. */
export default handler('account', 'me', async (ctx) => describeMe(ctx.store, ctx.requireCaller()));
