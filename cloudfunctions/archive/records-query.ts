/**
 * The archive's query, for the list (archive.listRecords) and its export (archive.exportRecords):
 * the acting role's scope from the action's own POLICY row, narrowed by the caller's filters, each
 * shape served by a declared index on consultation_records (core/store/schema.ts): company staff
 * their company's; a liaison or chief the station's; an expert the ones they gave at the station
 * they act for; an admin all. A date range is a range on the sort key; the text search
 * ($contains on the summary or the answer) runs over the rows the index selects.
 */
import type { ParsedInputOf } from '../../core/contract';
import type { Caller } from '../../core/ports';
import { addDays, shanghaiInstant } from '../../core/rules/time';
import type { FindOptions, Where } from '../../core/store/query';
import { invalidField } from '../_shared/errors';
import { narrow, scopeWhere, type ScopeFields } from '../_shared/scope';

/** Where a record's station, company and consultant are (POLICY's scopes for the archive). */
const SCOPE_FIELDS: ScopeFields = { station: 'stationId', company: 'companyId', assigned: 'consultantId' };

export type RecordFilters = ParsedInputOf<'archive', 'exportRecords'>;

export function recordsQuery(
  caller: Caller,
  input: RecordFilters,
  action: 'listRecords' | 'exportRecords' = 'listRecords',
): { where: Where; orderBy: NonNullable<FindOptions['orderBy']> } {
  if (input.from && input.to && input.to < input.from) {
    throw invalidField('to', '结束日期', '结束日期不能早于开始日期');
  }
  const where: Where = { ...scopeWhere('archive', action, caller, SCOPE_FIELDS, '您没有可查看的咨询档案') };
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
