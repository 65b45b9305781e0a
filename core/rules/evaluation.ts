/**
 * The annual workstation evaluation (seed 000, 知识产权保护工作站评价规范): self-evaluation, then
 * expert review, against an indicator table that is data (core/reference/evaluation-indicators.ts
 * seeds version 1; admins save new versions). Pure: the contract, the function and the pages read it.
 *
 * The score rule: each assigned reviewer who did not declare a conflict scores every item (0 to its
 * maximum); a station's score is the mean of the submitted reviewers' totals, to one decimal.
 * The grade follows the round's thresholds (优秀 / 良好 / 合格 / 不合格) — unless any one of 000's
 * three veto conditions is recorded, which makes the result 否决 whatever the score.
 */
import type { EvalAuto } from '../enums';

export interface IndicatorItem {
  id: string;
  title: string;
  maxScore: number;
  /** How a reviewer scores it. */
  guide: string;
  /** What the station must attach ('' for basic-condition items that need none). */
  evidence: string;
  /** A figure the product holds, filled in from the records for the round's year. */
  auto?: EvalAuto;
  /** The figure that earns the full score (the suggested self-score scales up to it). */
  target?: number;
}

export interface IndicatorSection {
  id: string;
  title: string;
  items: IndicatorItem[];
}

export const itemsOf = (sections: readonly IndicatorSection[]): IndicatorItem[] => sections.flatMap((s) => s.items);
export const totalOf = (sections: readonly IndicatorSection[]): number =>
  itemsOf(sections).reduce((n, i) => n + i.maxScore, 0);

/** The suggested self-score of an auto-filled item: its share of the target, rounded to one decimal. */
export function suggestedScore(item: IndicatorItem, value: number | null): number | null {
  if (value === null || !item.target) return null;
  return Math.round(Math.min(1, value / item.target) * item.maxScore * 10) / 10;
}

export interface GradeThresholds {
  excellent: number;
  good: number;
  pass: number;
}
export const DEFAULT_GRADES: GradeThresholds = { excellent: 90, good: 80, pass: 60 };

export type Grade = 'excellent' | 'good' | 'pass' | 'fail' | 'vetoed';
export const GRADE_LABELS: Record<Grade, string> = {
  excellent: '优秀',
  good: '良好',
  pass: '合格',
  fail: '不合格',
  vetoed: '否决',
};

/** The mean of the reviewers' totals (null before any), to one decimal. */
export function meanScore(totals: readonly number[]): number | null {
  if (!totals.length) return null;
  return Math.round((totals.reduce((a, b) => a + b, 0) / totals.length) * 10) / 10;
}

/** The result: 否决 with any veto, whatever the score; else the grade the thresholds give (null before any score). */
export function gradeOf(score: number | null, vetoed: boolean, t: GradeThresholds): Grade | null {
  if (vetoed) return 'vetoed';
  if (score === null) return null;
  if (score >= t.excellent) return 'excellent';
  if (score >= t.good) return 'good';
  if (score >= t.pass) return 'pass';
  return 'fail';
}

/** Corrections (补正) are due this many working days after they are asked for, unless the round says otherwise. */
export const CORRECTION_DAYS_DEFAULT = 5;

/** Limits of what the evaluation's texts say. */
export const EVAL_NOTE_MAX = 1000;
export const EVAL_REASON_MIN = 5;
export const EVAL_REASON_MAX = 1000;
export const EVAL_TITLE_MAX = 60;
