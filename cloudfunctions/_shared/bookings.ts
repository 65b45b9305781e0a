/**
 * The booking writes: bookings, the slot holds that lock their slots, and each company's count
 * of open bookings per station — always changed together, in ONE store transaction each, so
 * either every document moves or none does. Shared because a consultation is closed from two
 * areas: consult (no-show) and archive (its record written in the same transaction).
 *
 * Who gets a slot is settled by the database: the hold's id is `<consultantId>:<slotStart>`,
 * and both CloudBase and SQLite refuse a second document with the same id. Nothing read
 * outside the transaction decides a winner.
 */
import { AppError, isAppError } from '../../core/errors';
import type { Target } from '../../core/policy';
import type { Store, TxStore } from '../../core/ports';
import type { Patch } from '../../core/store/query';
import type { Slot } from '../../core/rules/slots';
import type { BookingDoc, BookingHistoryEntry, BookingQuotaDoc, SlotHoldDoc } from '../../core/store/docs';

/** A booking belongs to its company, its station and (assigned) its consultant. */
export const bookingTarget = (b: BookingDoc): Target => ({
  companyId: b.companyId,
  stationId: b.stationId,
  assigneeId: b.consultantId,
});

export const holdId = (consultantId: string, start: number) => `${consultantId}:${start}`;
export const quotaId = (companyId: string, stationId: string) => `${companyId}:${stationId}`;

export const SLOT_TAKEN = '该时段刚刚被预约，请选择其他时段';
/** The archive record of a booking: one per booking, so the database refuses a second. */
export const bookingRecordId = (bookingId: string) => `booking:${bookingId}`;

/** The company's open bookings at the station; refused when it already holds the maximum. */
async function checkQuota(tx: TxStore, booking: BookingDoc, maxOpen: number): Promise<BookingQuotaDoc | null> {
  const quota = await tx.get<BookingQuotaDoc>('booking_quota', quotaId(booking.companyId, booking.stationId));
  const open = quota?.open ?? 0;
  if (open >= maxOpen) {
    throw new AppError('CONFLICT', `贵企业在本站已有 ${open} 个未完成的预约，请先完成或取消`);
  }
  return quota;
}

/** One more open booking: the company's first one at the station creates the count. */
async function countQuota(tx: TxStore, quota: BookingQuotaDoc | null, booking: BookingDoc): Promise<void> {
  const id = quotaId(booking.companyId, booking.stationId);
  if (quota) {
    await tx.updateById('booking_quota', id, { inc: { open: 1 } });
    return;
  }
  const doc: BookingQuotaDoc = { _id: id, open: 1, companyId: booking.companyId, stationId: booking.stationId };
  try {
    await tx.insert('booking_quota', doc);
  } catch (e) {
    // Two first bookings of one company at one station at once (CloudBase; SQLite serialises).
    if (isAppError(e) && e.code === 'CONFLICT') throw new AppError('CONFLICT', '预约提交冲突，请重试');
    throw e;
  }
}

/** One fewer open booking; never below zero, so a count that drifted cannot block a company for good. */
async function returnQuota(tx: TxStore, booking: BookingDoc): Promise<void> {
  const id = quotaId(booking.companyId, booking.stationId);
  const quota = await tx.get<BookingQuotaDoc>('booking_quota', id);
  if (quota && quota.open > 0) await tx.updateById('booking_quota', id, { inc: { open: -1 } });
}

async function holdSlot(tx: TxStore, consultantId: string, start: number, bookingId: string): Promise<void> {
  const hold: SlotHoldDoc = { _id: holdId(consultantId, start), consultantId, start, bookingId };
  try {
    await tx.insert('slot_holds', hold);
  } catch (e) {
    if (isAppError(e) && e.code === 'CONFLICT') throw new AppError('CONFLICT', SLOT_TAKEN);
    throw e;
  }
}

/** Frees the booking's slot; a hold another booking owns is left alone. */
async function releaseHold(tx: TxStore, booking: BookingDoc): Promise<void> {
  const id = holdId(booking.consultantId, booking.start);
  const hold = await tx.get<SlotHoldDoc>('slot_holds', id);
  if (hold?.bookingId === booking._id) await tx.removeById('slot_holds', id);
}

