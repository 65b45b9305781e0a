/**
 * Sends the reminders that are due, each exactly once however many job runs overlap:
 * for every `booked` booking starting within the next 24 hours (bookings index status+start,
 * read in pages), the due reminder's lock document `reminders_sent/<bookingId>:<start>:<kind>`
 * is inserted FIRST; only the run whose insert succeeds notifies. A CONFLICT means another run
 * (or an earlier one) already sent it. If a run dies between the insert and the notices, that
 * reminder is lost rather than sent twice.
 */
import { isAppError } from '../../core/errors';
import { dueReminder, reminderId, REMINDER_WINDOW_MS } from '../../core/rules/reminders';
import type { BookingDoc, ReminderSentDoc } from '../../core/store/docs';
import { MAX_LIMIT } from '../../core/store/query';
import type { HandlerContext } from '../_shared/runtime';
import { reminderNotices } from './notices';

/** Bookings reminded at once (each is a few single-document writes). */
const PARALLEL = 10;

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
  try {
    await ctx.store.insert<ReminderSentDoc>('reminders_sent', lock);
  } catch (e) {
    if (isAppError(e) && e.code === 'CONFLICT') return false; // already sent
    throw e;
  }
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
  let checked = 0;
  let sent = 0;
  for (let skip = 0; ; skip += pageSize) {
    const page = await ctx.store.find<BookingDoc>('bookings', {
      where,
      orderBy: [
        ['start', 'asc'],
        ['_id', 'asc'],
      ],
      skip,
      limit: pageSize,
    });
    for (let i = 0; i < page.length; i += PARALLEL) {
      const done = await Promise.all(page.slice(i, i + PARALLEL).map((b) => remind(ctx, b, now)));
      sent += done.filter(Boolean).length;
    }
    checked += page.length;
    if (page.length < pageSize) break;
  }
  if (sent > 0) ctx.log.info('reminders sent', { sent, checked });
  return { checked, sent };
}
