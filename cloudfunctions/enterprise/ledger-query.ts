/**
 * The ledger's query, one place for the handler and the benchmark (which runs the same query on
 * the Store directly). Each shape is served by a declared index on companies
 * (core/store/schema.ts): [stationId, lastVisitAt, _id], and the same with district, industry or
 * one key flag after stationId; the 待走访 queue is a range on lastVisitAt; a name search is a
 * range on [stationId, name]; a credit code the unique [creditCode] index.
 */
import type { ParsedInputOf } from '../../core/contract';
import { looksLikeCreditCode, notVisitedCutoff } from '../../core/rules/ledger';
import type { FindOptions, Where } from '../../core/store/query';

export type LedgerFilters = Pick<
  ParsedInputOf<'enterprise', 'listLedger'>,
  'keyword' | 'district' | 'industry' | 'flag' | 'notVisitedDays'
>;

/** Past every character of a name that starts with the prefix (the end of the name range). */
const PREFIX_END = '\uffff';

export function ledgerQuery(
  stationId: string,
  f: LedgerFilters,
  now: number,
): { where: Where; orderBy: NonNullable<FindOptions['orderBy']> } {
  const where: Where = { stationId };
  if (f.district) where.district = f.district;
  if (f.industry) where.industry = f.industry;
  if (f.flag) where[`keyFlags.${f.flag}`] = true;
  if (f.notVisitedDays) where.lastVisitAt = { $lt: notVisitedCutoff(now, f.notVisitedDays) };
  const keyword = f.keyword?.trim();
  if (keyword && looksLikeCreditCode(keyword)) {
    where.creditCode = keyword.toUpperCase();
  } else if (keyword) {
    where.name = { $gte: keyword, $lt: keyword + PREFIX_END };
    return { where, orderBy: [['name', 'asc']] };
  }
  // Never visited (0) first, then the longest unvisited: the order a liaison plans visits in.
  return { where, orderBy: [['lastVisitAt', 'asc']] };
}
