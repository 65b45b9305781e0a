/**
 * Service quality (004 §9): improvement actions (整改) opened from a finding — a complaint, the
 * annual evaluation, an internal self-check, the ratings — each with an owner of the station, a
 * due date, its status and the evidence of what was done; and the evaluation archive (服务评价档案,
 * 004 §9.3): one place per station and year for the annual evaluation, the complaints, the ratings
 * summary and the improvement actions.
 */
import { z } from 'zod';
import { COMPLAINT_STATUS, IMPROVEMENT_SOURCE, IMPROVEMENT_STATUS } from '../enums';
import {
  attachmentIds,
  attachmentView,
  clientRequestId,
  date,
  epochMs,
  id,
  oneOf,
  pageInput,
  pageOf,
  text,
} from './common';
import { periodInput } from './stats';

const improvementId = id('整改事项');

export const improvementView = z.object({
  id: z.string(),
  stationId: z.string(),
  stationName: z.string(),
  source: z.object({ kind: oneOf(IMPROVEMENT_SOURCE.values, '来源'), refId: z.string().optional(), label: z.string() }),
  finding: z.string(),
  measure: z.string(),
  ownerId: z.string(),
  ownerName: z.string(),
  dueDate: z.string(),
  status: oneOf(IMPROVEMENT_STATUS.values, '状态'),
  overdue: z.boolean(),
  evidence: z.string().optional(),
  attachments: z.array(attachmentView),
  doneAt: epochMs('完成时间').optional(),
  doneByName: z.string().optional(),
  createdByName: z.string(),
  createdAt: epochMs('创建时间'),
});
export type ImprovementView = z.infer<typeof improvementView>;

const archiveCount = z.object({ label: z.string(), count: z.number().int() });

export const stationArchive = z.object({
  stationId: z.string(),
  stationName: z.string(),
  year: z.number().int(),
  /** The year's published annual evaluations of the station (grade, score, vetoed). */
  evaluations: z.array(
    z.object({
      roundId: z.string(),
      title: z.string(),
      gradeLabel: z.string(),
      score: z.number().nullable(),
      vetoed: z.boolean(),
    }),
  ),
  complaints: z.object({
    total: z.number().int(),
    byStatus: z.array(archiveCount),
    items: z.array(
      z.object({
        id: z.string(),
        label: z.string(),
        status: oneOf(COMPLAINT_STATUS.values, '状态'),
        createdAt: epochMs('投诉时间'),
      }),
    ),
  }),
  /** Satisfaction per service kind from the rollups: ratings, the mean, the low ones. */
  ratings: z.array(
    z.object({
      kind: z.string(),
      label: z.string(),
      count: z.number().int(),
      mean: z.number().nullable(),
      low: z.number().int(),
    }),
  ),
  improvements: z.object({
    total: z.number().int(),
    open: z.number().int(),
    overdue: z.number().int(),
    items: z.array(improvementView),
  }),
  /** The 服务评价 records kept for periods of the year (internal and external evaluation). */
  reviews: z.array(
    z.object({
      id: z.string(),
      label: z.string(),
      savedAt: epochMs('存档时间'),
      savedByName: z.string(),
      findings: z.array(z.string()),
      /** Each time check's share on time (%), by its title. */
      checks: z.array(z.object({ title: z.string(), rate: z.number().nullable() })),
    }),
  ),
});
export type StationArchive = z.infer<typeof stationArchive>;

/** One time limit checked against the records (internal evaluation): how many met it, and the late ones. */
const timeCheck = z.object({
  id: z.string(),
  title: z.string(),
  /** The limit, as the standard or the item list states it. */
  standard: z.string(),
  total: z.number().int(),
  onTime: z.number().int(),
  /** Share on time, in %; null with nothing to check. */
  rate: z.number().nullable(),
  late: z.array(z.object({ label: z.string(), at: epochMs('时间') })),
});

export const serviceReview = z.object({
  stationId: z.string(),
  stationName: z.string(),
  period: z.object({ from: z.string(), to: z.string(), label: z.string() }),
  /** 外部评价: the companies' word — ratings and questionnaires per service kind, and complaints. */
  external: z.object({
    ratings: z.array(
      z.object({
        kind: z.string(),
        label: z.string(),
        count: z.number().int(),
        mean: z.number().nullable(),
        low: z.number().int(),
      }),
    ),
    complaints: z.object({ total: z.number().int(), byStatus: z.array(archiveCount), overdue: z.number().int() }),
  }),
  /** 内部评价: the time limits the station committed to, checked against what its records show. */
  internal: z.array(timeCheck),
  /** The service item list's own time limits (办理时限), for the chief's reading beside the checks. */
  itemLimits: z.array(z.object({ name: z.string(), timeLimit: z.string() })),
  /** What falls short, each one a finding to open an improvement action on. */
  findings: z.array(z.object({ source: oneOf(IMPROVEMENT_SOURCE.values, '来源'), text: z.string() })),
});
export type ServiceReview = z.infer<typeof serviceReview>;

export const quality = {
  /**
   * 整改: a chief (or an admin) opens an improvement action on a finding for one of the station's
   * people, due by a date. A complaint or evaluation named as its source must be the station's.
   */
  createImprovement: {
    input: z.object({
      clientRequestId,
      stationId: id('服务站点').optional(),
      source: z.object({ kind: oneOf(IMPROVEMENT_SOURCE.values, '来源'), refId: id('来源记录').optional() }),
      finding: text('发现的问题', 500, 5),
      measure: text('整改措施', 500, 5),
      ownerId: id('责任人'),
      dueDate: date('整改期限'),
    }),
    output: improvementView,
  },
  /** Improvement actions: an owner their own, a chief the station's, an admin (or district admin) any (or one station's). */
  listImprovements: {
    input: z.object({
      status: oneOf(IMPROVEMENT_STATUS.values, '状态').optional(),
      overdue: z.boolean().optional().describe('仅看逾期'),
      stationId: id('服务站点').optional(),
      ...pageInput,
    }),
    output: pageOf(improvementView),
  },
  /** Done: the owner (or the chief) records what was done, with evidence. Once. */
  completeImprovement: {
    input: z.object({ improvementId, evidence: text('整改情况', 1000, 5), attachments: attachmentIds('整改材料') }),
    output: improvementView,
  },
  /**
   * 服务评价 (004 §9.1) of a station for a period: the external evaluation (ratings, questionnaires,
   * complaints) and the internal one (its time limits against its records), with the findings.
   */
  serviceReview: {
    input: z.object({ stationId: id('服务站点').optional(), period: periodInput }),
    output: serviceReview,
  },
  /**
   * Keeps the period's 服务评价 as the station's evaluation record (the archive lists it): the
   * figures as they are now. Keeping the same period again replaces it.
   */
  saveServiceReview: {
    input: z.object({ stationId: id('服务站点').optional(), period: periodInput }),
    output: z.object({ id: z.string(), savedAt: epochMs('存档时间') }),
  },
  /** 服务评价档案 (004 §9.3): one station's year. */
  stationArchive: {
    input: z.object({
      stationId: id('服务站点').optional(),
      year: z.number().int().min(2000).max(2100).describe('年度'),
    }),
    output: stationArchive,
  },
} as const;
