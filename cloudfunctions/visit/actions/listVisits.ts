/**
 * Visits, newest first, one page at a time, over the acting role's scope from POLICY
 * (visits-query.ts): company staff their company's, company view; a liaison or chief the
 * station's, optionally one company's; an admin any.
 */
import type { VisitDoc } from '../../../core/store/docs';
import { findPage } from '../../_shared/paging';
import { handler } from '../../_shared/runtime';
import { visitsQuery } from '../visits-query';
import { readsAsCompany, visitItemView } from '../views';

export default handler('visit', 'listVisits', async (ctx, input) => {
  const caller = ctx.requireCaller();
  const { where, orderBy } = visitsQuery(caller, input);
  const asCompany = readsAsCompany(caller);
  return findPage<VisitDoc, ReturnType<typeof visitItemView>>(ctx.store, 'visits', where, orderBy, input, (d) =>
    visitItemView(d, asCompany),
  );
});
