/**
 * A station's result in a round (core/rules/evaluation.ts), shared by the evaluation function and
 * the evaluation archive (quality.stationArchive): the mean of the submitted reviews'
 * totals — a conflicted reviewer never counts — and 否决 with any recorded veto, whatever the score.
 * Each total counts only the table's items, each capped at its maximum, so a stray key or an
 * over-the-top score cannot move it.
 */
import { GRADE_LABELS, gradeOf, itemsOf, meanScore, type IndicatorSection } from '../../core/rules/evaluation';
import type { EvalReviewDoc, EvalRoundDoc, EvalVetoDoc } from '../../core/store/docs';

export interface StationResult {
  score: number | null;
  grade: ReturnType<typeof gradeOf>;
  gradeLabel: string;
  reviewers: number;
  vetoed: boolean;
}

/** A review's total over the table's items ("own" keys only: the scores come from a request). */
export function reviewTotal(sections: readonly IndicatorSection[], scores: Record<string, number>): number {
  const given = new Map(Object.entries(scores));
  return itemsOf(sections).reduce(
    (sum, item) => sum + Math.min(item.maxScore, Math.max(0, given.get(item.id) ?? 0)),
    0,
  );
}

export function resultOf(
  round: EvalRoundDoc,
  sections: readonly IndicatorSection[],
  reviews: readonly EvalReviewDoc[],
  vetoes: readonly EvalVetoDoc[],
): StationResult {
  const totals = reviews.filter((r) => r.status === 'submitted').map((r) => reviewTotal(sections, r.scores));
  const score = meanScore(totals);
  const grade = gradeOf(score, vetoes.length > 0, round.grades);
  return {
    score,
    grade,
    gradeLabel: grade ? GRADE_LABELS[grade] : '尚未评分',
    reviewers: totals.length,
    vetoed: vetoes.length > 0,
  };
}
