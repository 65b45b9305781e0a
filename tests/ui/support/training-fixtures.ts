/** Sessions and sign-ups of the training pages, shaped exactly as the contract's outputs. */
import type { Signup, TrainingSession } from '@core/contract';
import { shanghaiInstant } from '@core/rules/time';
import { STATION_ID, STATION_NAME } from './consult-fixtures';
import { DEFAULT_TRAINING_QUESTIONNAIRE_ID } from '@core/rules/survey';

/**
 * The phone's clock for these fixtures (set with `atNow`): three days before the session below,
 * so its sign-up is open, and after its creation. Pages decide what to offer from this "now".
 */
export const TRAINING_NOW = shanghaiInstant('2026-11-20', '10:00');

export function aSession(overrides: Partial<TrainingSession> = {}): TrainingSession {
  const startAt = shanghaiInstant('2026-11-23', '09:00');
  return {
    id: 'tr-1',
    stationId: STATION_ID,
    stationName: STATION_NAME,
    courseId: 'course-3',
    title: '知识产权申请实务',
    description: '专利、商标申请材料的准备要点',
    lecturer: '王律师',
    startAt,
    endAt: shanghaiInstant('2026-11-23', '11:30'),
    venue: '中关村大街1号 3层报告厅',
    capacity: 30,
    signupDeadline: shanghaiInstant('2026-11-22', '18:00'),
    allowWalkIns: false,
    audience: 'open',
    questionnaireId: DEFAULT_TRAINING_QUESTIONNAIRE_ID,
    status: 'published',
    confirmedCount: 12,
    waitlistCount: 0,
    checkedInCount: 0,
    walkInCount: 0,
    seatsLeft: 18,
    attendanceRate: null,
    createdAt: shanghaiInstant('2026-11-01', '10:00'),
    updatedAt: shanghaiInstant('2026-11-01', '10:00'),
    ...overrides,
  };
}

export function aSignup(overrides: Partial<Signup> = {}): Signup {
  return {
    id: 'tr-1:u-co',
    sessionId: 'tr-1',
    name: '张经理',
    companyId: 'c-1',
    companyName: '示例科技',
    title: '知识产权专员',
    mobile: '13900139000',
    status: 'confirmed',
    source: 'self',
    seq: 13,
    createdAt: shanghaiInstant('2026-11-10', '08:30'),
    ...overrides,
  };
}

/** getSession's answer. */
export function aDetail(session: TrainingSession, mySignup: Signup | null = null, canManage = false) {
  return { session, mySignup, canManage };
}
