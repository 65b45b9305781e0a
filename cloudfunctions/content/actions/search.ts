/**
 * One search over published articles, active stations and published service items, grouped by
 * kind (each group's first page, or one kind paged further). The query is cut into words the way
 * entries were (core/rules/search-terms.ts) and every word must be a whole word of the entry.
 *
 * Each group is one query on search_entries' (kind, live, sortAt) index with a substring test per
 * word on the entry's word list: on the host a lookup in the text index of `terms`
 * (server/store/sqlite-text.ts; `npm run bench`, section search); on CloudBase the same filter is
 * a regular expression per word over the kind's live entries, bounded by the page size.
 */
import { AppError } from '../../../core/errors';
import { SEARCH_KIND, type SearchKind } from '../../../core/enums';
import { searchTermsOf, termProbe } from '../../../core/rules/search-terms';
import type { SearchEntryDoc } from '../../../core/store/docs';
import type { Where } from '../../../core/store/query';
import type { SearchHit } from '../../../core/contract';
import { findPage } from '../../_shared/paging';
import { handler } from '../../_shared/runtime';

/** Hits per group on the first, grouped answer. */
const GROUP_SIZE = 5;

const hitOf = (e: SearchEntryDoc): SearchHit => ({
  kind: e.kind,
  id: e.refId,
  title: e.title,
  snippet: e.snippet,
  link: e.link,
  ...(e.stationName ? { stationName: e.stationName } : {}),
  at: e.sortAt,
});

export default handler('content', 'search', async (ctx, input) => {
  const terms = searchTermsOf(input.q, 8);
  if (terms.length === 0)
    throw new AppError('INVALID_INPUT', '请输入至少两个字的关键词', { q: '请输入至少两个字的关键词' });
  const now = ctx.clock.now();
  const group = async (kind: SearchKind, page: { page: number; pageSize: number }) => {
    const where: Where = {
      kind,
      live: true,
      sortAt: { $lte: now },
      $and: terms.map((t) => ({ terms: { $contains: termProbe(t) } })),
    };
    const found = await findPage<SearchEntryDoc, SearchHit>(
      ctx.store,
      'search_entries',
      where,
      [['sortAt', 'desc']],
      page,
      hitOf,
    );
    return { items: found.items, total: found.total, hasMore: page.page * page.pageSize < found.total };
  };
  const none = { items: [], total: 0, hasMore: false };
  const kinds = input.kind ? [input.kind] : SEARCH_KIND.values;
  const page = input.kind ? { page: input.page, pageSize: input.pageSize } : { page: 1, pageSize: GROUP_SIZE };
  const groups = await Promise.all(kinds.map(async (k) => [k, await group(k, page)] as const));
  const byKind = new Map(groups);
  return {
    terms,
    article: byKind.get('article') ?? none,
    station: byKind.get('station') ?? none,
    item: byKind.get('item') ?? none,
  };
});
