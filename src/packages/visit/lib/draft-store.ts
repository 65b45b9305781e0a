/**
 * The visit being typed, kept on the phone as it is typed (Taro storage): it survives leaving
 * the page and closing the app, is restored when 登记走访 opens again, and is cleared only once
 * the visit was sent or queued in the outbox. One draft per person on the phone.
 */
import Taro from '@tarojs/taro';
import type { VisitDraft } from './visit-form';

const KEY = 'ip-station.visit-draft';

interface Stored {
  ownerId: string;
  draft: VisitDraft;
  savedAt: number;
}

export function loadDraft(ownerId: string): VisitDraft | null {
  try {
    const stored = Taro.getStorageSync(KEY) as Stored | '';
    return stored && stored.ownerId === ownerId ? stored.draft : null;
  } catch {
    return null;
  }
}

export function saveDraft(ownerId: string, draft: VisitDraft): void {
  try {
    Taro.setStorageSync(KEY, { ownerId, draft, savedAt: Date.now() } satisfies Stored);
  } catch {
    // Storage full: the form still works; only the draft is not kept.
  }
}

export function clearDraft(): void {
  Taro.removeStorageSync(KEY);
}
