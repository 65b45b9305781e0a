/**
 * 暂停接单: the expert marks a period (Shanghai dates, inclusive) when requests should not be
 * assigned to them, or clears it. The request function's suggestions and assignment read it.
 */
import { AppError } from '../../../core/errors';
import { onRoster } from '../../../core/rules/expert-roster';
import type { ExpertProfileDoc } from '../../../core/store/docs';
import { invalidField } from '../../_shared/errors';
import { handler } from '../../_shared/runtime';
import { mustGetProfile, todayOf } from '../roster';
import { myProfileView, stationNamesOf } from '../views';

export default handler('expert', 'setUnavailable', async (ctx, input) => {
  const userId = ctx.requireCaller().userId;
  const today = todayOf(ctx);
  if (input.until && input.until < today) {
    throw invalidField('until', '暂停结束日期', '不能早于今天，请重新选择');
  }
  const p = await mustGetProfile(ctx.store, userId);
  if (!onRoster(p.status)) throw new AppError('CONFLICT', '您已不在专家库中');
  const now = ctx.clock.now();
  const patch =
    input.from && input.until
      ? { set: { unavailableFrom: input.from, unavailableUntil: input.until, updatedAt: now } }
      : { set: { updatedAt: now }, unset: ['unavailableFrom', 'unavailableUntil'] };
  await ctx.store.update('expert_profiles', { _id: userId }, patch);
  const saved = (await ctx.store.get<ExpertProfileDoc>('expert_profiles', userId))!;
  return myProfileView(saved, await stationNamesOf(ctx.store, [saved]), today);
});
