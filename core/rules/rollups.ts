/**
 * Statistics rollups (004 §7.4.2–7.4.3: figures go up to the district and city every month).
 *
 * Figures are never counted from the whole history per view. Each record of a SOURCE collection
 * is projected onto contributions — (scope, Shanghai day, counter key, amount) — and the rollup
 * job (cloudfunctions/_shared/rollups.ts) keeps day and month buckets per scope as the sum of the
 * contributions of every record. The job stores each record's last projection (its "fact"), so a
 * changed record (a cancellation, a status change, a re-rating) moves the buckets by the
 * difference only, and replaying a record changes nothing.
 *
 * This module is pure: the counter keys, the diff of two projections, the periods a view reads.
 * The projections of each source's documents are core/store/projections.ts. The same code serves
 * CloudBase and the host, and tests recount it by brute force.
 */
import { addDays } from './time';

/** The collections whose records feed the statistics, each stamped `_ts` on every write. */
export const ROLLUP_SOURCES = [
  'consultation_records',
  'bookings',
  'visits',
  'service_requests',
  'assignments',
  'trainings',
  'ratings',
  'request_ratings',
  'survey_responses',
] as const;
export type RollupSource = (typeof ROLLUP_SOURCES)[number];

/** The field every write to a source stamps (the rollup job's cursor reads it by index). */
export const CHANGE_STAMP = '_ts';

/** One part of a record's weight in the figures. */
export interface Contribution {
  scope: string;
  /** Shanghai date "YYYY-MM-DD" the record counts on. */
  day: string;
  key: string;
  n: number;
}

/**
 * The projections' version: raise it whenever `project` (core/store/projections.ts) changes what
 * it counts, and the job replays every record once (a record's fact says what it already added,
 * so the replay moves the buckets by the difference only).
 */
export const PROJECTION_VERSION = 3;

/** A station's figures. */
export const stationScope = (stationId: string) => `st:${stationId}`;
/**
 * What a station's companies ask about (§6.1.3 d): words of the questions, topics wanted, needs
 * found on visits, who asked. Buckets of their own, so the figures' views never read words.
 */
export const insightScope = (stationId: string) => `kw:${stationId}`;
/** One person's own figures (a liaison's consultations, visits, requests handled). */
export const personScope = (userId: string) => `u:${userId}`;

/**
 * A value inside a counter key. Keys become dotted store paths (`c.<key>`), whose alphabet is
 * [A-Za-z0-9_]: every other character (and `_` itself) is written as `_` + 4 hex digits, so a
 * key decodes back to the id it names.
 */
