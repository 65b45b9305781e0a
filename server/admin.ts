/** `--admin <username>`: makes an existing host account an admin (the host's bootstrap). */
import { isAppError } from '../core/errors';
import type { Clock, Store } from '../core/ports';
import { newMembership } from '../cloudfunctions/_shared/memberships';

export async function grantAdmin(store: Store, clock: Clock, username: string): Promise<boolean> {
  const cred = await store.get<{ _id: string; userId: string }>('host_credentials', username.toLowerCase());
  if (!cred) return false;
  try {
    await store.insert('memberships', newMembership(cred.userId, 'admin', {}, 'bootstrap', clock.now()));
  } catch (e) {
    if (!(isAppError(e) && e.code === 'CONFLICT')) throw e;
  }
  return true;
}
