/**
 * The 新建评价轮次 form's draft: the year and name, the indicator-table version, the stations, which
 * reviewer reviews which of them, the deadlines, the correction period and what a missed one means,
 * and the grade thresholds; its checks (mirroring createRound's contract and handler, under the
 * field paths the server names: `reviewers`, `grades`…) and the createRound input it becomes.
 * Pure: no Taro, no services.
 */
import type { InputOf } from '@core/contract';
import type { EvalLapse } from '@core/enums';
import { CORRECTION_DAYS_DEFAULT, DEFAULT_GRADES, EVAL_TITLE_MAX, GRADE_LABELS } from '@core/rules/evaluation';
import { formatShanghai } from '@core/rules/time';
import type { FieldErrors } from '@/lib/field-errors';

export interface RoundDraft {
  year: string;
  title: string;
  setId: string;
  stationIds: string[];
  /** Each reviewer's stations (user id → station ids), kept within those chosen. */
  assignments: Record<string, string[]>;
  selfDeadline: string;
  reviewDeadline: string;
  correctionDays: string;
  lapse: EvalLapse;
  excellent: string;
  good: string;
  pass: string;
}

export type GradeKey = 'excellent' | 'good' | 'pass';
export const GRADE_KEYS: readonly GradeKey[] = ['excellent', 'good', 'pass'];

/** The name a round gets unless the admin types another. */
export const defaultTitle = (year: string) => `${year}年度知识产权工作站评价`;

/** The usual round: last year's (in Shanghai), 000's veto on a missed correction, 5 working days, 90/80/60. */
export function initialRoundDraft(now: number): RoundDraft {
  const year = String(Number(formatShanghai(now, 'YYYY')) - 1);
  return {
    year,
    title: defaultTitle(year),
    setId: '',
    stationIds: [],
    assignments: {},
    selfDeadline: '',
    reviewDeadline: '',
    correctionDays: String(CORRECTION_DAYS_DEFAULT),
    lapse: 'veto',
    excellent: String(DEFAULT_GRADES.excellent),
    good: String(DEFAULT_GRADES.good),
    pass: String(DEFAULT_GRADES.pass),
  };
}

/** The server's field path each draft field answers for (editing a threshold clears their order's message too). */
export function clearsOf(key: keyof RoundDraft): string[] {
  if (key === 'excellent' || key === 'good' || key === 'pass') return [`grades.${key}`, 'grades'];
  if (key === 'assignments') return ['reviewers'];
  if (key === 'stationIds') return ['stationIds', 'reviewers'];
  return [key];
}

const numberOf = (typed: string) => (typed.trim() === '' ? NaN : Number(typed));
const isIntIn = (n: number, min: number, max: number) => Number.isInteger(n) && n >= min && n <= max;

/** The reviewers with the stations assigned to them among those chosen (none: left out). */
function assignedReviewers(d: RoundDraft): Array<{ userId: string; stationIds: string[] }> {
  return Object.entries(d.assignments)
    .map(([userId, ids]) => ({ userId, stationIds: d.stationIds.filter((s) => ids.includes(s)) }))
    .filter((r) => r.stationIds.length > 0);
}

function gradeErrors(d: RoundDraft, errors: FieldErrors): void {
  const n = { excellent: numberOf(d.excellent), good: numberOf(d.good), pass: numberOf(d.pass) };
  const bad = GRADE_KEYS.filter((k) => !(n[k] >= 0 && n[k] <= 100));
  for (const k of bad) errors[`grades.${k}`] = `${GRADE_LABELS[k]}分数线：请填写 0–100 之间的分数`;
  if (!bad.length && !(n.excellent > n.good && n.good > n.pass)) {
    errors.grades = '等级分数线：应依次为 优秀 > 良好 > 合格';
  }
}

/** The problems to show under each field (keys as the server names them), top of the form first. */
export function roundErrors(d: RoundDraft): FieldErrors {
  const errors: FieldErrors = {};
  if (!isIntIn(numberOf(d.year), 2000, 2100)) errors.year = '评价年度：请填写 2000–2100 之间的年份';
  const title = d.title.trim();
  if (!title) errors.title = '名称：请填写名称';
  else if (title.length > EVAL_TITLE_MAX) errors.title = `名称：不能超过${EVAL_TITLE_MAX}字`;
  if (!d.setId) errors.setId = '指标表：请选择指标表';
  if (!d.stationIds.length) errors.stationIds = '参评站点：请至少选择一个站点';
  else if (!assignedReviewers(d).length) errors.reviewers = '评审专家：请至少为一位评审专家分配评审站点';
  if (!d.selfDeadline) errors.selfDeadline = '自评截止日期：请选择日期';
  if (!d.reviewDeadline) errors.reviewDeadline = '评审截止日期：请选择日期';
  else if (d.selfDeadline && d.reviewDeadline < d.selfDeadline) {
    errors.reviewDeadline = '评审截止日期：不能早于自评截止日期';
  }
  if (!isIntIn(numberOf(d.correctionDays), 1, 30)) {
    errors.correctionDays = '补正期限（工作日）：请填写 1–30 之间的整数';
  }
  gradeErrors(d, errors);
  return errors;
}

/** The chosen stations no reviewer has yet (a hint: their score would stay empty). */
export function unreviewedStations(d: RoundDraft): string[] {
  const covered = new Set(Object.values(d.assignments).flat());
  return d.stationIds.filter((s) => !covered.has(s));
}

/** Call only once roundErrors found nothing. */
export function roundInput(d: RoundDraft, clientRequestId: string): InputOf<'evaluation', 'createRound'> {
  return {
    clientRequestId,
    year: Number(d.year),
    title: d.title.trim(),
    setId: d.setId,
    stationIds: d.stationIds,
    reviewers: assignedReviewers(d),
    selfDeadline: d.selfDeadline,
    reviewDeadline: d.reviewDeadline,
    correctionDays: Number(d.correctionDays),
    lapse: d.lapse,
    grades: { excellent: Number(d.excellent), good: Number(d.good), pass: Number(d.pass) },
  };
}
