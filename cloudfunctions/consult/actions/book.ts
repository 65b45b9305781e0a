/**
 * Company staff book a consultant's slot. Everything that can be judged from the request is
 * checked first (nothing written); then one transaction counts the company's open bookings,
 * takes the slot's hold (the database refuses a second one) and inserts the booking.
 * A retry with the same clientRequestId (a double tap, a resend after a lost answer or a crash)
 * gets the first booking back: the booking's id is drawn from the request key, so wherever the
 * replay is refused — the slot or the quota taken by its own first attempt, or a window that has
 * moved on since — it finds its own booking and answers with it. So the action keeps no request
 * log (replaySafeHandler): on CloudBase that saves two of its round trips.
 */
import { AppError, isAppError } from '../../../core/errors';
import type { Caller, Store } from '../../../core/ports';
import type { ParsedInputOf } from '../../../core/contract';
import type { BookingDoc, CompanyDoc } from '../../../core/store/docs';
import { claimAttachments } from '../../_shared/attachments';
import { firstAttempt, mustGet } from '../../_shared/records';
import { replaySafeHandler, type HandlerContext } from '../../_shared/runtime';
import { recordBooking } from '../../_shared/bookings';
import { bookedNotice } from '../notices';
import { judgeSlot, readSlotFacts } from '../slot-check';
import { together } from '../../_shared/together';
import { bookingRulesOf } from '../station';
import { openStation } from '../../_shared/stations';
import { bookingView } from '../views';

type BookInput = ParsedInputOf<'consult', 'book'>;

/** The company the caller acts for, if the station has confirmed it. */
async function confirmedCompany(store: Store, caller: Caller): Promise<CompanyDoc> {
  const companyId = caller.acting?.companyId;
  if (!companyId) throw new AppError('FORBIDDEN', '请在"我的"页面切换到企业身份后再预约');
  const company = await mustGet<CompanyDoc>(store, 'companies', companyId);
  if (company.status === 'pending') {
    throw new AppError('FORBIDDEN', '贵企业尚待工作站确认，确认后即可预约咨询');
  }
  if (company.status !== 'confirmed') {
    throw new AppError('FORBIDDEN', '贵企业登记未通过工作站确认，暂不能预约咨询，请联系工作站');
  }
  return company;
}

export default replaySafeHandler('consult', 'book', async (ctx, input) => {
  const caller = ctx.requireCaller();
  const bookingId = ctx.ids.id();
  try {
    return await book(ctx, caller, input, bookingId);
  } catch (e) {
    // Only a refusal can be a replay's; one read, and only when the booking was refused.
    if (!isAppError(e)) throw e;
    const first = await firstAttempt<BookingDoc>(ctx.store, 'bookings', bookingId, caller.userId, 'bookedBy');
    if (first) return bookingView(first);
    throw e;
  }
});

async function book(ctx: HandlerContext, caller: Caller, input: BookInput, bookingId: string) {
  // Every read the checks need at once (one round trip on CloudBase instead of four), judged in order.
  const [company, station, facts] = await together([
    confirmedCompany(ctx.store, caller),
    openStation(ctx.store, input.stationId),
    readSlotFacts(ctx.store, input.stationId, input.consultantId),
  ]);
  const rules = bookingRulesOf(station);
  const now = ctx.clock.now();
  const { availability, slot } = judgeSlot(facts, {
    slotStart: input.slotStart,
    now,
    rules,
    slotLabel: '预约时段',
  });
  // Only the booker's own uploads, checked before anything is written.
  const attachments = await claimAttachments(ctx, input.attachments);
  const booking: BookingDoc = {
    _id: bookingId,
    stationId: station._id,
    stationName: station.name,
    companyId: company._id,
    companyName: company.name,
    bookedBy: caller.userId,
    bookedByName: caller.displayName,
    consultantId: input.consultantId,
    consultantName: availability.consultantName,
    start: slot.start,
    end: slot.end,
    channel: slot.channel,
    ...(slot.location ? { location: slot.location } : {}),
    topic: input.topic,
    question: input.question,
    attachments,
    status: 'booked',
    history: [{ at: now, by: caller.userId, byName: caller.displayName, event: 'booked' }],
    createdAt: now,
  };
  await recordBooking(ctx.store, booking, rules.maxOpenPerCompany);
  await Promise.all([
    ctx.audit('book', booking._id, { stationId: station._id, consultantId: booking.consultantId, start: slot.start }),
    ctx.notifyAll([bookedNotice(booking)]),
  ]);
  return bookingView(booking);
}
