/**
 * Loads a paginated list: first page, pull-down refresh, and the next page on reaching the
 * bottom. Keeps loading / error / end states so every list can show them.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { PageOf } from '@core/contract';
import { messageOf } from '../services/errors';

export interface PagedList<T> {
  items: T[];
  total: number;
  loading: boolean;
  /** Loading a page after the first. */
  loadingMore: boolean;
  error: string | null;
  hasMore: boolean;
  reload(): Promise<void>;
  loadMore(): Promise<void>;
}

export function usePagedList<T>(
  fetchPage: (page: number, pageSize: number) => Promise<PageOf<T>>,
  deps: unknown[],
  pageSize = 20,
): PagedList<T> {
  const [items, setItems] = useState<T[]>([]);
  const [total, setTotal] = useState(0);
  const [page, setPage] = useState(0);
  const [loading, setLoading] = useState(true);
  const [loadingMore, setLoadingMore] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Answers of a superseded request (filters changed meanwhile) are dropped.
  const generation = useRef(0);
  const fetchRef = useRef(fetchPage);
  fetchRef.current = fetchPage;

  const reload = useCallback(async () => {
    const gen = ++generation.current;
    setLoading(true);
    setError(null);
    try {
      const res = await fetchRef.current(1, pageSize);
      if (gen !== generation.current) return;
      setItems(res.items);
      setTotal(res.total);
      setPage(1);
    } catch (e) {
      if (gen === generation.current) setError(messageOf(e));
    } finally {
      if (gen === generation.current) setLoading(false);
    }
  }, [pageSize]);

  const hasMore = items.length < total;

  const loadMore = useCallback(async () => {
    if (loading || loadingMore || !hasMore) return;
    const gen = generation.current;
    setLoadingMore(true);
    try {
      const res = await fetchRef.current(page + 1, pageSize);
      if (gen !== generation.current) return;
      setItems((prev) => [...prev, ...res.items]);
      setTotal(res.total);
      setPage(page + 1);
    } catch (e) {
      if (gen === generation.current) setError(messageOf(e));
    } finally {
      setLoadingMore(false);
    }
  }, [loading, loadingMore, hasMore, page, pageSize]);

  useEffect(() => {
    void reload();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);

  return { items, total, loading, loadingMore, error, hasMore, reload, loadMore };
}