export function keyPart(value: string): string {
  return value.replace(/[^A-Za-z0-9]/g, (ch) => `_${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
export function fromKeyPart(part: string): string {
  return part.replace(/_([0-9a-f]{4})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Counter keys: a fixed name, or a prefix and a value (`consult_ch_phone`). */
export const K = {
  consult: 'consult',
  consultChannel: 'consult_ch_',
  consultCategory: 'consult_cat_',
  consultBy: 'consult_by_',
  consultMinutes: 'consult_min',
  bookings: 'booking',
  bookingDone: 'booking_done',
  bookingNoShow: 'booking_noshow',
  bookingCancelled: 'booking_cancelled',
  visits: 'visit',
  visitForm: 'visit_form_',
  /** One per company visited in the bucket: how many distinct keys = companies covered. */
  visitCompany: 'vc_',
  visitTopic: 'visit_topic_',
  requests: 'req',
  requestStatus: 'req_st_',
  requestCategory: 'req_cat_',
  requestResponded: 'req_resp_n',
  /** Hours from creation to acceptance, summed (mean = sum / n). */
  requestRespondHours: 'req_resp_h',
  requestRespondedIn2Days: 'req_resp_2d',
  requestClosed: 'req_closed_n',
  requestCloseHours: 'req_close_h',
  assignments: 'asg',
  assignmentAnswered: 'asg_answered',
  assignmentOnTime: 'asg_ontime',
  assignmentDeclined: 'asg_declined',
  assignmentReported: 'asg_reported',
  trainings: 'trn',
  trainingSignups: 'trn_signup',
  trainingWaitlist: 'trn_wait',
  trainingCheckins: 'trn_checkin',
  trainingWalkIns: 'trn_walkin',
  /** Ratings by service kind: `rate_<kind>_s<stars>`, `rate_<kind>_low`, `rate_<kind>_sum`, `rate_<kind>_n`. */
  rate: 'rate_',
  // In a station's insight scope:
  /** A word of a consultation's question (core/rules/keywords.ts), once per consultation. */
  keyword: 'kw_',
  /** Consultations per company. */
  askedBy: 'co_',
  /** A topic wanted next in a training questionnaire. */
  wantedTopic: 'topic_',
  /** A need found on a visit (a request raised from it), by category. */
  visitNeed: 'need_',
} as const;

export const SERVICE_KINDS = ['consult', 'request', 'training'] as const;
export type ServiceKind = (typeof SERVICE_KINDS)[number];
export const SERVICE_KIND_LABELS: Record<ServiceKind, string> = {
  consult: '咨询',
  request: '服务需求',
  training: '培训',
};

/** "Answered in time" for requests: accepted within 48 hours of being raised. */
export const REQUEST_ANSWER_HOURS = 48;

/** A record's contributions folded to `scope|day|key` → amount (what the job stores as its fact). */
export function foldContributions(list: Contribution[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const c of list) {
    const k = `${c.scope}|${c.day}|${c.key}`;
    m.set(k, (m.get(k) ?? 0) + c.n);
  }
  return m;
}

/** How the buckets must move when a record's projection goes from `before` to `after`. */
export function contributionDelta(before: Map<string, number>, after: Map<string, number>): Contribution[] {
  const out: Contribution[] = [];
  const keys = new Set([...before.keys(), ...after.keys()]);
  for (const k of keys) {
    const n = (after.get(k) ?? 0) - (before.get(k) ?? 0);
    if (n === 0) continue;
    const [scope, day, key] = k.split('|') as [string, string, string];
    out.push({ scope, day, key, n });
  }
  return out;
}

/* ---------- periods ---------- */

export const PERIOD_KIND = ['month', 'quarter', 'year', 'custom'] as const;
export type PeriodKind = (typeof PERIOD_KIND)[number];
export const PERIOD_KIND_LABELS: Record<PeriodKind, string> = {
  month: '月',
  quarter: '季度',
  year: '年',
  custom: '自定义',
};
/** A custom range spans at most this many days (a year and a leap day). */
export const MAX_RANGE_DAYS = 366;

/** Inclusive Shanghai dates. */
export interface DateRange {
  from: string;
  to: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const ym = (y: number, m: number) => `${y}-${pad(m)}`;
function lastDayOf(y: number, m: number): string {
  const next = m === 12 ? `${y + 1}-01-01` : `${ym(y, m + 1)}-01`;
  return addDays(next, -1);
}
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The range of a period of `kind` containing `anchor` (custom: `anchor`..`to`). */
export function periodRange(kind: PeriodKind, anchor: string, to?: string): DateRange {
  const y = Number(anchor.slice(0, 4));
  const m = Number(anchor.slice(5, 7));
  switch (kind) {
    case 'month':
      return { from: `${ym(y, m)}-01`, to: lastDayOf(y, m) };
    case 'quarter': {
      const first = Math.floor((m - 1) / 3) * 3 + 1;
      return { from: `${ym(y, first)}-01`, to: lastDayOf(y, first + 2) };
    }
    case 'year':
      return { from: `${y}-01-01`, to: `${y}-12-31` };
    case 'custom':
      return { from: anchor, to: to ?? anchor };
  }
}

/** The period just before (same kind; custom: as many days, ending the day before). */
export function previousRange(kind: PeriodKind, range: DateRange): DateRange {
  if (kind === 'custom') {
    const len = daysBetween(range.from, range.to);
    const to = addDays(range.from, -1);
    return { from: addDays(to, -len), to };
  }
  return periodRange(kind, addDays(range.from, -1));
}

/** The same period a year earlier (29 February falls back to the 28th). */
export function lastYearRange(range: DateRange): DateRange {
  const back = (d: string) => {
    const s = `${Number(d.slice(0, 4)) - 1}${d.slice(4)}`;
    return s.endsWith('-02-29') ? s.replace(/-29$/, '-28') : s;
  };
  return { from: back(range.from), to: back(range.to) };
}

/** "2026年11月", "2026年第4季度", "2026年", "2026-11-03 至 2026-11-20". */
export function periodLabel(kind: PeriodKind, range: DateRange): string {
  const y = range.from.slice(0, 4);
  switch (kind) {
    case 'month':
      return `${y}年${Number(range.from.slice(5, 7))}月`;
    case 'quarter':
      return `${y}年第${Math.floor((Number(range.from.slice(5, 7)) - 1) / 3) + 1}季度`;
    case 'year':
      return `${y}年`;
    case 'custom':
      return `${range.from} 至 ${range.to}`;
  }
}

/**
 * The buckets that sum to a range: whole months from month buckets, the partial months at
 * either end from day buckets. Bounded: at most 13 month reads and ~60 day reads for any range.
 */
export function bucketPlan(range: DateRange): { months: string[]; days: string[] } {
  const months: string[] = [];
  const days: string[] = [];
  let d = range.from;
  while (d <= range.to) {
    const y = Number(d.slice(0, 4));
    const m = Number(d.slice(5, 7));
    const monthEnd = lastDayOf(y, m);
    if (d.endsWith('-01') && monthEnd <= range.to) {
      months.push(ym(y, m));
      d = addDays(monthEnd, 1);
    } else {
      days.push(d);
      d = addDays(d, 1);
    }
  }
  return { months, days };
}

/** The trend's points: days for ranges up to ~2 months, months beyond. */
export function trendPoints(range: DateRange): { grain: 'd' | 'm'; points: string[] } {
  if (daysBetween(range.from, range.to) <= 62) {
    const points: string[] = [];
    for (let d = range.from; d <= range.to; d = addDays(d, 1)) points.push(d);
    return { grain: 'd', points };
  }
  const points: string[] = [];
  for (let d = range.from; d <= range.to;) {
    const y = Number(d.slice(0, 4));
    const m = Number(d.slice(5, 7));
    points.push(ym(y, m));
    d = addDays(lastDayOf(y, m), 1);
  }
  return { grain: 'm', points };
}

/** A bucket's id: `<scope>:<grain>:<period>`. */
export const bucketId = (scope: string, grain: 'd' | 'm', period: string) => `${scope}:${grain}:${period}`;

/** Counter maps summed (keys absent count 0). */
export function sumCounters(maps: Array<Record<string, number>>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const m of maps) for (const [k, n] of Object.entries(m)) out[k] = (out[k] ?? 0) + n;
  return out;
}

/** The values behind a prefix (`consult_ch_phone` → phone: n), zeros dropped. */
export function byPrefix(c: Record<string, number>, prefix: string): Array<[string, number]> {
  return Object.entries(c)
    .filter(([k, n]) => k.startsWith(prefix) && n !== 0)
    .map(([k, n]): [string, number] => [fromKeyPart(k.slice(prefix.length)), n])
    .sort((a, b) => b[1] - a[1]);
}
