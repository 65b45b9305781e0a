/**
 * 年度专项服务清单 on the page: the year a link names, the editor's drafts of the items and their
 * checks (the limits of core/rules/special-services.ts, keyed by the field paths the server's
 * INVALID_INPUT uses — "items.0.content" — so both land under the same field), the
 * saveSpecialServices items they become, and the lines about an item's deliveries. Pure: no Taro,
 * no services.
 */
import type { InputOf, SpecialService } from '@core/contract';
import { SPECIAL_FREQUENCY, type SpecialFrequency } from '@core/enums';
import {
  SPECIAL_CONTENT_MAX,
  SPECIAL_EXPECTED_MAX,
  SPECIAL_ITEMS_MAX,
  SPECIAL_LIST_DUE_MONTH,
  SPECIAL_NOTE_MAX,
  SPECIAL_TARGETS_MAX,
} from '@core/rules/special-services';
import { formatShanghai, isDate } from '@core/rules/time';
import { checkChoice, checkText, type FieldErrors } from './validate';

export { SPECIAL_CONTENT_MAX, SPECIAL_EXPECTED_MAX, SPECIAL_ITEMS_MAX, SPECIAL_NOTE_MAX, SPECIAL_TARGETS_MAX };

/** The contract's labels (core/contract/directory.ts specialServiceFields). */
export const SPECIAL_LABELS = {
  content: '服务内容',
  targets: '服务对象',
  frequency: '服务频次',
  expected: '预期成效',
} as const;

/** Each text of the contract is at least two characters. */
const TEXT_MIN = 2;
const YEAR_MIN = 2000;
const YEAR_MAX = 2100;

/** The Shanghai year of an instant. */
export const yearOf = (ms: number) => Number(formatShanghai(ms, 'YYYY'));

/** The year a link names, or null when it names none the contract takes. */
export function yearParam(value: string | undefined): number | null {
  const year = Number(value);
  return value && Number.isInteger(year) && year >= YEAR_MIN && year <= YEAR_MAX ? year : null;
}

/** Whether publishing `year`'s list now is after its first quarter (the server then marks it late). */
export function publishingLate(year: number, now: number): boolean {
  const thisYear = yearOf(now);
  return year < thisYear || (year === thisYear && Number(formatShanghai(now, 'M')) > SPECIAL_LIST_DUE_MONTH);
}

export interface SpecialDraft {
  /** The item's own id (kept: the server keeps its deliveries by it); absent for a new one. */
  id?: string;
  /** React's key: the id, or one made up for a new item. */
  key: string;
  content: string;
  targets: string;
  frequency: SpecialFrequency | '';
  expected: string;
  /** Deliveries recorded against it: such an item is not removed. */
  done: number;
}

export type SpecialTextField = 'content' | 'targets' | 'expected';

let newKeys = 0;

export const emptySpecialDraft = (): SpecialDraft => ({
  key: `new-${++newKeys}`,
  content: '',
  targets: '',
  frequency: '',
  expected: '',
  done: 0,
});

export function specialDraftOf(item: SpecialService): SpecialDraft {
  return {
    id: item.id,
    key: item.id,
    content: item.content,
    targets: item.targets,
    frequency: item.frequency,
    expected: item.expected,
    done: item.done,
  };
}

/** The path of one item's field, as the server names it in INVALID_INPUT. */
export const itemField = (index: number, field: keyof typeof SPECIAL_LABELS) => `items.${index}.${field}`;

/** The problems to show, under each item's fields (and over the list for its length). */
export function specialErrors(drafts: SpecialDraft[]): FieldErrors {
  const e: FieldErrors = {};
  if (drafts.length === 0) e.items = '请至少填写一项专项服务';
  else if (drafts.length > SPECIAL_ITEMS_MAX) e.items = `专项服务最多${SPECIAL_ITEMS_MAX}项`;
  drafts.forEach((d, i) => {
    const L = SPECIAL_LABELS;
    checkText(e, itemField(i, 'content'), L.content, d.content, { min: TEXT_MIN, max: SPECIAL_CONTENT_MAX });
    checkText(e, itemField(i, 'targets'), L.targets, d.targets, { min: TEXT_MIN, max: SPECIAL_TARGETS_MAX });
    checkChoice(e, itemField(i, 'frequency'), L.frequency, d.frequency);
    checkText(e, itemField(i, 'expected'), L.expected, d.expected, { min: TEXT_MIN, max: SPECIAL_EXPECTED_MAX });
  });
  return e;
}

type SaveItems = InputOf<'directory', 'saveSpecialServices'>['items'];

/** Call only once specialErrors found nothing: every frequency is then chosen. */
export function specialItemsOf(drafts: SpecialDraft[]): SaveItems {
  return drafts.map((d) => ({
    ...(d.id ? { id: d.id } : {}),
    content: d.content.trim(),
    targets: d.targets.trim(),
    frequency: d.frequency as SpecialFrequency,
    expected: d.expected.trim(),
  }));
}

/** "已开展 3 / 12 次", or "已开展 3 次" for a service on demand. */
export const doneLine = (item: Pick<SpecialService, 'done' | 'planned'>) =>
  item.planned === null ? `已开展 ${item.done} 次` : `已开展 ${item.done} / ${item.planned} 次`;

/** How far along the year's plan is, 0–100 (null: on demand, no plan to measure against). */
export const donePercent = (item: Pick<SpecialService, 'done' | 'planned'>) =>
  item.planned ? Math.min(100, Math.round((item.done / item.planned) * 100)) : null;

export const frequencyLabel = (f: SpecialFrequency) => SPECIAL_FREQUENCY.labels[f];

export interface ProgressDraft {
  /** The Shanghai date it was delivered on. */
  doneAt: string;
  note: string;
}

/** Why a delivery cannot be recorded as typed: the date within the list's year and not ahead of today. */
export function progressErrors(d: ProgressDraft, year: number, today: string): FieldErrors {
  const e: FieldErrors = {};
  if (!isDate(d.doneAt)) e.doneAt = '开展时间：请选择日期';
  else if (d.doneAt > today) e.doneAt = '开展时间：不能晚于今天';
  else if (!d.doneAt.startsWith(`${year}-`)) e.doneAt = `开展时间：请选择${year}年内的日期`;
  checkText(e, 'note', '开展情况', d.note, { min: TEXT_MIN, max: SPECIAL_NOTE_MAX });
  return e;
}
