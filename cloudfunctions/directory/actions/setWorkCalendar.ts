/**
 * The admin saves the work calendar (工作日历): the public holidays and the 调休 weekend days
 * that are working days, which the two-day answer counts in from then on (core/rules/sla.ts).
 * The whole calendar is replaced: dates kept once each and sorted. A date cannot be both a
 * holiday and a working day — refused with the date named, and nothing written.
 */
import type { WorkCalendarView } from '../../../core/contract/directory';
import type { WorkCalendarDoc } from '../../../core/store/docs';
import { invalidField } from '../../_shared/errors';
import { handler } from '../../_shared/runtime';
import { WORK_CALENDAR_ID } from '../../_shared/work-calendar';

const tidy = (dates: string[]) => [...new Set(dates)].sort();

export function workCalendarView(doc: WorkCalendarDoc | null): WorkCalendarView {
  if (!doc) return { set: false, holidays: [], workdays: [] };
  return { set: true, holidays: doc.holidays, workdays: doc.workdays, updatedAt: doc.updatedAt };
}

export default handler('directory', 'setWorkCalendar', async (ctx, input) => {
  const caller = ctx.requireCaller();
  const holidays = tidy(input.holidays);
  const workdays = tidy(input.workdays);
  const both = workdays.filter((d) => holidays.includes(d));
  if (both.length) {
    throw invalidField('workdays', '调休工作日', `${both.join('、')} 已列为法定节假日，不能同时设为调休工作日`);
  }
  const doc: WorkCalendarDoc = {
    _id: WORK_CALENDAR_ID,
    holidays,
    workdays,
    updatedAt: ctx.clock.now(),
    updatedBy: caller.userId,
  };
  // One document, replaced whole: the last save wins, and it is always a complete calendar.
  await ctx.store.transaction(async (tx) => {
    const found = await tx.get<WorkCalendarDoc>('work_calendars', WORK_CALENDAR_ID);
    if (found) {
      await tx.updateById('work_calendars', WORK_CALENDAR_ID, {
        set: { holidays, workdays, updatedAt: doc.updatedAt, updatedBy: doc.updatedBy },
      });
    } else {
      await tx.insert('work_calendars', doc);
    }
  });
  await ctx.audit('set', WORK_CALENDAR_ID, { holidays: holidays.length, workdays: workdays.length });
  return workCalendarView(doc);
});
