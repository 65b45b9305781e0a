/**
 * Who checked in (the check-in function writes checkins). A check-in's id `<sessionId>:<personKey>`
 * has the same form as the sign-up's (`<sessionId>:<userId>` / `<sessionId>:m:<mobile>`), so a
 * sign-up finds its check-in by its own id; `signupId` covers a check-in filed otherwise.
 */
import type { Store } from '../../core/ports';
import type { CheckinDoc, SignupDoc } from '../../core/store/docs';
import { findAll } from '../_shared/paging';

export async function checkinsOf(store: Store, sessionId: string): Promise<Map<string, CheckinDoc>> {
  const checkins = await findAll<CheckinDoc>(store, 'checkins', { sessionId }, [['at', 'asc']]);
  const bySignup = new Map<string, CheckinDoc>();
  for (const c of checkins) {
    bySignup.set(c._id, c);
    if (c.signupId) bySignup.set(c.signupId, c);
  }
  return bySignup;
}

/** When the person of a sign-up checked in, if they did. */
export const checkedInAt = (s: SignupDoc, checkins: Map<string, CheckinDoc>): number | undefined =>
  s.checkedInAt ?? checkins.get(s._id)?.at;
