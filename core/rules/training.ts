/**
 * Trainings (培训, 004 §6.1.10, §7.3.2): the pure rules shared by the function, the pages and the
 * check-in and survey functions — ids, limits, when sign-up is open, seats and attendance.
 */
import type { TrainingStatus } from '../enums';

/** The satisfaction questionnaire every session uses unless the chief picks another (survey reference data). */
export { DEFAULT_TRAINING_QUESTIONNAIRE_ID } from './survey';

/** The target kind a training's questionnaire answers are filed under (survey responses). */
export const TRAINING_TARGET_KIND = 'training';

export const TRAINING_LIMITS = {
  title: 60,
  description: 2000,
  lecturer: 60,
  venue: 120,
  onlineUrl: 300,
  capacityMax: 2000,
  name: 30,
  companyName: 60,
  personTitle: 30,
  reason: 200,
} as const;

/** One sign-up per person per session: the database refuses a second insert of this id. */
export const signupId = (sessionId: string, userId: string) => `${sessionId}:${userId}`;

/** Someone the chief adds by hand, without an account: one per mobile per session. */
export const manualSignupId = (sessionId: string, mobile: string) => `${sessionId}:m:${mobile}`;

/** A person's check-in has their sign-up's id, so the database refuses a second check-in too. */
export const checkinId = signupId;

/** The parts of a stored session (core/store/docs.ts TrainingSessionDoc) these rules read. */
interface SessionState {
  status: TrainingStatus;
  signupDeadline: number;
  endAt: number;
}

/** Why a person cannot sign up (or cancel their sign-up) now; null when they can. */
export function signupClosedReason(s: SessionState, now: number): string | null {
  if (s.status === 'cancelled') return '该培训已取消';
  if (now > s.signupDeadline) return '报名已截止';
  return null;
}

interface Seats {
  capacity: number;
  confirmedCount: number;
  waitlistCount: number;
}

export const seatsLeft = (s: Seats) => Math.max(0, s.capacity - s.confirmedCount);

/**
 * Whether the next sign-up gets a seat. Nobody overtakes the waitlist: while anyone waits, a
 * newcomer waits behind them (a freed seat goes to the first waiting, see cancelSignup).
 */
export const nextGetsSeat = (s: Seats) => s.confirmedCount < s.capacity && s.waitlistCount === 0;

/** Checked in ÷ confirmed, 0…1 (rounded to 0.1 %), or null before anyone is confirmed. */
export function attendanceRate(s: { checkedInCount: number; confirmedCount: number }): number | null {
  if (s.confirmedCount <= 0) return null;
  return Math.round(Math.min(1, s.checkedInCount / s.confirmedCount) * 1000) / 1000;
}

/** The parts of a session form the cross-field rules look at. */
export interface SessionTimes {
  courseId?: string;
  title?: string;
  startAt: number;
  endAt: number;
  signupDeadline: number;
  venue?: string;
  onlineUrl?: string;
}

export interface SessionProblem {
  field: 'title' | 'startAt' | 'endAt' | 'signupDeadline' | 'venue';
  label: string;
  reason: string;
}

/**
 * What is wrong with a session form beyond single fields (the pages check the same before
 * sending): a title or a catalogue course, an end after the start, a sign-up deadline no later
 * than the start, a venue or an online link; a new session (or a moved one) starts in the future.
 */
export function sessionProblems(form: SessionTimes, now: number, startMustBeFuture: boolean): SessionProblem[] {
  const problems: SessionProblem[] = [];
  if (!form.courseId && !form.title?.trim()) {
    problems.push({ field: 'title', label: '培训主题', reason: '请选择课程或填写培训主题' });
  }
  if (startMustBeFuture && form.startAt <= now) {
    problems.push({ field: 'startAt', label: '开始时间', reason: '开始时间应晚于现在' });
  }
  if (form.endAt <= form.startAt) {
    problems.push({ field: 'endAt', label: '结束时间', reason: '结束时间应晚于开始时间' });
  }
  if (form.signupDeadline > form.startAt) {
    problems.push({ field: 'signupDeadline', label: '报名截止时间', reason: '报名截止时间不能晚于开始时间' });
  }
  if (!form.venue?.trim() && !form.onlineUrl?.trim()) {
    problems.push({ field: 'venue', label: '培训地点', reason: '请填写培训地点或线上链接' });
  }
  return problems;
}
