/**
 * Sends the reminders that are due, each exactly once however many job runs overlap
 * (send-once.ts): for every `booked` booking starting within the next 24 hours (bookings index
 * status+start, read in pages), the due reminder's lock `reminders_sent/<bookingId>:<start>:<kind>`.
 */
import { dueReminder, reminderId, REMINDER_WINDOW_MS } from '../../core/rules/reminders';
import type { BookingDoc, ReminderSentDoc } from '../../core/store/docs';
import { MAX_LIMIT } from '../../core/store/query';
import type { HandlerContext } from '../_shared/runtime';
import { reminderNotices } from './notices';
import { claim, eachPage, sendEach } from '../_shared/send-once';

async function remind(ctx: HandlerContext, b: BookingDoc, now: number): Promise<boolean> {
  const kind = dueReminder(b.start, now);
  if (!kind) return false;
  const lock: ReminderSentDoc = {
    _id: reminderId(b._id, b.start, kind),
    bookingId: b._id,
    kind,
    start: b.start,
    sentAt: now,
  };
  if (!(await claim(ctx.store, 'reminders_sent', lock))) return false; // already sent
  // Cancelled or moved since the page was read: nothing to remind of this slot.
  const current = await ctx.store.get<BookingDoc>('bookings', b._id);
  if (!current || current.status !== 'booked' || current.start !== b.start) return false;
  await ctx.notifyAll(reminderNotices(current, kind, now));
  return true;
}

export async function sendDueReminders(
  ctx: HandlerContext,
  pageSize = MAX_LIMIT,
): Promise<{ checked: number; sent: number }> {
  const now = ctx.clock.now();
  const where = { status: 'booked', start: { $gt: now, $lte: now + REMINDER_WINDOW_MS } };
  let sent = 0;
  const checked = await eachPage<BookingDoc>(
    ctx.store,
    'bookings',
    where,
    [
      ['start', 'asc'],
      ['_id', 'asc'],
    ],
    pageSize,
    async (page) => {
      sent += await sendEach(page, (b) => remind(ctx, b, now));
    },
  );
  if (sent > 0) ctx.log.info('reminders sent', { sent, checked });
  return { checked, sent };
}
