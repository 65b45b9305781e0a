/** Which slots are taken: the slot holds of some consultants over a time range. */
import type { Store } from '../../core/ports';
import type { SlotHoldDoc } from '../../core/store/docs';
import { findAll } from '../_shared/paging';
import { holdId } from '../_shared/bookings';

/**
 * Hold ids (`<consultantId>:<start>`) with `from <= start < to`, served by the
 * (consultantId, start) index and read past CloudBase's 1000-row page.
 */
export async function takenSlots(
  store: Store,
  consultantIds: string[],
  from: number,
  to: number,
): Promise<Set<string>> {
  if (!consultantIds.length) return new Set();
  const holds = await findAll<SlotHoldDoc>(
    store,
    'slot_holds',
    { consultantId: { $in: consultantIds }, start: { $gte: from, $lt: to } },
    [
      ['consultantId', 'asc'],
      ['start', 'asc'],
    ],
  );
  return new Set(holds.map((h) => holdId(h.consultantId, h.start)));
}
