/**
 * The visit being typed, kept on the phone as it is typed (the draft slice of the one store,
 * persisted in Taro storage): it survives leaving the page and closing the app, is restored when
 * 登记走访 opens again, and is cleared only once the visit was sent or queued in the outbox. One
 * draft per person on the phone.
 */
import { useAppStore } from '@/store';
import type { VisitDraft } from './visit-form';

export function loadDraft(ownerId: string): VisitDraft | null {
  const stored = useAppStore.getState().visitDraft;
  return stored && stored.ownerId === ownerId ? (stored.draft as VisitDraft) : null;
}

export function saveDraft(ownerId: string, draft: VisitDraft): void {
  useAppStore.getState().setVisitDraft({ ownerId, draft, savedAt: Date.now() });
}

export function clearDraft(): void {
  useAppStore.getState().setVisitDraft(null);
}
