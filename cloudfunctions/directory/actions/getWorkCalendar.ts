/** The work calendar as saved (or `set: false`): the admin edits it, the station reads when answers fall due. */
import type { WorkCalendarDoc } from '../../../core/store/docs';
import { handler } from '../../_shared/runtime';
import { WORK_CALENDAR_ID } from '../../_shared/work-calendar';
import { workCalendarView } from './setWorkCalendar';

export default handler('directory', 'getWorkCalendar', async (ctx) =>
  workCalendarView(await ctx.store.get<WorkCalendarDoc>('work_calendars', WORK_CALENDAR_ID)),
);
