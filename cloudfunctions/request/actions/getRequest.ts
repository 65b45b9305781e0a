/** One request: its company, its station, or an admin — each in their view, with the steps they may take. */
import type { ServiceRequestDoc } from '../../../core/store/docs';
import { mustGet } from '../../_shared/records';
import { handler } from '../../_shared/runtime';
import { requestTarget } from '../access';
import { requestView } from '../views';

export default handler('request', 'getRequest', async (ctx, input) => {
  const request = await mustGet<ServiceRequestDoc>(ctx.store, 'service_requests', input.requestId);
  ctx.authorize(requestTarget(request));
  return requestView(ctx, request);
});
