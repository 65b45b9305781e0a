/** Public: the free slots of a station (or one consultant) for some days, and a count per day. */
import type { SlotView } from '../../../core/contract';
import { datesFrom, isBookable, slotsOn } from '../../../core/rules/slots';
import { addDays, shanghaiInstant } from '../../../core/rules/time';
import { handler } from '../../_shared/runtime';
import { takenSlots } from '../holds';
import { holdId } from '../../_shared/bookings';
import { bookingRulesOf, stationPatterns } from '../station';
import { openStation } from '../../_shared/stations';

export default handler('consult', 'listSlots', async (ctx, input) => {
  const station = await openStation(ctx.store, input.stationId);
  const rules = bookingRulesOf(station);
  const now = ctx.clock.now();
  const patterns = await stationPatterns(ctx.store, station._id, input.consultantId);
  const taken = await takenSlots(
    ctx.store,
    patterns.map((p) => p.consultantId),
    shanghaiInstant(input.from),
    shanghaiInstant(addDays(input.from, input.days)),
  );
  const slots: SlotView[] = [];
  const days = datesFrom(input.from, input.days).map((date) => {
    let free = 0;
    for (const p of patterns) {
      for (const s of slotsOn(date, p.rules, p.exceptions)) {
        if (!isBookable(s.start, now, rules) || taken.has(holdId(p.consultantId, s.start))) continue;
        free++;
        slots.push({ consultantId: p.consultantId, consultantName: p.consultantName, ...s });
      }
    }
    return { date, free };
  });
  slots.sort(
    (a, b) =>
      a.start - b.start ||
      a.consultantName.localeCompare(b.consultantName, 'zh-CN') ||
      (a.consultantId < b.consultantId ? -1 : 1),
  );
  return { days, slots };
});
