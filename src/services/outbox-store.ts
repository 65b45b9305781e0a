/**
 * The outbox's entries (待发送): the outbox slice of the one store (src/store), persisted in Taro
 * storage, read and changed per person. Sending lives in ./outbox.ts; this half imports no
 * senders, so 我的 can show the count without loading them.
 */
import type { InputOf } from '@core/contract';
import { useAppStore } from '../store';

/** A logVisit input without what the outbox adds when sending: the request id and the photos' upload ids. */
export type VisitPayload = Omit<InputOf<'visit', 'logVisit'>, 'clientRequestId' | 'photos'>;

export interface OutboxPhoto {
  /** Where the photo is on the phone (kept until it is uploaded). */
  localPath: string;
  name: string;
  /** The upload's id once uploaded: sent with the visit, never uploaded again. */
  uploadId?: string;
}

export type OutboxStatus = 'waiting' | 'returned';

export interface OutboxEntry {
  /** The submission's clientRequestId: made once, sent with every try. */
  id: string;
  kind: 'visit';
  /** Who wrote it: only they see and send it. */
  ownerId: string;
  /** What the list shows, e.g. "示例科技 · 2025-03-03 10:00". */
  title: string;
  payload: VisitPayload;
  photos: OutboxPhoto[];
  /** The form as it was typed, so a returned entry opens exactly as written. */
  draft: unknown;
  /** waiting: sent by itself when possible; returned: back to a draft, to be corrected. */
  status: OutboxStatus;
  /** Why it was returned, or why the last try failed. */
  message?: string;
  fields?: Record<string, string>;
  attempts: number;
  createdAt: number;
  lastTriedAt?: number;
}

export const readOutbox = (): OutboxEntry[] => useAppStore.getState().outbox;

function writeOutbox(entries: OutboxEntry[]): void {
  useAppStore.getState().setOutbox(entries);
}

/** Called on every change of the outbox (the 待发送 list, the count on 我的). */
export function subscribeOutbox(listener: () => void): () => void {
  return useAppStore.subscribe((state, before) => {
    if (state.outbox !== before.outbox) listener();
  });
}

export const outboxOf = (ownerId: string | null | undefined): OutboxEntry[] =>
  ownerId ? readOutbox().filter((e) => e.ownerId === ownerId) : [];

export const outboxEntry = (id: string): OutboxEntry | null => readOutbox().find((e) => e.id === id) ?? null;

/** Adds the entry, or replaces the one with its id (a returned entry queued again). */
export function putOutboxEntry(entry: OutboxEntry): void {
  writeOutbox([...readOutbox().filter((e) => e.id !== entry.id), entry]);
}

export function updateOutboxEntry(id: string, patch: Partial<Omit<OutboxEntry, 'id'>>): void {
  writeOutbox(readOutbox().map((e) => (e.id === id ? { ...e, ...patch } : e)));
}

export function removeOutboxEntry(id: string): void {
  writeOutbox(readOutbox().filter((e) => e.id !== id));
}
