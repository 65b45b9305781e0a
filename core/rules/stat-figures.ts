/**
 * What the statistics show, from summed counters (core/rules/rollups.ts): the sections of a
 * station's figures in the order a district office reads them, each figure with the previous
 * period and the same period last year beside it, and the breakdown its chart draws. One
 * function for the statistics page, the city view and the 月报 workbook, so they never disagree.
 */
import { KEY_FLAG, RECORD_CHANNEL, REQUEST_STATUS, SERVICE_CATEGORY, VISIT_FORM } from '../enums';
import { byPrefix, K, SERVICE_KIND_LABELS, SERVICE_KINDS } from './rollups';

export type FigureUnit = '' | '%' | '分' | '小时' | '家' | '人' | '次' | '场' | '件';

export interface Figure {
  id: string;
  label: string;
  unit: FigureUnit;
  value: number | null;
  previous: number | null;
  lastYear: number | null;
}

export interface ChartItem {
  name: string;
  value: number;
}

export interface StatSection {
  id: string;
  title: string;
  figures: Figure[];
  /** The section's breakdown (bars; a pie where parts make a whole). */
  chart: { kind: 'bar' | 'pie'; title: string; items: ChartItem[] } | null;
}

/** Facts that are no sum over time: the ledger as it is now. */
export interface CurrentFacts {
  /** 待走访: companies of the ledger not visited for more than PENDING_VISIT_DAYS. */
  pendingVisits: number;
  /** Per key-enterprise list: companies on it, and how many of them were visited in the period. */
  keyLists: Array<{ flag: string; total: number; visited: number }>;
}

type C = Record<string, number>;
const n = (c: C, k: string) => c[k] ?? 0;
const ratio = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 1000) / 10 : null);
const mean = (sum: number, count: number) => (count > 0 ? Math.round((sum / count) * 10) / 10 : null);
const distinct = (c: C, prefix: string) => byPrefix(c, prefix).filter(([, v]) => v > 0).length;

type Measure = (c: C) => number | null;

function figure(id: string, label: string, unit: FigureUnit, measure: Measure, cs: [C, C, C]): Figure {
  return { id, label, unit, value: measure(cs[0]), previous: measure(cs[1]), lastYear: measure(cs[2]) };
}

const labelOf = (labels: Record<string, string>, key: string) =>
  Object.prototype.hasOwnProperty.call(labels, key) ? labels[key]! : key;

function breakdown(c: C, prefix: string, labels: Record<string, string> | ((k: string) => string)): ChartItem[] {
  return byPrefix(c, prefix).map(([k, value]) => ({
    name: typeof labels === 'function' ? labels(k) : labelOf(labels, k),
    value,
  }));
}

/** The headline figures of a station (the city view compares stations on these). */
export const HEADLINE: Array<{ id: string; label: string; unit: FigureUnit; measure: Measure }> = [
  { id: 'consult', label: '咨询', unit: '次', measure: (c) => n(c, K.consult) },
  { id: 'visits', label: '走访', unit: '次', measure: (c) => n(c, K.visits) },
  { id: 'covered', label: '走访企业', unit: '家', measure: (c) => distinct(c, K.visitCompany) },
  { id: 'requests', label: '服务需求', unit: '件', measure: (c) => n(c, K.requests) },
  {
    id: 'answered2d',
    label: '两日内受理率',
    unit: '%',
    measure: (c) => ratio(n(c, K.requestRespondedIn2Days), n(c, K.requests)),
  },
  { id: 'trainings', label: '培训', unit: '场', measure: (c) => n(c, K.trainings) },
  { id: 'trainees', label: '参训人次', unit: '人', measure: (c) => n(c, K.trainingCheckins) },
  {
    id: 'satisfaction',
    label: '满意度',
    unit: '分',
    measure: (c) =>
      mean(
        SERVICE_KINDS.reduce((s, k) => s + n(c, `${K.rate}${k}_sum`), 0),
        SERVICE_KINDS.reduce((s, k) => s + n(c, `${K.rate}${k}_n`), 0),
      ),
  },
  {
    id: 'lowRatings',
    label: '差评',
    unit: '次',
    measure: (c) => SERVICE_KINDS.reduce((s, k) => s + n(c, `${K.rate}${k}_low`), 0),
  },
];

export function headlineOf(c: C): Record<string, number | null> {
  return Object.fromEntries(HEADLINE.map((h) => [h.id, h.measure(c)]));
}

/**
 * The sections of one station's (or one person's) statistics. `names` resolves consultant ids;
 * `current` adds the ledger's figures (a station's only: a person has no ledger).
 */
