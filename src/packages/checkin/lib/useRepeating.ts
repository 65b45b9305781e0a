/**
 * Runs `task` now, then again after the delay it returns, for as long as the page is shown:
 * hiding the page (another page on top, the app in the background) stops it, showing it again
 * runs it at once. For the check-in screen: the code every 30 s, the count every few seconds.
 * `task` must not throw: it handles its own failure and says when to try again.
 */
import { useCallback, useEffect, useRef } from 'react';
import { useDidHide, useDidShow } from '@tarojs/taro';

export function useRepeating(task: () => Promise<number>): () => Promise<void> {
  const taskRef = useRef(task);
  taskRef.current = task;
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const running = useRef(true);
  // Each run bumps it; only the latest run schedules the next, so a run still in flight when the
  // page was hidden and shown again cannot start a second loop.
  const generation = useRef(0);

  const clear = () => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
  };

  const run = useCallback(async () => {
    clear();
    const gen = ++generation.current;
    const delay = await taskRef.current();
    if (running.current && gen === generation.current) timer.current = setTimeout(() => void run(), delay);
  }, []);

  useEffect(() => {
    running.current = true;
    void run();
    return () => {
      running.current = false;
      clear();
    };
  }, [run]);

  useDidHide(() => {
    running.current = false;
    generation.current++;
    clear();
  });
  useDidShow(() => {
    if (running.current) return;
    running.current = true;
    void run();
  });

  return run;
}
