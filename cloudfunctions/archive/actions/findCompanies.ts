/**
 * The station's company ledger for the record form's picker: by name, optionally narrowed by a
 * piece of the name or the credit code. Served by the companies (stationId, name) index.
 */
import type { CompanyDoc } from '../../../core/store/docs';
import type { Where } from '../../../core/store/query';
import { findPage } from '../../_shared/paging';
import { handler } from '../../_shared/runtime';
import { ledgerCompanyView } from '../views';

export default handler('archive', 'findCompanies', async (ctx, input) => {
  ctx.authorize({ stationId: input.stationId });
  const where: Where = { stationId: input.stationId };
  const keyword = input.keyword?.trim();
  if (keyword) where.$or = [{ name: { $contains: keyword } }, { creditCode: { $contains: keyword } }];
  return findPage<CompanyDoc, ReturnType<typeof ledgerCompanyView>>(
    ctx.store,
    'companies',
    where,
    [['name', 'asc']],
    input,
    ledgerCompanyView,
  );
});
