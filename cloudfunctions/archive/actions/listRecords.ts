/**
 * The archive, newest first, one page at a time, over the acting role's scope from POLICY,
 * served by a declared index on consultation_records (core/store/schema.ts): company staff their
 * company's; a liaison or chief the station's; an expert the ones they gave at the station they
 * act for; an admin all. A date range is a range on the sort key; the text search ($contains on
 * the summary or the answer) runs over the rows the index selects.
 */
import type { ParsedInputOf } from '../../../core/contract';
import type { Caller } from '../../../core/ports';
import { addDays, shanghaiInstant } from '../../../core/rules/time';
import type { ConsultationRecordDoc } from '../../../core/store/docs';
import type { FindOptions, Where } from '../../../core/store/query';
import { findPage } from '../../_shared/paging';
import { handler } from '../../_shared/runtime';
import { narrow, scopeWhere, type ScopeFields } from '../../_shared/scope';
import { invalidField } from '../../_shared/errors';
import { readsAsCompany } from '../../_shared/views';
import { recordView } from '../views';

/** Where a record's station, company and consultant are (POLICY's scopes for listRecords). */
const SCOPE_FIELDS: ScopeFields = { station: 'stationId', company: 'companyId', assigned: 'consultantId' };

type Filters = Omit<ParsedInputOf<'archive', 'listRecords'>, 'page' | 'pageSize'>;

export function recordsQuery(caller: Caller, input: Filters): { where: Where; orderBy: FindOptions['orderBy'] } {
  if (input.from && input.to && input.to < input.from) {
    throw invalidField('to', '结束日期', '结束日期不能早于开始日期');
  }
  const where: Where = { ...scopeWhere('archive', 'listRecords', caller, SCOPE_FIELDS, '您没有可查看的咨询档案') };
  narrow(where, 'companyId', input.companyId, '您只能查看本企业的咨询档案');
  narrow(where, 'stationId', input.stationId, '您只能查看本站点的咨询档案');
  narrow(where, 'consultantId', input.consultantId, '志愿服务专家只能查看本人提供的咨询记录');
  if (input.category) where.category = input.category;
  if (input.from || input.to) {
    where.consultedAt = {
      ...(input.from ? { $gte: shanghaiInstant(input.from) } : {}),
      ...(input.to ? { $lt: shanghaiInstant(addDays(input.to, 1)) } : {}),
    };
  }
  const keyword = input.keyword?.trim();
  if (keyword) where.$or = [{ summary: { $contains: keyword } }, { answer: { $contains: keyword } }];
  return { where, orderBy: [['consultedAt', 'desc']] };
}

export default handler('archive', 'listRecords', async (ctx, input) => {
  const caller = ctx.requireCaller();
  const { where, orderBy } = recordsQuery(caller, input);
  const asCompany = readsAsCompany(caller);
  return findPage<ConsultationRecordDoc, ReturnType<typeof recordView>>(
    ctx.store,
    'consultation_records',
    where,
    orderBy ?? [],
    input,
    (d) => recordView(d, asCompany),
  );
});
