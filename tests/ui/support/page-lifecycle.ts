/**
 * The lifecycle the page tests share: before each test, call records cleared, Taro's APIs mocked
 * and the store signed in as `me` with "me" loaded; after it, every page it mounted unmounted and
 * every spy restored. A file's own beforeEach (registered after this) runs after it.
 */
import type { Me } from '@core/contract';
import { useAppStore } from '@/store';
import { unmountPages } from './page-harness';
import { mockTaro, type TaroMocks } from './taro-mocks';

/** This test's Taro mocks (a live binding: each test gets fresh ones). */
export let taro: TaroMocks;

export function signedInPages(me: Me): void {
  beforeEach(() => {
    jest.clearAllMocks();
    taro = mockTaro();
    useAppStore.setState({ signedIn: true, me, meState: 'ready', meError: null });
  });
  afterEach(() => {
    unmountPages();
    jest.restoreAllMocks();
  });
}
