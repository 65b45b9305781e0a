/**
 * The training function's part of the test support: sessions and sign-ups written straight into
 * a store (sign-ups through the same transaction the function uses), session form inputs, and
 * valid inputs for the authorisation matrix.
 */
import type { ActionName } from '../../core/contract';
import type { Store } from '../../core/ports';
import { SEED_STATIONS } from '../../core/reference/stations';
import { DEFAULT_TRAINING_QUESTIONNAIRE_ID, signupId } from '../../core/rules/training';
import type { CheckinDoc, SignupDoc, TrainingSessionDoc } from '../../core/store/docs';
import { takePlace } from '../../cloudfunctions/training/seats';
import type { InputFactory, Target } from './action-inputs';
import { DAY } from './clock';
import { newRequestId, OTHER_STATION, OWN_STATION } from './fixtures';

const HOUR = 60 * 60 * 1000;
const stationOf = (t: Target) => (t === 'own' ? OWN_STATION : OTHER_STATION);
const stationName = (id: string) => SEED_STATIONS.find((s) => s.id === id)?.name ?? '测试工作站';

let seq = 0;

/** The fields of a session form: a week from `now`, 09:00–11:30 after a deadline the day before. */
export function sessionForm(now: number, overrides: Record<string, unknown> = {}) {
  const startAt = now + 7 * DAY;
  return {
    courseId: 'course-1',
    title: '专利申请实务培训',
    description: '讲解发明专利申请文件的撰写要点',
    lecturer: '王律师',
    startAt,
    endAt: startAt + 2.5 * HOUR,
    venue: '中关村大街1号 3层报告厅',
    capacity: 30,
    signupDeadline: startAt - DAY,
    allowWalkIns: false,
    audience: 'open' as const,
    ...overrides,
  };
}

/** A published session at `stationId` (a week from `now`), as createSession stores one. Returns its id. */
export async function seedSession(
  store: Store,
  now: number,
  stationId: string,
  overrides: Partial<TrainingSessionDoc> = {},
): Promise<string> {
  const form = sessionForm(now);
  const doc: TrainingSessionDoc = {
    _id: `tr_seed_${process.pid}_${++seq}`,
    stationId,
    stationName: stationName(stationId),
    ...form,
    questionnaireId: DEFAULT_TRAINING_QUESTIONNAIRE_ID,
    status: 'published',
    confirmedCount: 0,
    waitlistCount: 0,
    checkedInCount: 0,
    walkInCount: 0,
    signupSeq: 0,
    createdBy: 'seed',
    createdAt: now,
    updatedAt: now,
    ...overrides,
  };
  await store.insert('trainings', doc);
  return doc._id;
}

/** A distinct valid mobile number on every call. */
export const newMobile = () =>
  `139${String(process.pid % 10000).padStart(4, '0')}${String(++seq % 10000).padStart(4, '0')}`;

/** `userId` signs up for a session (the function's own transaction). Returns the sign-up. */
export async function seedSignup(
  store: Store,
  now: number,
  sessionId: string,
  userId: string,
  name = '报名人',
): Promise<SignupDoc> {
  const { signup } = await takePlace(
    store,
    {
      _id: signupId(sessionId, userId),
      sessionId,
      userId,
      name,
      companyName: '北京测试科技有限公司',
      title: '工程师',
      mobile: newMobile(),
      source: 'self',
    },
    userId,
    now,
    () => null,
  );
  return signup;
}

/** A check-in of a sign-up, as the check-in function files one (id = the sign-up's id). */
export async function seedCheckin(store: Store, signup: SignupDoc, at: number): Promise<void> {
  const doc: CheckinDoc = {
    _id: signup._id,
    sessionId: signup.sessionId,
    stationId: signup.stationId,
    userId: signup.userId,
    signupId: signup._id,
    name: signup.name,
    companyName: signup.companyName,
    at,
    late: false,
    walkIn: false,
    by: 'scan',
    byUserId: signup.userId ?? 'chief',
  };
  await store.insert('checkins', doc);
  await store.update('trainings', { _id: signup.sessionId }, { inc: { checkedInCount: 1 } });
}

const sessionOf = ({ store, now, target }: { store: Store; now: number; target: Target }) =>
  seedSession(store, now, stationOf(target));

export const TRAINING_INPUTS: Record<ActionName<'training'>, InputFactory> = {
  listSessions: ({ target }) => ({ stationId: stationOf(target) }),
  getSession: async (c) => ({ sessionId: await sessionOf(c) }),
  createSession: ({ now, target }) => ({
    clientRequestId: newRequestId('training'),
    stationId: stationOf(target),
    ...sessionForm(now),
  }),
  // The seeded fields again, so a permitted caller changes nothing (nobody to notify).
  updateSession: async (c) => ({ sessionId: await sessionOf(c), ...sessionForm(c.now) }),
  cancelSession: async (c) => ({ sessionId: await sessionOf(c), reason: '讲师临时有事' }),
  listStationSessions: ({ target }) => ({ stationId: stationOf(target) }),
  exportSessions: ({ target }) => ({ stationId: stationOf(target) }),
  signUp: async (c) => ({
    clientRequestId: newRequestId('signup'),
    sessionId: await sessionOf(c),
    name: '张三',
    companyName: '北京测试科技有限公司',
    title: '工程师',
    mobile: newMobile(),
  }),
  // One's own sign-up (seeded for the caller; a caller without a session gets nothing seeded).
  cancelSignup: async (c) => {
    const sessionId = await sessionOf(c);
    if (c.actor) await seedSignup(c.store, c.now, sessionId, c.actor.userId);
    return { sessionId };
  },
  listSignups: async (c) => ({ sessionId: await sessionOf(c), status: 'waitlisted' }),
  addSignup: async (c) => ({
    clientRequestId: newRequestId('add-signup'),
    sessionId: await sessionOf(c),
    name: '李四',
    companyName: '北京示例有限公司',
    mobile: newMobile(),
  }),
  exportSignups: async (c) => ({ sessionId: await sessionOf(c) }),
  myTrainings: () => ({}),
  talentPool: ({ target }) => ({ stationId: stationOf(target), keyword: '测试' }),
  exportTalentPool: ({ target }) => ({ stationId: stationOf(target) }),
};
