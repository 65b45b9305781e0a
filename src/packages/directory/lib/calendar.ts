/**
 * The work calendar as the admin edits it: two sorted lists of Shanghai dates, public holidays
 * and 调休 working days, a date in at most one of them. Pure: the page keeps the lists, these say
 * what adding or removing does and why a date cannot be added.
 */
export type CalendarKind = 'holidays' | 'workdays';

export interface CalendarDraft {
  holidays: string[];
  workdays: string[];
}

export const KIND_LABEL: Record<CalendarKind, string> = { holidays: '法定节假日', workdays: '调休工作日' };

/** Why `date` cannot be added as `kind`, or null. */
export function addProblem(d: CalendarDraft, kind: CalendarKind, date: string): string | null {
  if (!date) return '请先选择日期';
  if (d[kind].includes(date)) return `${date} 已在${KIND_LABEL[kind]}中`;
  const other: CalendarKind = kind === 'holidays' ? 'workdays' : 'holidays';
  if (d[other].includes(date)) return `${date} 已设为${KIND_LABEL[other]}，请先移除`;
  return null;
}

export function withDate(d: CalendarDraft, kind: CalendarKind, date: string): CalendarDraft {
  return { ...d, [kind]: [...d[kind], date].sort() };
}

export function withoutDate(d: CalendarDraft, kind: CalendarKind, date: string): CalendarDraft {
  return { ...d, [kind]: d[kind].filter((x) => x !== date) };
}
