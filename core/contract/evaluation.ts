/**
 * The annual workstation evaluation (seed 000; core/rules/evaluation.ts): an admin opens a round
 * over a versioned indicator table, the stations self-evaluate (figures the product holds are
 * filled in from the records), assigned reviewers score independently, declare conflicts, ask for
 * corrections and record vetoes; the admin publishes; each station then reads its grade and report.
 *
 * Confidentiality (000 基本要求): reviewers read only the stations assigned to them, a station
 * reads nothing of its score until the round is published, and only the admin sees every result.
 */
import { z } from 'zod';
import {
  EVAL_AUTO,
  EVAL_LAPSE,
  EVAL_REVIEW_STATUS,
  EVAL_ROUND_STATUS,
  EVAL_SUBMISSION_STATUS,
  EVAL_VETO,
} from '../enums';
import { EVAL_NOTE_MAX, EVAL_REASON_MAX, EVAL_REASON_MIN, EVAL_TITLE_MAX } from '../rules/evaluation';
import {
  attachmentIds,
  attachmentView,
  clientRequestId,
  date,
  done,
  epochMs,
  exported,
  id,
  oneOf,
  optionalText,
  text,
} from './common';

const roundId = id('评价轮次');
const stationId = id('服务站点');
const itemId = z.string().min(1).max(60);

const indicatorItem = z.object({
  id: itemId,
  title: text('指标名称', 60),
  maxScore: z.number().positive().max(100).describe('分值'),
  guide: text('评分标准', 300),
  evidence: z.string().max(300).describe('佐证材料'),
  auto: oneOf(EVAL_AUTO.values, '自动取数').optional(),
  target: z.number().positive().optional().describe('满分目标值'),
});
const indicatorSection = z.object({ id: itemId, title: text('指标类别', 30), items: z.array(indicatorItem).min(1) });

export const indicatorSet = z.object({
  id: z.string(),
  version: z.number().int(),
  title: z.string(),
  sections: z.array(indicatorSection),
  total: z.number(),
  createdAt: epochMs('创建时间'),
});
export type IndicatorSetView = z.infer<typeof indicatorSet>;

const grades = z.object({
  excellent: z.number().min(0).max(100).describe('优秀分数线'),
  good: z.number().min(0).max(100).describe('良好分数线'),
  pass: z.number().min(0).max(100).describe('合格分数线'),
});

export const roundView = z.object({
  id: z.string(),
  year: z.number().int(),
  title: z.string(),
  setId: z.string(),
  setVersion: z.number().int(),
  status: oneOf(EVAL_ROUND_STATUS.values, '状态'),
  stations: z.array(z.object({ id: z.string(), name: z.string() })),
  selfDeadline: z.string(),
  reviewDeadline: z.string(),
  correctionDays: z.number().int(),
  lapse: oneOf(EVAL_LAPSE.values, '逾期未补正'),
  grades,
  publishedAt: epochMs('公布时间').optional(),
  /** To a reviewer: the stations of the round assigned to them (a conflict declared or not). */
  assigned: z
    .array(z.object({ id: z.string(), name: z.string(), status: oneOf(EVAL_REVIEW_STATUS.values, '评审状态') }))
    .optional(),
});
export type RoundView = z.infer<typeof roundView>;

/** A station's answer to one item: its own score, a figure (filled in or typed), a note, evidence. */
const answerInput = z.object({
  selfScore: z.number().min(0).max(100).optional().describe('自评分'),
  /** A figure typed over the one filled in from the records: only with a written justification. */
  value: z.number().min(0).optional().describe('填报数值'),
  justification: optionalText('修改理由', EVAL_NOTE_MAX),
  note: optionalText('自评说明', EVAL_NOTE_MAX),
  attachments: attachmentIds('佐证材料', 20),
});

const answerView = z.object({
  selfScore: z.number().optional(),
  /** The figure the records give (auto-filled items), with where it comes from. */
  auto: z.object({ value: z.number().nullable(), source: z.string(), suggested: z.number().nullable() }).optional(),
  value: z.number().optional(),
  justification: z.string().optional(),
  note: z.string().optional(),
  attachments: z.array(attachmentView),
});

const reviewView = z.object({
  reviewerName: z.string(),
  status: oneOf(EVAL_REVIEW_STATUS.values, '评审状态'),
  scores: z.record(z.string(), z.number()),
  total: z.number().nullable(),
  comment: z.string(),
  submittedAt: epochMs('提交时间').optional(),
});

const vetoView = z.object({
  condition: oneOf(EVAL_VETO.values, '否决情形'),
  evidence: z.string(),
  byName: z.string(),
  at: epochMs('记录时间'),
  automatic: z.boolean(),
});

const resultView = z.object({
  score: z.number().nullable(),
  grade: z.enum(['excellent', 'good', 'pass', 'fail', 'vetoed']).nullable(),
  gradeLabel: z.string(),
  reviewers: z.number().int(),
  vetoed: z.boolean(),
});

