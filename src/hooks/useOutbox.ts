/** The signed-in person's outbox entries (待发送), kept current as they are queued, sent or returned. */
import { useMemo } from 'react';
import type { OutboxEntry } from '../services/outbox-store';
import { useAppStore } from '../store';

export function useOutbox(ownerId: string | null | undefined): OutboxEntry[] {
  const all = useAppStore((s) => s.outbox);
  return useMemo(() => (ownerId ? all.filter((e) => e.ownerId === ownerId) : []), [all, ownerId]);
}
