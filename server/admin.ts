/** `--admin <username>`: makes an existing host account an admin (the host's bootstrap). */
import type { Clock, Store } from '../core/ports';
import { newMembership } from '../cloudfunctions/_shared/memberships';
import { insertIfAbsent } from '../cloudfunctions/_shared/records';

export async function grantAdmin(store: Store, clock: Clock, username: string): Promise<boolean> {
  const cred = await store.get<{ _id: string; userId: string }>('host_credentials', username.toLowerCase());
  if (!cred) return false;
  await insertIfAbsent(store, 'memberships', newMembership(cred.userId, 'admin', {}, 'bootstrap', clock.now()));
  return true;
}
