/**
 * 推荐指派对象: the station's filed experts and its liaisons for one request, best match first —
 * available today, the request's category among their specialities, the company's industry
 * among theirs, the fewest requests on their desk (assignees.ts ranks them).
 */
import { shanghaiDate } from '../../../core/rules/time';
import type { CompanyDoc, ServiceRequestDoc } from '../../../core/store/docs';
import { mustGet } from '../../_shared/records';
import { handler } from '../../_shared/runtime';
import { requestTarget } from '../access';
import { assigneeCandidates } from '../assignees';

export default handler('request', 'suggestAssignees', async (ctx, input) => {
  const request = await mustGet<ServiceRequestDoc>(ctx.store, 'service_requests', input.requestId);
  ctx.authorize(requestTarget(request));
  const company = await ctx.store.get<CompanyDoc>('companies', request.companyId);
  const today = shanghaiDate(ctx.clock.now());
  return { items: await assigneeCandidates(ctx.store, request, company?.industry, today) };
});
