/**
 * One search and its groups: the first answer brings each kind's first hits (articles, stations,
 * service items); 查看更多 then pages one kind further and appends. A new search forgets what an
 * earlier one was still loading. Too short a query is the server's to judge: its Chinese message
 * comes back as `invalid`, apart from a failure to reach it (`error`, with a retry).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { SearchHit } from '@core/contract';
import { SEARCH_KIND, type SearchKind } from '@core/enums';
import { search } from '@/services/content';
import { ServiceError, messageOf } from '@/services/errors';

/** Hits per page once a group is paged further (the first answer brings a few of each kind). */
export const MORE_PAGE_SIZE = 20;

export interface SearchGroupState {
  items: SearchHit[];
  total: number;
  hasMore: boolean;
  /** Pages of MORE_PAGE_SIZE loaded so far; 0 while only the first answer's hits are shown. */
  page: number;
  loadingMore: boolean;
  error: string | null;
}

export type SearchStatus = 'idle' | 'loading' | 'done' | 'invalid' | 'error';

interface SearchState {
  status: SearchStatus;
  /** The words the server searched for. */
  terms: string[];
  groups: Record<SearchKind, SearchGroupState> | null;
  error: string | null;
}

const IDLE: SearchState = { status: 'idle', terms: [], groups: null, error: null };

/** Hits already shown are not shown twice when a page overlaps them. */
function appended(shown: SearchHit[], more: SearchHit[]): SearchHit[] {
  const seen = new Set(shown.map((h) => h.id));
  return [...shown, ...more.filter((h) => !seen.has(h.id))];
}

export function useSearch(query: string) {
  const [state, setState] = useState<SearchState>(IDLE);
  // Bumped by every search: answers to an earlier one are dropped.
  const generation = useRef(0);

  const run = useCallback(async () => {
    const gen = ++generation.current;
    if (!query) {
      setState(IDLE);
      return;
    }
    setState({ ...IDLE, status: 'loading' });
    try {
      const res = await search({ q: query });
      if (gen !== generation.current) return;
      const groups = {} as Record<SearchKind, SearchGroupState>;
      for (const kind of SEARCH_KIND.values) groups[kind] = { ...res[kind], page: 0, loadingMore: false, error: null };
      setState({ status: 'done', terms: res.terms, groups, error: null });
    } catch (e) {
      if (gen !== generation.current) return;
      const invalid = e instanceof ServiceError && e.code === 'INVALID_INPUT';
      setState({ ...IDLE, status: invalid ? 'invalid' : 'error', error: messageOf(e) });
    }
  }, [query]);

  useEffect(() => {
    void run();
  }, [run]);

  const patch = (kind: SearchKind, change: Partial<SearchGroupState>) =>
    setState((s) => (s.groups ? { ...s, groups: { ...s.groups, [kind]: { ...s.groups[kind], ...change } } } : s));

  const loadMore = async (kind: SearchKind) => {
    const group = state.groups?.[kind];
    if (!group || group.loadingMore || !group.hasMore) return;
    const gen = generation.current;
    const page = group.page + 1;
    patch(kind, { loadingMore: true, error: null });
    try {
      const res = await search({ q: query, kind, page, pageSize: MORE_PAGE_SIZE });
      if (gen !== generation.current) return;
      const more = res[kind];
      setState((s) => {
        if (!s.groups) return s;
        const g = s.groups[kind];
        const next = { ...g, items: appended(g.items, more.items), total: more.total, hasMore: more.hasMore, page };
        return { ...s, groups: { ...s.groups, [kind]: { ...next, loadingMore: false } } };
      });
    } catch (e) {
      if (gen === generation.current) patch(kind, { loadingMore: false, error: messageOf(e) });
    }
  };

  return { ...state, reload: run, loadMore };
}
