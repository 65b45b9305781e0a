/**
 * Training sessions and check-ins written straight into the store, shaped as the training and
 * checkin functions write them (`trainings`; `checkins` with id `<sessionId>:<userId>`), so the
 * survey tests do not depend on those functions' flows; and the survey function's valid
 * inputs for the authorisation matrix.
 */
import type { ActionName } from '../../core/contract';
import type { Store } from '../../core/ports';
import { DEFAULT_TRAINING_QUESTIONNAIRE_ID } from '../../core/rules/survey';
import { checkinId, manualSignupId } from '../../core/rules/training';
import { HOUR_MS } from '../../core/rules/time';
import type { CheckinDoc, TrainingSessionDoc } from '../../core/store/docs';
import type { InputContext, InputFactory, Target } from './action-inputs';
import { newRequestId, OTHER_STATION, OWN_STATION } from './fixtures';

let seq = 0;

/** A published session at `stationId` from `startAt` for two hours (by default). Returns it. */
export async function seedSession(
  store: Store,
  stationId: string,
  startAt: number,
  overrides: Partial<TrainingSessionDoc> = {},
): Promise<TrainingSessionDoc> {
  const doc: TrainingSessionDoc = {
    _id: `tr-${process.pid}-${++seq}`,
    stationId,
    stationName: `${stationId} 工作站`,
    title: '专利挖掘与布局',
    description: '创新点的挖掘与专利布局策略',
    lecturer: '王讲师',
    startAt,
    endAt: startAt + 2 * HOUR_MS,
    venue: '二层培训室',
    capacity: 50,
    signupDeadline: startAt - HOUR_MS,
    allowWalkIns: true,
    audience: 'open',
    questionnaireId: DEFAULT_TRAINING_QUESTIONNAIRE_ID,
    status: 'published',
    confirmedCount: 0,
    waitlistCount: 0,
    checkedInCount: 0,
    walkInCount: 0,
    signupSeq: 0,
    createdBy: 'seed',
    createdAt: startAt - 7 * 24 * HOUR_MS,
    updatedAt: startAt - 7 * 24 * HOUR_MS,
    ...overrides,
  };
  await store.insert<TrainingSessionDoc>('trainings', doc);
  return doc;
}

/** `userId` checked in at the session (by scan, on time). */
export async function seedCheckin(store: Store, session: TrainingSessionDoc, userId: string): Promise<void> {
  const doc: CheckinDoc = {
    _id: checkinId(session._id, userId),
    sessionId: session._id,
    stationId: session.stationId,
    userId,
    name: `学员${userId}`,
    companyName: '示例科技',
    at: session.startAt,
    late: false,
    walkIn: false,
    by: 'scan',
    byUserId: userId,
  };
  await store.insert<CheckinDoc>('checkins', doc);
  await store.update('trainings', { _id: session._id }, { inc: { checkedInCount: 1 } });
}

/** Someone checked in by hand without an account (`m:<mobile>`): nobody to write to. */
export async function seedManualCheckin(store: Store, session: TrainingSessionDoc, mobile: string): Promise<void> {
  const doc: CheckinDoc = {
    _id: manualSignupId(session._id, mobile),
    sessionId: session._id,
    stationId: session.stationId,
    name: '现场学员',
    companyName: '示例科技',
    at: session.startAt,
    late: false,
    walkIn: true,
    by: 'manual',
    byUserId: 'seed',
  };
  await store.insert<CheckinDoc>('checkins', doc);
}

/* ---------- The authorisation matrix ---------- */

const stationOf = (t: Target) => (t === 'own' ? OWN_STATION : OTHER_STATION);

/** A session of the target's station that started an hour ago. */
const startedSession = ({ store, now, target }: InputContext) => seedSession(store, stationOf(target), now - HOUR_MS);

export const SURVEY_INPUTS: Record<ActionName<'survey'>, InputFactory> = {
  getQuestionnaire: () => ({ questionnaireId: DEFAULT_TRAINING_QUESTIONNAIRE_ID }),
  listQuestionnaires: ({ target }) => ({ stationId: stationOf(target) }),
  createQuestionnaire: ({ target }) => ({
    clientRequestId: newRequestId('questionnaire'),
    stationId: stationOf(target),
    title: '讲座反馈',
    questions: [{ kind: 'rating', title: '总体满意度', required: true }],
  }),
  // The caller checked in at a session that started: one's own response, at any station.
  submitResponse: async (c) => {
    const session = await startedSession(c);
    if (c.actor) await seedCheckin(c.store, session, c.actor.userId);
    return {
      clientRequestId: newRequestId('response'),
      targetKind: 'training',
      targetId: session._id,
      answers: { overall: 5 },
    };
  },
  getMyResponse: async (c) => ({ targetKind: 'training', targetId: (await startedSession(c))._id }),
  getResults: async (c) => ({ targetKind: 'training', targetId: (await startedSession(c))._id }),
  wantedTopics: ({ target }) => ({ stationId: stationOf(target) }),
};