export function statSections(
  cs: [C, C, C],
  names: Record<string, string>,
  current: CurrentFacts | null,
): StatSection[] {
  const [c] = cs;
  const f = (id: string, label: string, unit: FigureUnit, m: Measure) => figure(id, label, unit, m, cs);
  const nameOf = (id: string) => names[id] ?? '（已离开）';
  const sections: StatSection[] = [
    {
      id: 'consult',
      title: '咨询',
      figures: [
        f('consult', '咨询次数', '次', (x) => n(x, K.consult)),
        f('bookings', '预约', '次', (x) => n(x, K.bookings)),
        f('noShowRate', '未到场率', '%', (x) =>
          ratio(n(x, K.bookingNoShow), n(x, K.bookingDone) + n(x, K.bookingNoShow)),
        ),
        f('minutes', '咨询时长', '小时', (x) => Math.round((n(x, K.consultMinutes) / 60) * 10) / 10),
      ],
      chart: { kind: 'pie', title: '按渠道', items: breakdown(c, K.consultChannel, RECORD_CHANNEL.labels) },
    },
    {
      id: 'consultCategory',
      title: '咨询类别',
      figures: [],
      chart: { kind: 'bar', title: '按类别', items: breakdown(c, K.consultCategory, SERVICE_CATEGORY.labels) },
    },
    {
      id: 'consultant',
      title: '咨询人员',
      figures: [],
      chart: { kind: 'bar', title: '按咨询人员', items: breakdown(c, K.consultBy, nameOf) },
    },
    {
      id: 'visits',
      title: '走访',
      figures: [
        f('visits', '走访次数', '次', (x) => n(x, K.visits)),
        f('covered', '走访企业', '家', (x) => distinct(x, K.visitCompany)),
      ],
      chart: { kind: 'pie', title: '按走访形式', items: breakdown(c, K.visitForm, VISIT_FORM.labels) },
    },
    {
      id: 'requests',
      title: '服务需求',
      figures: [
        f('requests', '新增需求', '件', (x) => n(x, K.requests)),
        f('answered2d', '两日内受理率', '%', (x) => ratio(n(x, K.requestRespondedIn2Days), n(x, K.requests))),
        f('respondHours', '平均受理用时', '小时', (x) => mean(n(x, K.requestRespondHours), n(x, K.requestResponded))),
        f('closed', '已办结', '件', (x) => n(x, K.requestClosed)),
        f('closeHours', '平均办结用时', '小时', (x) => mean(n(x, K.requestCloseHours), n(x, K.requestClosed))),
      ],
      chart: { kind: 'bar', title: '按状态', items: breakdown(c, K.requestStatus, REQUEST_STATUS.labels) },
    },
    {
      id: 'requestCategory',
      title: '需求类别',
      figures: [],
      chart: { kind: 'bar', title: '按类别', items: breakdown(c, K.requestCategory, SERVICE_CATEGORY.labels) },
    },
    {
      id: 'trainings',
      title: '培训',
      figures: [
        f('trainings', '培训场次', '场', (x) => n(x, K.trainings)),
        f('signups', '报名人数', '人', (x) => n(x, K.trainingSignups)),
        f('attendance', '到课率', '%', (x) => ratio(n(x, K.trainingCheckins), n(x, K.trainingSignups))),
        f('trainingSatisfaction', '培训满意度', '分', (x) =>
          mean(n(x, `${K.rate}training_sum`), n(x, `${K.rate}training_n`)),
        ),
      ],
      chart: null,
    },
    {
      id: 'satisfaction',
      title: '满意度',
      figures: SERVICE_KINDS.flatMap((k) => [
        f(`sat_${k}`, `${SERVICE_KIND_LABELS[k]}平均分`, '分', (x) =>
          mean(n(x, `${K.rate}${k}_sum`), n(x, `${K.rate}${k}_n`)),
        ),
        f(`low_${k}`, `${SERVICE_KIND_LABELS[k]}差评`, '次', (x) => n(x, `${K.rate}${k}_low`)),
      ]),
      chart: {
        kind: 'bar',
        title: '评分分布（各类服务合计）',
        items: [5, 4, 3, 2, 1].map((s) => ({
          name: `${s}星`,
          value: SERVICE_KINDS.reduce((sum, k) => sum + n(c, `${K.rate}${k}_s${s}`), 0),
        })),
      },
    },
    {
      id: 'experts',
      title: '专家指派',
      figures: [
        f('assignments', '指派', '次', (x) => n(x, K.assignments)),
        f('onTimeRate', '按时响应率', '%', (x) => ratio(n(x, K.assignmentOnTime), n(x, K.assignments))),
        f('reported', '已提交服务报告', '次', (x) => n(x, K.assignmentReported)),
      ],
      chart: null,
    },
  ];
  if (current) {
    const visits = sections.find((s) => s.id === 'visits')!;
    visits.figures.push({
      id: 'pending',
      label: '待走访企业（当前）',
      unit: '家',
      value: current.pendingVisits,
      previous: null,
      lastYear: null,
    });
    for (const list of current.keyLists) {
      visits.figures.push({
        id: `coverage_${list.flag}`,
        label: `${labelOf(KEY_FLAG.labels, list.flag)}走访覆盖率`,
        unit: '%',
        value: ratio(list.visited, list.total),
        previous: null,
        lastYear: null,
      });
    }
  }
  return sections;
}

/** The trend lines: what each point adds to the four main figures. */
export const TREND_SERIES: Array<{ name: string; key: string }> = [
  { name: '咨询', key: K.consult },
  { name: '走访', key: K.visits },
  { name: '服务需求', key: K.requests },
  { name: '参训人次', key: K.trainingCheckins },
];