export const stationEvaluation = z.object({
  round: roundView,
  set: indicatorSet,
  stationId: z.string(),
  stationName: z.string(),
  status: oneOf(EVAL_SUBMISSION_STATUS.values, '自评状态'),
  answers: z.record(z.string(), answerView),
  submittedAt: epochMs('提交时间').optional(),
  correction: z
    .object({ reasons: z.string(), dueAt: epochMs('补正期限'), at: epochMs('时间'), lapsed: z.boolean() })
    .optional(),
  /** How the caller stands to it. */
  side: z.enum(['station', 'reviewer', 'admin']),
  /** The caller's own review (a reviewer), every review (the admin); none to the station. */
  reviews: z.array(reviewView),
  /** Recorded vetoes: to the admin and the assigned reviewers, and to the station once published. */
  vetoes: z.array(vetoView),
  /** The result: to the admin at any time, to the station once published, never to a reviewer. */
  result: resultView.optional(),
  /** Whether the station may still edit and submit (open round, before its deadline, not submitted). */
  editable: z.boolean(),
});
export type StationEvaluation = z.infer<typeof stationEvaluation>;

const resultRow = resultView.extend({
  stationId: z.string(),
  stationName: z.string(),
  rank: z.number().int().nullable(),
});
export type ResultRow = z.infer<typeof resultRow>;

export const evaluation = {
  listIndicatorSets: { input: z.object({}), output: z.array(indicatorSet) },
  /** The people holding the 评审专家 role, to assign to a round's stations. */
  listReviewers: { input: z.object({}), output: z.array(z.object({ userId: z.string(), name: z.string() })) },
  /** A new version of the indicator table (rounds keep the version they were opened with). */
  saveIndicatorSet: {
    input: z.object({
      clientRequestId,
      title: text('指标表名称', EVAL_TITLE_MAX),
      sections: z.array(indicatorSection).min(1),
    }),
    output: indicatorSet,
  },
  /** Opens a round: the year, the stations, the table version, the reviewers per station, the deadlines. */
  createRound: {
    input: z.object({
      clientRequestId,
      year: z.number().int().min(2000).max(2100).describe('评价年度'),
      title: text('名称', EVAL_TITLE_MAX),
      setId: id('指标表'),
      stationIds: z.array(stationId).min(1).max(200).describe('参评站点'),
      /** Who reviews which station: the reviewers' user ids, each with the stations assigned to them. */
      reviewers: z
        .array(z.object({ userId: id('评审专家'), stationIds: z.array(stationId).min(1) }))
        .min(1)
        .describe('评审专家'),
      selfDeadline: date('自评截止日期'),
      reviewDeadline: date('评审截止日期'),
      correctionDays: z.number().int().min(1).max(30).default(5).describe('补正期限（工作日）'),
      lapse: oneOf(EVAL_LAPSE.values, '逾期未补正').default('veto'),
      grades: grades.optional(),
    }),
    output: roundView,
  },
  /** Rounds the caller takes part in: an admin all, a chief those of their station, a reviewer those assigned. */
  listRounds: { input: z.object({}), output: z.array(roundView) },
  /** One station's evaluation, as the caller may see it (see the top comment). */
  getStationEvaluation: { input: z.object({ roundId, stationId: stationId.optional() }), output: stationEvaluation },
  /** The station's self-evaluation, kept as a draft or submitted (then read-only unless returned for correction). */
  saveSubmission: {
    input: z.object({
      roundId,
      answers: z.record(itemId, answerInput).describe('自评内容'),
      submit: z.boolean().default(false),
    }),
    output: stationEvaluation,
  },
  /** 退回补正: a reviewer (or the admin) names what is missing; the station corrects within the round's working days. */
  requestCorrection: {
    input: z.object({ roundId, stationId, reasons: text('补正事项', EVAL_REASON_MAX, EVAL_REASON_MIN) }),
    output: stationEvaluation,
  },
  /** A reviewer's scores, kept or submitted (each 0 to the item's maximum; all items to submit). */
  saveReview: {
    input: z.object({
      roundId,
      stationId,
      scores: z.record(itemId, z.number().min(0).max(100)).describe('评分'),
      comment: optionalText('评审意见', EVAL_NOTE_MAX),
      submit: z.boolean().default(false),
    }),
    output: stationEvaluation,
  },
  /** 利益冲突回避: the reviewer leaves this station's review (their scores never count, its materials are closed to them). */
  declareConflict: {
    input: z.object({ roundId, stationId, reason: text('回避理由', EVAL_REASON_MAX, EVAL_REASON_MIN) }),
    output: done,
  },
  /** 一票否决: one of 000's three conditions, with its evidence (a reviewer of the station, or the admin). */
  recordVeto: {
    input: z.object({
      roundId,
      stationId,
      condition: oneOf(EVAL_VETO.values, '否决情形'),
      evidence: text('事实与证据', EVAL_REASON_MAX, EVAL_REASON_MIN),
    }),
    output: stationEvaluation,
  },
  /** Publishes the round: every station then reads its grade and report. */
  publishRound: { input: z.object({ roundId }), output: roundView },
  /** The admin's ranking of the round (000: results inform funding). */
  roundResults: { input: z.object({ roundId }), output: z.object({ round: roundView, rows: z.array(resultRow) }) },
  /** The round as an Excel workbook: the ranking, then every reviewer's scores. */
  exportRound: { input: z.object({ roundId }), output: exported },
  /** A station's evaluation report as a PDF (the station once published; the admin at any time). */
  stationReport: { input: z.object({ roundId, stationId: stationId.optional() }), output: exported },
} as const;

export type EvaluationAnswers = Record<string, z.input<typeof answerInput>>;
