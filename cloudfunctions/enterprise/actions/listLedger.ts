/**
 * The station's ledger (服务对象台账), one page at a time: station staff their own station's, an
 * admin the station they name. Filters by district, industry, key flag and "not visited for
 * more than N days" (the 待走访 queue); a keyword finds names starting with it or one credit code.
 */
import type { CompanyDoc } from '../../../core/store/docs';
import { findPage } from '../../_shared/paging';
import { handler } from '../../_shared/runtime';
import { ledgerQuery } from '../ledger-query';
import { invalidField } from '../profile';
import { ledgerRowView } from '../views';

export default handler('enterprise', 'listLedger', async (ctx, input) => {
  const caller = ctx.requireCaller();
  const stationId = input.stationId ?? caller.acting?.stationId;
  if (!stationId) throw invalidField('stationId', '站点', '请选择要查看台账的站点');
  ctx.authorize({ stationId });
  const now = ctx.clock.now();
  const { where, orderBy } = ledgerQuery(stationId, input, now);
  return findPage<CompanyDoc, ReturnType<typeof ledgerRowView>>(ctx.store, 'companies', where, orderBy, input, (d) =>
    ledgerRowView(d, now),
  );
});
