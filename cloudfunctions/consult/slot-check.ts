/**
 * Whether a company may have a slot: offered by the consultant's pattern at the station and
 * inside the station's booking window. Answers INVALID_INPUT naming the field otherwise, before
 * anything is written. Whether the slot is still free is NOT decided here: the slot hold's
 * deterministic id decides that inside the booking transaction (see _shared/bookings.ts).
 */
import type { Store } from '../../core/ports';
import { bookableWindow, offersSlot, type BookingRules, type Slot } from '../../core/rules/slots';
import { shanghaiDate } from '../../core/rules/time';
import type { AvailabilityDoc, StationDoc } from '../../core/store/docs';
import { invalidField } from '../_shared/errors';
import { consultantRole } from '../_shared/people';
import { availabilityId } from './station';

function noticeText(minutes: number): string {
  if (minutes % 60 === 0) return `${minutes / 60} 小时`;
  return `${minutes} 分钟`;
}

/** Why a slot start is outside the window a booking may start in, or null. */
export function windowProblem(slotStart: number, now: number, rules: BookingRules): string | null {
  const window = bookableWindow(now, rules);
  if (slotStart <= now) return '该时段已过，请选择其他时段';
  if (slotStart < window.from) return `须至少提前 ${noticeText(rules.minNoticeMinutes)}预约，请选择更晚的时段`;
  if (slotStart > window.to) return `只能预约 ${rules.horizonDays} 天内的时段，请选择更早的时段`;
  return null;
}

export interface SlotRequest {
  station: StationDoc;
  consultantId: string;
  slotStart: number;
  now: number;
  rules: BookingRules;
  /** The Chinese label of the slot field in this action's contract. */
  slotLabel: string;
}

/** What a slot is judged on: whether the consultant consults at the station, and their pattern there. */
export interface SlotFacts {
  consults: boolean;
  availability: AvailabilityDoc | null;
}

/** Reads the SlotFacts of a consultant at a station (both reads at once). */
export async function readSlotFacts(store: Store, stationId: string, consultantId: string): Promise<SlotFacts> {
  const [role, availability] = await Promise.all([
    consultantRole(store, stationId, consultantId),
    store.get<AvailabilityDoc>('availability', availabilityId(stationId, consultantId)),
  ]);
  return { consults: role !== null, availability };
}

/** The consultant's pattern and the slot it offers at `slotStart`, or INVALID_INPUT. */
export async function checkSlot(
  store: Store,
  req: SlotRequest,
): Promise<{ availability: AvailabilityDoc; slot: Slot }> {
  return judgeSlot(await readSlotFacts(store, req.station._id, req.consultantId), req);
}

/** checkSlot on facts already read (readSlotFacts): the window, the rules and the label are all it needs. */
export function judgeSlot(
  facts: SlotFacts,
  req: Omit<SlotRequest, 'station' | 'consultantId'>,
): { availability: AvailabilityDoc; slot: Slot } {
  const { slotStart } = req;
  if (!facts.consults) throw invalidField('consultantId', '咨询人员', '该咨询人员不在本站提供咨询，请重新选择');
  const problem = windowProblem(slotStart, req.now, req.rules);
  if (problem) throw invalidField('slotStart', req.slotLabel, problem);
  const { availability } = facts;
  const slot =
    availability && offersSlot(shanghaiDate(slotStart), slotStart, availability.rules, availability.exceptions);
  if (!availability || !slot) throw invalidField('slotStart', req.slotLabel, '该时段不可预约，请选择日历上显示的时段');
  return { availability, slot };
}
