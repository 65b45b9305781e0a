/**
 * The station's talent pool (人才库, 004 §7.3.5 b): everyone who attended one of its trainings,
 * built from the check-ins. One person is one mobile number (what both a self sign-up and one
 * added by hand carry), else one account; their latest attendance gives name, company and title.
 *
 * Read whole and grouped here: the station's check-ins are a bounded set (served by the checkins
 * (stationId, at) index) and grouping needs all of them; keyword and paging apply to the result.
 */
import type { Talent } from '../../core/contract';
import type { Store } from '../../core/ports';
import type { CheckinDoc, SignupDoc, TrainingSessionDoc } from '../../core/store/docs';
import { findAll } from '../_shared/paging';
import { docsById } from './by-id';

/** The check-in's person within its session: `<userId>` or `m:<mobile>`. */
const personKeyOf = (c: CheckinDoc) => c.userId ?? c._id.slice(c.sessionId.length + 1);

export async function talentPool(store: Store, stationId: string): Promise<Talent[]> {
  const [checkins, sessions] = await Promise.all([
    findAll<CheckinDoc>(store, 'checkins', { stationId }, [['at', 'desc']]),
    findAll<TrainingSessionDoc>(store, 'trainings', { stationId }, [['startAt', 'desc']]),
  ]);
  const titles = new Map(sessions.map((s) => [s._id, s.title]));
  const signups = await docsById<SignupDoc>(
    store,
    'signups',
    checkins.map((c) => c.signupId ?? c._id),
  );

  const pool = new Map<string, Talent & { sessionIds: Set<string> }>();
  for (const c of checkins) {
    const signup = signups.get(c.signupId ?? c._id);
    const key = signup?.mobile ? `m:${signup.mobile}` : personKeyOf(c);
    let person = pool.get(key);
    if (!person) {
      // Check-ins are read latest first: the first one seen is the person as they are now.
      person = {
        key,
        name: signup?.name ?? c.name,
        companyName: signup?.companyName ?? c.companyName,
        title: signup?.title ?? '',
        mobile: signup?.mobile ?? '',
        attended: 0,
        courses: [],
        lastAttendedAt: c.at,
        sessionIds: new Set(),
      };
      pool.set(key, person);
    }
    if (person.sessionIds.has(c.sessionId)) continue;
    person.sessionIds.add(c.sessionId);
    person.attended += 1;
    const title = titles.get(c.sessionId);
    if (title && !person.courses.includes(title)) person.courses.push(title);
  }
  return [...pool.values()].map(({ sessionIds: _ids, ...t }) => t);
}

/** Name, company or a course attended contains the keyword (case-insensitive). */
export function matchesKeyword(t: Talent, keyword: string | undefined): boolean {
  const k = keyword?.trim().toLowerCase();
  if (!k) return true;
  return [t.name, t.companyName, ...t.courses].some((v) => v.toLowerCase().includes(k));
}
