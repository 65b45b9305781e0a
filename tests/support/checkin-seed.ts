/**
 * The check-in function's part of the test support: sessions and sign-ups written straight into a
 * store in the stored shapes (TrainingSessionDoc, SignupDoc), tokens signed as the screen's code
 * would be, and valid inputs for the authorisation matrix.
 */
import type { ActionName } from '../../core/contract';
import type { Store } from '../../core/ports';
import { DEFAULT_TRAINING_QUESTIONNAIRE_ID, manualSignupId, signupId } from '../../core/rules/training';
import type { SignupDoc, TrainingSessionDoc } from '../../core/store/docs';
import { checkinKey, issueToken } from '../../cloudfunctions/checkin/token';
import type { InputFactory, Target } from './action-inputs';
import { MINUTE } from './clock';
import { OTHER_STATION, OWN_STATION } from './fixtures';

const HOUR = 60 * MINUTE;
const stationOf = (t: Target) => (t === 'own' ? OWN_STATION : OTHER_STATION);

let seq = 0;

/**
 * A published session at `stationId` starting 10 minutes after `now` and lasting 2 hours (check-in
 * open), 30 seats, no walk-ins unless told, with its check-in code. Returns the stored document.
 */
export async function seedCheckinSession(
  store: Store,
  now: number,
  stationId: string = OWN_STATION,
  overrides: Partial<TrainingSessionDoc> = {},
): Promise<TrainingSessionDoc & { checkinCode: string }> {
  const n = ++seq;
  const startAt = now + 10 * MINUTE;
  const doc = {
    _id: `tr_ci_${process.pid}_${n}`,
    stationId,
    stationName: '测试工作站',
    title: `专利检索实务培训${n}`,
    description: '讲解专利检索的方法',
    lecturer: '李老师',
    startAt,
    endAt: startAt + 2 * HOUR,
    venue: '3层报告厅',
    capacity: 30,
    signupDeadline: startAt - HOUR,
    allowWalkIns: false,
    audience: 'open',
    questionnaireId: DEFAULT_TRAINING_QUESTIONNAIRE_ID,
    status: 'published',
    confirmedCount: 0,
    waitlistCount: 0,
    checkedInCount: 0,
    walkInCount: 0,
    signupSeq: 0,
    // Distinct per session and per process: 8 characters of [A-Za-z0-9_-].
    checkinCode: `c${String(process.pid % 1000).padStart(3, '0')}${String(n).padStart(4, '0')}`,
    createdBy: 'seed',
    createdAt: now,
    updatedAt: now,
    ...overrides,
  } satisfies TrainingSessionDoc & { checkinCode: string };
  await store.insert('trainings', doc);
  return doc;
}

let mobiles = 0;
/** A distinct valid mobile number on every call. */
export const nextMobile = () =>
  `137${String(process.pid % 10000).padStart(4, '0')}${String(++mobiles % 10000).padStart(4, '0')}`;

export interface SignupSeed {
  /** The person's account; none for someone the chief added by hand. */
  userId?: string;
  name?: string;
  mobile?: string;
  status?: SignupDoc['status'];
}

/** A sign-up as the training function stores one, with the session's counters moved to match. */
export async function seedCheckinSignup(
  store: Store,
  session: TrainingSessionDoc,
  now: number,
  person: SignupSeed = {},
): Promise<SignupDoc> {
  const mobile = person.mobile ?? nextMobile();
  const status = person.status ?? 'confirmed';
  // The next arrival number of the session, with its counter, as a sign-up takes them.
  const counter = status === 'confirmed' ? 'confirmedCount' : status === 'waitlisted' ? 'waitlistCount' : null;
  await store.update(
    'trainings',
    { _id: session._id },
    { inc: { signupSeq: 1, ...(counter ? { [counter]: 1 } : {}) } },
  );
  const { signupSeq } = (await store.get<TrainingSessionDoc>('trainings', session._id))!;
  const doc: SignupDoc = {
    _id: person.userId ? signupId(session._id, person.userId) : manualSignupId(session._id, mobile),
    sessionId: session._id,
    stationId: session.stationId,
    ...(person.userId ? { userId: person.userId } : {}),
    name: person.name ?? '张学员',
    companyName: '北京测试科技有限公司',
    title: '专利工程师',
    mobile,
    status,
    source: person.userId ? 'self' : 'manual',
    seq: signupSeq,
    createdAt: now,
  };
  await store.insert('signups', doc);
  return doc;
}

/** The token the session's screen shows at `now` (signed with the store's key). */
export async function tokenAt(store: Store, session: TrainingSessionDoc & { checkinCode: string }, now: number) {
  const key = await checkinKey(store, { now: () => now });
  return issueToken(key, session, now).token;
}

/** Valid inputs for the authorisation matrix: a session of the target station with check-in open. */
export const CHECKIN_INPUTS: Record<ActionName<'checkin'>, InputFactory> = {
  getCode: async ({ store, now, target }) => ({
    sessionId: (await seedCheckinSession(store, now, stationOf(target)))._id,
  }),
  // A sign-up without an account on the target station's session.
  manualCheckIn: async ({ store, now, target }) => {
    const session = await seedCheckinSession(store, now, stationOf(target));
    const signup = await seedCheckinSignup(store, session, now);
    return { sessionId: session._id, signupId: signup._id };
  },
  getLiveCount: async ({ store, now, target }) => ({
    sessionId: (await seedCheckinSession(store, now, stationOf(target)))._id,
  }),
  listAttendees: async ({ store, now, target }) => ({
    sessionId: (await seedCheckinSession(store, now, stationOf(target)))._id,
  }),
  // Anyone signed in scans: a walk-in session with seats to spare, so every caller gets in.
  checkIn: async ({ store, now, target }) => {
    const session = await seedCheckinSession(store, now, stationOf(target), { allowWalkIns: true, capacity: 500 });
    return { token: await tokenAt(store, session, now) };
  },
};
