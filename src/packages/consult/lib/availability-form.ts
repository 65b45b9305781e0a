/**
 * The availability editor's rows (a weekly pattern and date exceptions) as the form holds them,
 * to and from the contract, with the checks worth making before asking the server. Error keys
 * are the server's field paths ("rules.0.end"), so either side's messages land on the same row.
 */
import type { Availability, InputOf } from '@core/contract';
import type { Channel } from './labels';

export type SaveAvailabilityInput = InputOf<'consult', 'saveAvailability'>;

export interface RuleDraft {
  uid: number;
  weekdays: number[];
  start: string;
  end: string;
  slotMinutes: number;
  channel: Channel;
  location: string;
}

export interface ExceptionDraft {
  uid: number;
  kind: 'off' | 'extra';
  date: string;
  note: string;
  /** Used when kind is 'extra' (kept while switching, so nothing typed is lost). */
  start: string;
  end: string;
  slotMinutes: number;
  channel: Channel;
  location: string;
}

export const SLOT_LENGTHS = [15, 20, 30, 45, 60];

export const EXCEPTION_KINDS = [
  { value: 'off' as const, label: '请假/休息' },
  { value: 'extra' as const, label: '加开时段' },
];

let nextUid = 1;
const uid = () => nextUid++;

export function newRule(): RuleDraft {
  return {
    uid: uid(),
    weekdays: [1, 2, 3, 4, 5],
    start: '09:00',
    end: '12:00',
    slotMinutes: 30,
    channel: 'onsite',
    location: '',
  };
}

export function newException(date: string): ExceptionDraft {
  return {
    uid: uid(),
    kind: 'off',
    date,
    note: '',
    start: '09:00',
    end: '12:00',
    slotMinutes: 30,
    channel: 'onsite',
    location: '',
  };
}

export function toDrafts(a: Pick<Availability, 'rules' | 'exceptions'>): {
  rules: RuleDraft[];
  exceptions: ExceptionDraft[];
} {
  return {
    rules: a.rules.map((r) => ({
      uid: uid(),
      weekdays: [...r.weekdays].sort((x, y) => x - y),
      start: r.start,
      end: r.end,
      slotMinutes: r.slotMinutes,
      channel: r.channel,
      location: r.location ?? '',
    })),
    exceptions: a.exceptions.map((e) =>
      e.kind === 'off'
        ? { ...newException(e.date), note: e.note ?? '' }
        : {
            uid: uid(),
            kind: 'extra',
            date: e.date,
            note: e.note ?? '',
            start: e.start,
            end: e.end,
            slotMinutes: e.slotMinutes,
            channel: e.channel,
            location: e.location ?? '',
          },
    ),
  };
}

const optional = (key: string, value: string) => (value.trim() ? { [key]: value.trim() } : {});

export function toInput(
  stationId: string,
  consultantId: string,
  rules: RuleDraft[],
  exceptions: ExceptionDraft[],
): SaveAvailabilityInput {
  return {
    stationId,
    consultantId,
    rules: rules.map((r) => ({
      weekdays: [...r.weekdays].sort((x, y) => x - y),
      start: r.start,
      end: r.end,
      slotMinutes: r.slotMinutes,
      channel: r.channel,
      ...optional('location', r.location),
    })),
    exceptions: exceptions.map((e) =>
      e.kind === 'off'
        ? { kind: 'off' as const, date: e.date, ...optional('note', e.note) }
        : {
            kind: 'extra' as const,
            date: e.date,
            start: e.start,
            end: e.end,
            slotMinutes: e.slotMinutes,
            channel: e.channel,
            ...optional('location', e.location),
            ...optional('note', e.note),
          },
    ),
  };
}

/** What is plainly wrong before sending, keyed like the server's field errors. */
export function checkDrafts(rules: RuleDraft[], exceptions: ExceptionDraft[]): Record<string, string> {
  const errors: Record<string, string> = {};
  rules.forEach((r, i) => {
    if (r.weekdays.length === 0) errors[`rules.${i}.weekdays`] = '请至少选择一天';
    if (r.start >= r.end) errors[`rules.${i}.end`] = '结束时间须晚于开始时间';
  });
  exceptions.forEach((e, i) => {
    if (!e.date) errors[`exceptions.${i}.date`] = '请选择日期';
    if (e.kind === 'extra' && e.start >= e.end) errors[`exceptions.${i}.end`] = '结束时间须晚于开始时间';
  });
  return errors;
}

/** The first message for a field path or anything below it ("rules.0.weekdays.3"). */
export function errorAt(errors: Record<string, string>, path: string): string | undefined {
  if (errors[path]) return errors[path];
  const key = Object.keys(errors).find((k) => k.startsWith(`${path}.`));
  return key ? errors[key] : undefined;
}

/** Errors without those at or below `path` (the user is changing that row). */
export function withoutErrors(errors: Record<string, string>, path: string): Record<string, string> {
  const keys = Object.keys(errors).filter((k) => k === path || k.startsWith(`${path}.`));
  if (keys.length === 0) return errors;
  const next = { ...errors };
  for (const k of keys) delete next[k];
  return next;
}

/** Messages no row shows (about the lists themselves, or rows that no longer exist). */
export function unplacedErrors(errors: Record<string, string>, ruleCount: number, exceptionCount: number): string[] {
  return Object.entries(errors)
    .filter(([k]) => {
      const m = /^(rules|exceptions)\.(\d+)(\.|$)/.exec(k);
      if (!m) return true;
      return Number(m[2]) >= (m[1] === 'rules' ? ruleCount : exceptionCount);
    })
    .map(([, v]) => v);
}

/** Messages of row `path` that none of its `fields` shows (e.g. "rules.0" itself). */
export function rowErrors(errors: Record<string, string>, path: string, fields: string[]): string[] {
  return Object.entries(errors)
    .filter(([k]) => (k === path || k.startsWith(`${path}.`)) && !fields.some((f) => errorKeyUnder(k, `${path}.${f}`)))
    .map(([, v]) => v);
}

const errorKeyUnder = (key: string, path: string) => key === path || key.startsWith(`${path}.`);