/** The booking as it is now, inside the transaction, still open. */
async function openBooking(tx: TxStore, bookingId: string, change: string): Promise<BookingDoc> {
  const booking = await tx.get<BookingDoc>('bookings', bookingId);
  if (!booking) throw new AppError('NOT_FOUND', '预约不存在或已被删除，请刷新后重试');
  if (booking.status !== 'booked') throw new AppError('CONFLICT', `该预约已取消或已结束，不能${change}，请刷新查看`);
  return booking;
}

/** A new booking: refused past the company's open limit or when the slot is taken. */
export function recordBooking(store: Store, booking: BookingDoc, maxOpen: number): Promise<void> {
  return store.transaction(async (tx) => {
    const quota = await checkQuota(tx, booking, maxOpen);
    await holdSlot(tx, booking.consultantId, booking.start, booking._id);
    await tx.insert('bookings', booking);
    await countQuota(tx, quota, booking);
  });
}

/**
 * Cancels an open booking and frees its slot. `check` runs on the booking as read inside the
 * transaction (permission and cutoff are judged on what is current, not on an earlier read).
 */
export function cancelBooking(
  store: Store,
  bookingId: string,
  check: (current: BookingDoc) => void,
  entry: BookingHistoryEntry,
): Promise<BookingDoc> {
  return store.transaction(async (tx) => {
    const current = await openBooking(tx, bookingId, '取消');
    check(current);
    const set: Partial<BookingDoc> = { status: 'cancelled', history: [...current.history, entry] };
    if (entry.note) set.cancelReason = entry.note;
    await tx.updateById('bookings', bookingId, { set });
    await releaseHold(tx, current);
    await returnQuota(tx, current);
    return { ...current, ...set };
  });
}

export interface NewPlace {
  consultantId: string;
  consultantName: string;
  slot: Slot;
}

/**
 * Moves an open booking to another slot: the new hold is taken first, so when it is taken
 * already the transaction fails before anything changed and the old slot stays held.
 */
export function moveBooking(
  store: Store,
  bookingId: string,
  check: (current: BookingDoc) => void,
  to: NewPlace,
  entry: (current: BookingDoc) => BookingHistoryEntry,
): Promise<{ before: BookingDoc; after: BookingDoc }> {
  return store.transaction(async (tx) => {
    const current = await openBooking(tx, bookingId, '改期');
    check(current);
    await holdSlot(tx, to.consultantId, to.slot.start, bookingId);
    await releaseHold(tx, current);
    const set = {
      consultantId: to.consultantId,
      consultantName: to.consultantName,
      start: to.slot.start,
      end: to.slot.end,
      channel: to.slot.channel,
      history: [...current.history, entry(current)],
    };
    const patch: Patch = { set };
    if (to.slot.location) patch.set = { ...set, location: to.slot.location };
    else if (current.location !== undefined) patch.unset = ['location'];
    await tx.updateById('bookings', bookingId, patch);
    const { location: _old, ...rest } = current;
    const after: BookingDoc = { ...rest, ...set, ...(to.slot.location ? { location: to.slot.location } : {}) };
    return { before: current, after };
  });
}

/** Why a booking that is no longer open cannot be closed, by its status. */
const CLOSED: Record<Exclude<BookingDoc['status'], 'booked'>, string> = {
  cancelled: '该预约已取消',
  done: '该预约已完成并写过咨询记录',
  no_show: '该预约已标记为未到场',
};

/**
 * Ends an open booking as `done` (the consultation happened; `within` writes its archive record
 * in the SAME transaction) or `no_show`. Either way the company's open count is given back, so a
 * company at its limit can book again; the slot's hold stays (the time was used, or is past).
 * `check` runs on the booking as read inside the transaction.
 */
export function closeBooking(
  store: Store,
  bookingId: string,
  outcome: 'done' | 'no_show',
  check: (current: BookingDoc) => void,
  entry: BookingHistoryEntry,
  within?: (tx: TxStore, current: BookingDoc) => Promise<void>,
): Promise<BookingDoc> {
  return store.transaction(async (tx) => {
    const current = await tx.get<BookingDoc>('bookings', bookingId);
    if (!current) throw new AppError('NOT_FOUND', '预约不存在或已被删除，请刷新后重试');
    if (current.status !== 'booked') throw new AppError('CONFLICT', `${CLOSED[current.status]}，请刷新查看`);
    check(current);
    if (within) await within(tx, current);
    const set: Partial<BookingDoc> = { status: outcome, history: [...current.history, entry] };
    await tx.updateById('bookings', bookingId, { set });
    await returnQuota(tx, current);
    return { ...current, ...set };
  });
}
