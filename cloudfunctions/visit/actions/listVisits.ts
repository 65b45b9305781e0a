/**
 * Visits, newest first, one page at a time. Each acting role runs the query it may run, served by
 * a declared index on visits (core/store/schema.ts): company staff their company's (company
 * view); a liaison or chief the station's, optionally one company's; an admin any.
 */
import { AppError } from '../../../core/errors';
import type { ParsedInputOf } from '../../../core/contract';
import type { Caller } from '../../../core/ports';
import type { VisitDoc } from '../../../core/store/docs';
import type { FindOptions, Where } from '../../../core/store/query';
import { findPage } from '../../_shared/paging';
import { handler } from '../../_shared/runtime';
import { readsAsCompany, visitItemView } from '../views';

type Filters = Omit<ParsedInputOf<'visit', 'listVisits'>, 'page' | 'pageSize'>;

function scopeOf(caller: Caller, input: Filters): Where {
  const acting = caller.acting;
  if (acting?.role === 'company' && acting.companyId) {
    if (input.companyId && input.companyId !== acting.companyId) {
      throw new AppError('FORBIDDEN', '您只能查看本企业的走访记录');
    }
    return { companyId: acting.companyId };
  }
  if ((acting?.role === 'liaison' || acting?.role === 'chief') && acting.stationId) {
    if (input.stationId && input.stationId !== acting.stationId) {
      throw new AppError('FORBIDDEN', '您只能查看本站点的走访记录');
    }
    return { stationId: acting.stationId, ...(input.companyId ? { companyId: input.companyId } : {}) };
  }
  if (acting?.role === 'admin') {
    return {
      ...(input.stationId ? { stationId: input.stationId } : {}),
      ...(input.companyId ? { companyId: input.companyId } : {}),
    };
  }
  throw new AppError('FORBIDDEN', '您没有可查看的走访记录');
}

export function visitsQuery(
  caller: Caller,
  input: Filters,
): { where: Where; orderBy: NonNullable<FindOptions['orderBy']> } {
  return { where: scopeOf(caller, input), orderBy: [['visitedAt', 'desc']] };
}

export default handler('visit', 'listVisits', async (ctx, input) => {
  const caller = ctx.requireCaller();
  const { where, orderBy } = visitsQuery(caller, input);
  const asCompany = readsAsCompany(caller);
  return findPage<VisitDoc, ReturnType<typeof visitItemView>>(ctx.store, 'visits', where, orderBy, input, (d) =>
    visitItemView(d, asCompany),
  );
});
