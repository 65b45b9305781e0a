/**
 * Time in Asia/Shanghai. Stored times are epoch milliseconds (UTC); days, weekdays and wall
 * clock times are Shanghai's, whatever the time zone of the server or the phone.
 *
 * China Standard Time is UTC+8 with no daylight saving since 1991, so the offset is fixed and
 * applied with dayjs's utc plugin alone. The timezone plugin needs Intl time-zone data that
 * WeChat's JS engines do not reliably have; tests/core/time.test.ts checks the two agree.
 */
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import 'dayjs/locale/zh-cn';

dayjs.extend(utc);

export const SHANGHAI_OFFSET_MINUTES = 8 * 60;
const OFFSET_MS = SHANGHAI_OFFSET_MINUTES * 60_000;
export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;

export const isDate = (s: string) => DATE.test(s) && dayjs.utc(s).format('YYYY-MM-DD') === s;
export const isClock = (s: string) => CLOCK.test(s);

/** Minutes since midnight of an "HH:mm" wall-clock time. */
export function clockMinutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return h! * 60 + m!;
}

/** The instant of a Shanghai wall-clock time: `shanghaiInstant('2026-11-23', '09:00')` is 01:00 UTC. */
export function shanghaiInstant(date: string, hhmm = '00:00'): number {
  return dayjs.utc(`${date}T${hhmm}:00Z`).valueOf() - OFFSET_MS;
}

/** dayjs's own format tokenizer (dayjs/esm/constant.js REGEX_FORMAT): a format splits the same way here. */
const FORMAT_TOKENS = /\[([^\]]+)]|YYYY|YY|M{1,4}|D{1,2}|d{1,4}|H{1,2}|h{1,2}|a|A|m{1,2}|s{1,2}|Z{1,2}|SSS/;
const pad2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);
/** The numeric tokens, read off a Date whose UTC fields are Shanghai's wall clock. */
const NUMERIC_TOKENS = new Map<string, (d: Date) => string>([
  ['YYYY', (d) => `${d.getUTCFullYear()}`.padStart(4, '0')],
  ['MM', (d) => pad2(d.getUTCMonth() + 1)],
  ['M', (d) => `${d.getUTCMonth() + 1}`],
  ['DD', (d) => pad2(d.getUTCDate())],
  ['D', (d) => `${d.getUTCDate()}`],
  ['HH', (d) => pad2(d.getUTCHours())],
  ['mm', (d) => pad2(d.getUTCMinutes())],
]);
type FormatPart = string | ((d: Date) => string);
/** Each format compiled once into literal text and numeric tokens; null: it has a named token. */
const compiledFormats = new Map<string, FormatPart[] | null>();

function compileFormat(format: string): FormatPart[] | null {
  const parts: FormatPart[] = [];
  let last = 0;
  // exec, not matchAll: this module runs in WeChat's JS engines too.
  const tokens = new RegExp(FORMAT_TOKENS.source, 'g');
  for (let m = tokens.exec(format); m; m = tokens.exec(format)) {
    const token = NUMERIC_TOKENS.get(m[0]);
    if (!token) return null;
    if (m.index > last) parts.push(format.slice(last, m.index));
    parts.push(token);
    last = m.index + m[0].length;
  }
  if (last < format.length) parts.push(format.slice(last));
  return parts;
}

/**
 * Formats an instant as Shanghai wall-clock time (dayjs format tokens; zh-cn names). Formats of
 * numbers only (every list row's date and time) are filled in from a Date directly: dayjs took
 * ~2.4 µs a call, ~8% of the host's CPU on a ledger page of 20 rows; this takes ~0.2 µs.
 * A format with a named token (dddd, MMM) goes to dayjs, and tests/core/time.test.ts checks
 * that both give the same text for every format the product uses.
 */
export function formatShanghai(ms: number, format = 'YYYY-MM-DD HH:mm'): string {
  let parts = compiledFormats.get(format);
  if (parts === undefined) compiledFormats.set(format, (parts = compileFormat(format)));
  // A missing or broken instant reads as dayjs shows it (Invalid Date), not as NaN-NaN-NaN.
  if (parts === null || !Number.isFinite(ms)) return formatShanghaiWithDayjs(ms, format);
  const wall = new Date(ms + OFFSET_MS);
  let text = '';
  for (const part of parts) text += typeof part === 'string' ? part : part(wall);
  return text;
}

/** dayjs's formatting of the same instant: named tokens, and the reference the fast path is tested against. */
export function formatShanghaiWithDayjs(ms: number, format: string): string {
  return dayjs
    .utc(ms + OFFSET_MS)
    .locale('zh-cn')
    .format(format);
}

/** The Shanghai calendar date ("YYYY-MM-DD") of an instant. */
export const shanghaiDate = (ms: number) => formatShanghai(ms, 'YYYY-MM-DD');

/** ISO weekday of a date: Monday 1 … Sunday 7. */
export function isoWeekday(date: string): number {
  const d = dayjs.utc(date).day();
  return d === 0 ? 7 : d;
}

export function addDays(date: string, days: number): string {
  return dayjs.utc(date).add(days, 'day').format('YYYY-MM-DD');
}

export const WEEKDAY_LABELS = ['', '周一', '周二', '周三', '周四', '周五', '周六', '周日'] as const;
