import { handler } from '../../_shared/runtime';
import { sendDueReminders } from '../reminders';

/** The timer's job (policy: the 'system' caller only). */
export default handler('jobs', 'sendReminders', async (ctx) => {
  ctx.requireCaller();
  return sendDueReminders(ctx);
});
