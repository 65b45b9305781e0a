/**
 * Statistics (004 §7.4.2–7.4.3): a station's figures for a period beside the previous period and
 * the same period last year, and the city view of every station side by side. Figures come from
 * the rollups (core/rules/rollups.ts), never from a scan of the history.
 */
import { z } from 'zod';
import { date, exported, id } from './common';
import { daysBetween, MAX_RANGE_DAYS, PERIOD_KIND } from '../rules/rollups';
import { TODO_IDS } from '../rules/todos';

/** A month, quarter or year containing `anchor`, or a custom range `anchor`..`to`. */
export const periodInput = z
  .object({
    kind: z.enum(PERIOD_KIND).default('month').describe('统计周期'),
    anchor: date('日期'),
    to: date('结束日期').optional(),
  })
  .superRefine((p, ctx) => {
    if (p.kind !== 'custom') return;
    if (!p.to) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: '请选择结束日期' });
    } else if (p.to < p.anchor) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: '不能早于开始日期' });
    } else if (daysBetween(p.anchor, p.to) + 1 > MAX_RANGE_DAYS) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: `与开始日期相隔最长 ${MAX_RANGE_DAYS} 天` });
    }
  })
  .describe('统计周期');

const range = z.object({ from: z.string(), to: z.string(), label: z.string() });

const figure = z.object({
  id: z.string(),
  label: z.string(),
  unit: z.string(),
  value: z.number().nullable(),
  previous: z.number().nullable(),
  lastYear: z.number().nullable(),
});

const section = z.object({
  id: z.string(),
  title: z.string(),
  figures: z.array(figure),
  chart: z
    .object({
      kind: z.enum(['bar', 'pie']),
      title: z.string(),
      items: z.array(z.object({ name: z.string(), value: z.number() })),
    })
    .nullable(),
});

const trend = z.object({
  grain: z.enum(['d', 'm']),
  points: z.array(z.string()),
  series: z.array(z.object({ name: z.string(), values: z.array(z.number()) })),
});

const stationStatsOutput = z.object({
  /** Whose figures: the station's name, or "我的（name）" for a liaison's or expert's own. */
  scopeName: z.string(),
  stationId: z.string().nullable(),
  /** The latest records are still being counted (the page says so and offers a refresh). */
  updating: z.boolean(),
  period: range,
  previous: range,
  lastYear: range,
  sections: z.array(section),
  trend,
});
export type StationStats = z.infer<typeof stationStatsOutput>;
export type StatSectionView = z.infer<typeof section>;

const cityRow = z.object({
  stationId: z.string(),
  name: z.string(),
  district: z.string(),
  /** HEADLINE figures by id (core/rules/stat-figures.ts). */
  figures: z.record(z.string(), z.number().nullable()),
});
export type CityRow = z.infer<typeof cityRow>;

export const stats = {
  /**
   * A station's statistics (a chief: their own station; an admin: any, by stationId); a liaison
   * or expert sees their own work only.
   */
  stationStats: {
    input: z.object({
      period: periodInput,
      stationId: id('站点').optional(),
    }),
    output: stationStatsOutput,
  },
  /** Every active station side by side on the headline figures (admin). */
  cityStats: {
    input: z.object({ period: periodInput }),
    output: z.object({
      /** Whose stations: 全市, or the district admin's district (海淀区). */
      scopeName: z.string(),
      period: range,
      columns: z.array(z.object({ id: z.string(), label: z.string(), unit: z.string() })),
      rows: z.array(cityRow),
    }),
  },
  /** 月报: a station's month as a workbook (figures, then every record of the month), for download. */
  exportMonthly: {
    input: z.object({
      month: z
        .string()
        .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: '月份格式应为 YYYY-MM' })
        .describe('月份'),
      stationId: id('站点').optional(),
    }),
    output: exported,
  },
  /**
   * 企业关注 (004 §6.1.3 d): what the station's companies asked about in a period — categories,
   * the words of their questions, topics wanted in questionnaires, needs found on visits — and the
   * trainings and visits suggested from them, with the evidence. The chief's station; an admin any.
   */
  insights: {
    input: z.object({ period: periodInput, stationId: id('站点').optional() }),
    output: z.object({
      scopeName: z.string(),
      stationId: z.string(),
      updating: z.boolean(),
      period: range,
      consults: z.number().int(),
      categories: z.array(z.object({ name: z.string(), count: z.number().int() })),
      keywords: z.array(z.object({ word: z.string(), count: z.number().int() })),
      wantedTopics: z.array(z.object({ topic: z.string(), count: z.number().int() })),
      visitNeeds: z.array(z.object({ name: z.string(), count: z.number().int() })),
      suggestions: z.array(
        z.object({
          id: z.string(),
          kind: z.enum(['training', 'visit']),
          title: z.string(),
          reason: z.string(),
          examples: z.array(z.string()),
          draft: z.object({ title: z.string(), description: z.string() }).optional(),
          company: z.object({ id: z.string(), name: z.string() }).optional(),
        }),
      ),
    }),
  },
  /** 安排走访: a suggested visit becomes a planned one (a 走访计划 follow-up due that day, once). */
  planVisit: {
    input: z.object({ companyId: id('企业'), dueDate: date('计划走访日期') }),
    output: z.object({ followUpId: z.string(), dueDate: z.string(), created: z.boolean() }),
  },
  /** 工作台: what waits for the acting role, each with its live count (core/rules/todos.ts). */
  workbench: {
    input: z.object({}),
    output: z.object({
      todos: z.array(z.object({ id: z.enum(TODO_IDS), count: z.number().int() })),
    }),
  },
} as const;

export type Insights = z.infer<(typeof stats)['insights']['output']>;
