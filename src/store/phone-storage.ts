/**
 * Where the store's persisted slices (the outbox, the visit draft) live on the phone: Taro's
 * synchronous storage, as zustand's `persist` reads and writes it. Before the store kept them,
 * the outbox and the draft had keys of their own; a phone may still hold a visit queued then,
 * so the first read takes them over once (and drops the old keys).
 */
import Taro from '@tarojs/taro';
import type { StateStorage } from 'zustand/middleware';

/** The persisted slices' key. */
export const PHONE_KEY = 'ip-station.phone';
/** The keys used before the store kept the outbox and the draft. */
export const OLD_OUTBOX_KEY = 'ip-station.outbox';
export const OLD_DRAFT_KEY = 'ip-station.visit-draft';

function read(key: string): unknown {
  try {
    return Taro.getStorageSync(key) as unknown;
  } catch {
    return '';
  }
}

/** The old keys' contents as persisted state (version 0), or null when there are none. */
function takeOverOldKeys(): string | null {
  const outbox = read(OLD_OUTBOX_KEY);
  const draft = read(OLD_DRAFT_KEY);
  if (!Array.isArray(outbox) && !draft) return null;
  const value = JSON.stringify({
    state: { outbox: Array.isArray(outbox) ? outbox : [], visitDraft: draft || null },
    version: 0,
  });
  try {
    Taro.setStorageSync(PHONE_KEY, value);
    Taro.removeStorageSync(OLD_OUTBOX_KEY);
    Taro.removeStorageSync(OLD_DRAFT_KEY);
  } catch {
    // Storage full: the old keys stay and are read again next time.
  }
  return value;
}

export const phoneStorage: StateStorage = {
  getItem(name) {
    const stored = read(name);
    if (typeof stored === 'string' && stored) return stored;
    return name === PHONE_KEY ? takeOverOldKeys() : null;
  },
  setItem(name, value) {
    try {
      Taro.setStorageSync(name, value);
    } catch {
      // Storage full: the app still works; only what is kept in memory survives until it closes.
    }
  },
  removeItem(name) {
    Taro.removeStorageSync(name);
  },
};
