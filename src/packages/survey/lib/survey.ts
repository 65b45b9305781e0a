/**
 * Questionnaires as the pages handle them (zod-free): a draft of answers per question kind,
 * what is sent (blanks left out), the required check before sending, and how times, averages
 * and shares are shown. Times are Shanghai's, whatever the phone's zone.
 */
import type { SurveyAnswers, SurveyQuestion } from '@core/contract/survey';
import { SURVEY_TEXT_MAX } from '@core/rules/survey';
import { shanghaiDate } from '@core/rules/time';
import { clockOf, stampOf } from '@/lib/format';

export { SURVEY_TEXT_MAX };

/** One question's answer while editing: 0 stars / '' / [] is "not answered". */
export type DraftAnswer = number | string | string[];
export type Draft = Record<string, DraftAnswer>;

function emptyAnswer(q: SurveyQuestion): DraftAnswer {
  if (q.kind === 'rating') return 0;
  if (q.kind === 'multiple') return [];
  return '';
}

/** The form's starting point: my previous answers, or nothing answered. */
export function draftOf(questions: SurveyQuestion[], answers: SurveyAnswers | null): Draft {
  return Object.fromEntries(questions.map((q) => [q.id, answers?.[q.id] ?? emptyAnswer(q)]));
}

export function isBlank(a: DraftAnswer | undefined): boolean {
  if (a === undefined || a === 0) return true;
  if (typeof a === 'string') return a.trim() === '';
  if (Array.isArray(a)) return a.length === 0;
  return false;
}

/** What is sent: the answered questions only, texts trimmed. */
export function answersOf(questions: SurveyQuestion[], draft: Draft): SurveyAnswers {
  const out: SurveyAnswers = {};
  for (const q of questions) {
    const a = draft[q.id];
    if (a === undefined || isBlank(a)) continue;
    out[q.id] = typeof a === 'string' ? a.trim() : a;
  }
  return out;
}

/** The field key of a question: the server names its errors `answers.<id>` too. */
export const fieldOf = (questionId: string) => `answers.${questionId}`;

/** Required questions left blank, as the server would name them. */
export function missingRequired(questions: SurveyQuestion[], draft: Draft): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const q of questions) {
    if (q.required && isBlank(draft[q.id])) errors[fieldOf(q.id)] = `${q.title}：此题为必答题`;
  }
  return errors;
}

/** "2026-11-24 10:30": the app-wide stamp. */
export { stampOf };

/** "2025-03-03 09:00–11:00" (same day) or both stamps. */
export function periodOf(start?: number, end?: number): string {
  if (start === undefined) return '';
  if (end === undefined) return stampOf(start);
  return `${stampOf(start)}–${shanghaiDate(start) === shanghaiDate(end) ? clockOf(end) : stampOf(end)}`;
}

/** "可修改至 2025-03-04 09:00" */
export const editableText = (until: number) => `可修改至 ${stampOf(until)}`;

/** A count's share of a total, as a whole percentage (0 when the total is 0). */
export const percentOf = (count: number, total: number) => (total > 0 ? Math.round((count * 100) / total) : 0);
