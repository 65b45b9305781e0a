/**
 * The admin's work calendar (work_calendars/'default'): the public holidays and 调休 working days
 * the two-day answer counts in (core/rules/sla.ts). Null until one is saved: the count is then in
 * calendar days. Read by the request function (when an assignment is due) and the overdue sweep.
 */
import type { Store } from '../../core/ports';
import type { WorkCalendar } from '../../core/rules/sla';
import type { WorkCalendarDoc } from '../../core/store/docs';

export const WORK_CALENDAR_ID = 'default';

export async function loadWorkCalendar(store: Store): Promise<WorkCalendar | null> {
  const doc = await store.get<WorkCalendarDoc>('work_calendars', WORK_CALENDAR_ID);
  return doc ? { holidays: doc.holidays, workdays: doc.workdays } : null;
}
