/**
 * Visits, newest first, one page at a time, over the acting role's scope from POLICY (company
 * staff their company's, company view; a liaison or chief the station's, optionally one
 * company's; an admin any), each query served by a declared index on visits (core/store/schema.ts).
 */
import type { ParsedInputOf } from '../../../core/contract';
import type { Caller } from '../../../core/ports';
import type { VisitDoc } from '../../../core/store/docs';
import type { FindOptions, Where } from '../../../core/store/query';
import { findPage } from '../../_shared/paging';
import { handler } from '../../_shared/runtime';
import { narrow, scopeWhere, type ScopeFields } from '../../_shared/scope';
import { readsAsCompany, visitItemView } from '../views';

/** Where a visit's station and company are (POLICY's scopes for listVisits). */
const SCOPE_FIELDS: ScopeFields = { station: 'stationId', company: 'companyId' };

type Filters = Omit<ParsedInputOf<'visit', 'listVisits'>, 'page' | 'pageSize'>;

export function visitsQuery(
  caller: Caller,
  input: Filters,
): { where: Where; orderBy: NonNullable<FindOptions['orderBy']> } {
  const where: Where = { ...scopeWhere('visit', 'listVisits', caller, SCOPE_FIELDS, '您没有可查看的走访记录') };
  narrow(where, 'companyId', input.companyId, '您只能查看本企业的走访记录');
  narrow(where, 'stationId', input.stationId, '您只能查看本站点的走访记录');
  return { where, orderBy: [['visitedAt', 'desc']] };
}

export default handler('visit', 'listVisits', async (ctx, input) => {
  const caller = ctx.requireCaller();
  const { where, orderBy } = visitsQuery(caller, input);
  const asCompany = readsAsCompany(caller);
  return findPage<VisitDoc, ReturnType<typeof visitItemView>>(ctx.store, 'visits', where, orderBy, input, (d) =>
    visitItemView(d, asCompany),
  );
});
