/**
 * The archive, newest first, one page at a time, over the acting role's scope from POLICY
 * (records-query.ts has the scopes and filters): company staff their company's; a liaison or
 * chief the station's; an expert the ones they gave; an admin all.
 */
import type { ConsultationRecordDoc } from '../../../core/store/docs';
import { findPage } from '../../_shared/paging';
import { handler } from '../../_shared/runtime';
import { readsAsCompany } from '../../_shared/views';
import { recordsQuery } from '../records-query';
import { recordView } from '../views';

export default handler('archive', 'listRecords', async (ctx, input) => {
  const caller = ctx.requireCaller();
  const { where, orderBy } = recordsQuery(caller, input);
  const asCompany = readsAsCompany(caller);
  return findPage<ConsultationRecordDoc, ReturnType<typeof recordView>>(
    ctx.store,
    'consultation_records',
    where,
    orderBy,
    input,
    (d) => recordView(d, asCompany),
  );
});
