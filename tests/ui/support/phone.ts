/**
 * A phone with nothing on it, as at a first launch: Taro storage cleared and the store's
 * persisted slices (the outbox, the visit draft) empty. Clearing storage alone no longer empties
 * them: the running app keeps them in the store and only writes them through to storage.
 */
import Taro from '@tarojs/taro';
import { useAppStore } from '@/store';

export function freshPhone(): void {
  useAppStore.setState({ outbox: [], visitDraft: null });
  Taro.clearStorageSync();
}
