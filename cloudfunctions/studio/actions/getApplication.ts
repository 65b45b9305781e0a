/** One application with its whole chain: who decided at each stage, when, and every opinion. */
import { handler } from '../../_shared/runtime';
import { authorizedApplication } from '../access';
import { applicationView } from '../views';

export default handler('studio', 'getApplication', async (ctx, input) =>
  applicationView(ctx, await authorizedApplication(ctx, input.applicationId)),
);
