/** The requests the acting role may see, one page at a time (queries.ts has the scopes and orders). */
import type { ServiceRequestDoc } from '../../../core/store/docs';
import { findPage } from '../../_shared/paging';
import { handler } from '../../_shared/runtime';
import { requestsQuery } from '../queries';
import { requestSummaryView } from '../views';

export default handler('request', 'listRequests', async (ctx, input) => {
  const { where, orderBy } = requestsQuery(ctx.requireCaller(), input);
  return findPage<ServiceRequestDoc, ReturnType<typeof requestSummaryView>>(
    ctx.store,
    'service_requests',
    where,
    orderBy,
    input,
    requestSummaryView,
  );
});
