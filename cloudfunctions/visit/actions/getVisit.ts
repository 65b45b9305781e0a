/** One visit with its photos: its company (the company view), its station, or an admin. */
import type { VisitDoc } from '../../../core/store/docs';
import { mustGet } from '../../_shared/records';
import { handler } from '../../_shared/runtime';
import { visitTarget } from '../access';
import { readsAsCompany, visitView } from '../views';

export default handler('visit', 'getVisit', async (ctx, input) => {
  const visit = await mustGet<VisitDoc>(ctx.store, 'visits', input.visitId);
  ctx.authorize(visitTarget(visit));
  return visitView(ctx.files, visit, readsAsCompany(ctx.caller));
});
