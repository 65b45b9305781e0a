/**
 * The page-level gestures every list screen answers the same way, in one place:
 * pull-down reloads, reaching the bottom loads the next page, and a page shown again after
 * another page covered it reloads (what was edited there may have changed it).
 */
import { useRef } from 'react';
import Taro, { useDidHide, useDidShow, usePullDownRefresh, useReachBottom } from '@tarojs/taro';

/** Pull-down reloads; the spinner stops when the reload ends, failed or not. */
export function usePullToReload(reload: () => Promise<void>): void {
  usePullDownRefresh(() => {
    void reload().finally(() => void Taro.stopPullDownRefresh());
  });
}

/** A paged list's screen: pull-down reloads, the bottom loads more. */
export function useListGestures(list: { reload: () => Promise<void>; loadMore: () => Promise<void> }): void {
  usePullToReload(list.reload);
  useReachBottom(() => void list.loadMore());
}

/**
 * Reloads when the page is shown again after being hidden (back from a detail or edit page),
 * not on the first show, so the first load is not done twice.
 */
export function useReloadOnReturn(reload: () => Promise<void>): void {
  const hidden = useRef(false);
  useDidHide(() => {
    hidden.current = true;
  });
  useDidShow(() => {
    if (!hidden.current) return;
    hidden.current = false;
    void reload();
  });
}
