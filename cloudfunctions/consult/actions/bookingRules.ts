/** Per-station booking rules: minimum notice, horizon and open bookings per company. */
import type { StationDoc } from '../../../core/store/docs';
import { mustGet } from '../../_shared/records';
import { handler } from '../../_shared/runtime';
import { bookingRulesOf } from '../station';

export const getBookingRules = handler('consult', 'getBookingRules', async (ctx, input) =>
  bookingRulesOf(await mustGet<StationDoc>(ctx.store, 'stations', input.stationId)),
);

/** Applies to bookings made from now on; existing bookings keep their slots. */
export const setBookingRules = handler('consult', 'setBookingRules', async (ctx, input) => {
  const { stationId, ...rules } = input;
  await mustGet<StationDoc>(ctx.store, 'stations', stationId);
  ctx.authorize({ stationId });
  const set = { bookingRules: rules, updatedAt: ctx.clock.now(), updatedBy: ctx.requireCaller().userId };
  await ctx.store.update('stations', { _id: stationId }, { set });
  await ctx.audit('set', stationId, rules);
  return rules;
});
