/** The signed-in person's outbox entries (待发送), kept current as they are queued, sent or returned. */
import { useEffect, useState } from 'react';
import { outboxOf, subscribeOutbox, type OutboxEntry } from '../services/outbox-store';

export function useOutbox(ownerId: string | null | undefined): OutboxEntry[] {
  const [entries, setEntries] = useState<OutboxEntry[]>(() => outboxOf(ownerId));
  useEffect(() => {
    setEntries(outboxOf(ownerId));
    return subscribeOutbox(() => setEntries(outboxOf(ownerId)));
  }, [ownerId]);
  return entries;
}
