/**
 * 企业台账 to Excel: every company of the station's ledger as the list filters it — the list's own
 * query (ledgerQuery), in the list's order (never visited and longest unvisited first; a name
 * search by name), read a page at a time by keyset, so no page or 1000-row read cuts it short.
 * The chief exports their station's, an admin the station they name.
 */
import type { CompanyDoc } from '../../../core/store/docs';
import { invalidField } from '../../_shared/errors';
import { exportList } from '../../_shared/excel';
import { LEDGER_COLUMNS } from '../../_shared/export-columns';
import { scanAll } from '../../_shared/paging';
import { handler } from '../../_shared/runtime';
import { stationOwner } from '../../_shared/stations';
import { ledgerQuery } from '../ledger-query';

export default handler('enterprise', 'exportLedger', async (ctx, input) => {
  const stationId = input.stationId ?? ctx.requireCaller().acting?.stationId;
  if (!stationId) throw invalidField('stationId', '站点', '请选择要导出台账的站点');
  ctx.authorize({ stationId });
  // Each shape's index leads with its filters, then the sort key (core/store/schema.ts).
  const { where, orderBy } = ledgerQuery(stationId, input, ctx.clock.now());
  return exportList(ctx, {
    ...(await stationOwner(ctx.store, stationId)),
    what: '企业台账',
    columns: LEDGER_COLUMNS,
    rows: scanAll<CompanyDoc>(ctx.store, 'companies', where, orderBy[0]!),
    event: 'export_ledger',
    detail: input,
  });
});
