/**
 * A reviewer's scoring of one station as typed: a score per item (0 to its maximum) and a comment,
 * started from their own saved review. The checks mirror saveReview's (within the maximum; every
 * item scored to submit), keyed `scores.<itemId>`; the running total counts what is typed.
 * Pure: no Taro, no services.
 */
import type { InputOf, StationEvaluation } from '@core/contract';
import { itemsOf, totalOf } from '@core/rules/evaluation';
import type { FieldErrors } from '@/lib/field-errors';

export interface ReviewDraft {
  scores: Record<string, string>;
  comment: string;
}

export const scorePath = (itemId: string) => `scores.${itemId}`;

const numberOf = (typed: string | undefined) => (!typed || typed.trim() === '' ? NaN : Number(typed));

/** The caller's own review (reviews[0] to a reviewer), or an empty one. */
export function initialReviewDraft(ev: StationEvaluation): ReviewDraft {
  const own = ev.reviews[0];
  const scores = Object.fromEntries(Object.entries(own?.scores ?? {}).map(([id, n]) => [id, String(n)]));
  return { scores, comment: own?.comment ?? '' };
}

export function reviewErrors(ev: StationEvaluation, d: ReviewDraft, submit: boolean): FieldErrors {
  const errors: FieldErrors = {};
  for (const item of itemsOf(ev.set.sections)) {
    const typed = d.scores[item.id] ?? '';
    const n = numberOf(typed);
    if (typed.trim() === '') {
      if (submit) errors[scorePath(item.id)] = `请为「${item.title}」评分后再提交`;
    } else if (!(n >= 0 && n <= item.maxScore)) {
      errors[scorePath(item.id)] = `「${item.title}」应在 0–${item.maxScore} 分之间`;
    }
  }
  return errors;
}

/** The total of what is typed so far (to one decimal), and the table's full score. */
export function reviewTotal(ev: StationEvaluation, d: ReviewDraft): { total: number; full: number } {
  const sum = itemsOf(ev.set.sections).reduce((acc, item) => {
    const n = numberOf(d.scores[item.id]);
    return acc + (n >= 0 ? Math.min(n, item.maxScore) : 0);
  }, 0);
  return { total: Math.round(sum * 10) / 10, full: totalOf(ev.set.sections) };
}

/** Call only once reviewErrors found nothing. */
export function reviewInput(
  ev: StationEvaluation,
  d: ReviewDraft,
  submit: boolean,
): InputOf<'evaluation', 'saveReview'> {
  const scores: Record<string, number> = {};
  for (const item of itemsOf(ev.set.sections)) {
    const typed = d.scores[item.id] ?? '';
    if (typed.trim() !== '') scores[item.id] = Number(typed);
  }
  const comment = d.comment.trim();
  return { roundId: ev.round.id, stationId: ev.stationId, scores, ...(comment ? { comment } : {}), submit };
}
