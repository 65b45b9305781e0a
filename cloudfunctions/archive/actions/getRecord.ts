/** One archive record: its company, its station (an expert: only one they gave), or an admin. */
import type { ConsultationRecordDoc } from '../../../core/store/docs';
import { mustGet } from '../../_shared/records';
import { handler } from '../../_shared/runtime';
import { recordTarget } from '../access';
import { readsAsCompany } from '../../_shared/views';
import { recordDetailView } from '../views';

export default handler('archive', 'getRecord', async (ctx, input) => {
  const record = await mustGet<ConsultationRecordDoc>(ctx.store, 'consultation_records', input.recordId);
  ctx.authorize(recordTarget(record));
  return recordDetailView(ctx.files, record, readsAsCompany(ctx.caller));
});
