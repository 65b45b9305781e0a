/** Loads one thing (a detail page, a short list) with loading and error state and a retry. */
import { useCallback, useEffect, useRef, useState } from 'react';
import { messageOf } from '../services/errors';

export interface Loaded<T> {
  data: T | null;
  loading: boolean;
  error: string | null;
  reload(): Promise<void>;
}

export function useLoad<T>(load: () => Promise<T>, deps: unknown[]): Loaded<T> {
  const [data, setData] = useState<T | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const loadRef = useRef(load);
  loadRef.current = load;
  const generation = useRef(0);

  const reload = useCallback(async () => {
    const gen = ++generation.current;
    setLoading(true);
    setError(null);
    try {
      const value = await loadRef.current();
      if (gen === generation.current) setData(value);
    } catch (e) {
      if (gen === generation.current) setError(messageOf(e));
    } finally {
      if (gen === generation.current) setLoading(false);
    }
  }, []);

  useEffect(() => {
    void reload();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);

  return { data, loading, error, reload };
}
