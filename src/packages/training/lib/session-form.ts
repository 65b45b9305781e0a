/**
 * The session form (发布培训 / 编辑培训) as the page holds it — dates and times as the pickers give
 * them, numbers as typed — and the conversion to the action's input (Shanghai wall-clock time →
 * epoch ms). Local checks are the server's own rules (core/rules/training.ts), so what the page
 * says matches what the server would answer.
 */
import type { InputOf, TrainingSession } from '@core/contract';
import type { TrainingAudience } from '@core/enums';
import { sessionProblems, TRAINING_LIMITS } from '@core/rules/training';
import { addDays, shanghaiDate, shanghaiInstant } from '@core/rules/time';
import { clockOf } from '@/lib/format';

export interface SessionDraft {
  /** '' = a custom title. */
  courseId: string;
  title: string;
  description: string;
  lecturer: string;
  startDate: string;
  startTime: string;
  endDate: string;
  endTime: string;
  deadlineDate: string;
  deadlineTime: string;
  venue: string;
  onlineUrl: string;
  capacity: string;
  allowWalkIns: boolean;
  audience: TrainingAudience;
}

/** A new session: a week from today, 09:00–11:30, sign-up until the day before at 18:00. */
export function newDraft(now: number): SessionDraft {
  const day = addDays(shanghaiDate(now), 7);
  return {
    courseId: '',
    title: '',
    description: '',
    lecturer: '',
    startDate: day,
    startTime: '09:00',
    endDate: day,
    endTime: '11:30',
    deadlineDate: addDays(day, -1),
    deadlineTime: '18:00',
    venue: '',
    onlineUrl: '',
    capacity: '30',
    allowWalkIns: false,
    audience: 'open',
  };
}

export function draftOf(s: TrainingSession): SessionDraft {
  return {
    courseId: s.courseId ?? '',
    title: s.title,
    description: s.description,
    lecturer: s.lecturer,
    startDate: shanghaiDate(s.startAt),
    startTime: clockOf(s.startAt),
    endDate: shanghaiDate(s.endAt),
    endTime: clockOf(s.endAt),
    deadlineDate: shanghaiDate(s.signupDeadline),
    deadlineTime: clockOf(s.signupDeadline),
    venue: s.venue ?? '',
    onlineUrl: s.onlineUrl ?? '',
    capacity: String(s.capacity),
    allowWalkIns: s.allowWalkIns,
    audience: s.audience,
  };
}

type Fields = Omit<InputOf<'training', 'updateSession'>, 'sessionId'>;

export function fieldsOf(d: SessionDraft): Fields {
  return {
    ...(d.courseId ? { courseId: d.courseId } : {}),
    title: d.title.trim(),
    description: d.description.trim(),
    lecturer: d.lecturer.trim(),
    startAt: shanghaiInstant(d.startDate, d.startTime),
    endAt: shanghaiInstant(d.endDate, d.endTime),
    signupDeadline: shanghaiInstant(d.deadlineDate, d.deadlineTime),
    venue: d.venue.trim(),
    onlineUrl: d.onlineUrl.trim(),
    capacity: Number(d.capacity.trim()),
    allowWalkIns: d.allowWalkIns,
    audience: d.audience,
  };
}

/** Field → message, as the page shows them under the fields ('' checks the same as the server). */
export function draftErrors(d: SessionDraft, now: number, startMustBeFuture: boolean): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!d.lecturer.trim()) errors.lecturer = '请填写主讲人';
  const capacity = Number(d.capacity.trim());
  if (!/^\d+$/.test(d.capacity.trim()) || capacity < 1 || capacity > TRAINING_LIMITS.capacityMax) {
    errors.capacity = `请填写 1–${TRAINING_LIMITS.capacityMax} 之间的整数`;
  }
  if (d.onlineUrl.trim() && !/^https?:\/\/\S+$/i.test(d.onlineUrl.trim())) {
    errors.onlineUrl = '请填写以 http:// 或 https:// 开头的链接';
  }
  for (const p of sessionProblems(fieldsOf(d), now, startMustBeFuture)) errors[p.field] ??= p.reason;
  return errors;
}
