/** Records one delivery of a published special service, within its year and not in the future. */
import { AppError } from '../../../core/errors';
import { SPECIAL_PROGRESS_MAX } from '../../../core/rules/special-services';
import type { SpecialProgressDoc, SpecialServiceListDoc, StationDoc } from '../../../core/store/docs';
import { insertIfAbsent, mustGet, submissionId } from '../../_shared/records';
import { handler } from '../../_shared/runtime';
import { specialListId, specialListView, yearOf } from '../special-services';

export default handler('directory', 'logSpecialProgress', async (ctx, input) => {
  const caller = ctx.requireCaller();
  ctx.authorize({ stationId: input.stationId });
  const station = await mustGet<StationDoc>(ctx.store, 'stations', input.stationId);
  const listId = specialListId(input.stationId, input.year);
  const list = await ctx.store.get<SpecialServiceListDoc>('special_service_lists', listId);
  if (!list || list.status !== 'published') throw new AppError('CONFLICT', '专项服务清单发布后才能登记开展情况');
  const item = list.items.find((i) => i.id === input.itemId);
  if (!item) throw new AppError('NOT_FOUND', '该专项服务不在清单中');
  const now = ctx.clock.now();
  if (input.doneAt > now)
    throw new AppError('INVALID_INPUT', '开展时间不能晚于现在', { doneAt: '开展时间不能晚于现在' });
  if (yearOf(input.doneAt) !== input.year) {
    throw new AppError('INVALID_INPUT', `开展时间须在${input.year}年内`, { doneAt: `开展时间须在${input.year}年内` });
  }
  const recorded = await ctx.store.count('special_progress', { listId, itemId: item.id });
  if (recorded >= SPECIAL_PROGRESS_MAX) throw new AppError('CONFLICT', `每项最多登记${SPECIAL_PROGRESS_MAX}次开展情况`);
  const entry: SpecialProgressDoc = {
    _id: submissionId('sp:', caller.userId, input.clientRequestId),
    listId,
    stationId: input.stationId,
    itemId: item.id,
    doneAt: input.doneAt,
    note: input.note,
    byUserId: caller.userId,
    byName: caller.displayName,
    createdAt: now,
  };
  if (await insertIfAbsent(ctx.store, 'special_progress', entry)) {
    await ctx.audit('logSpecialProgress', listId, { itemId: item.id });
  }
  return specialListView(ctx, station, input.year, list);
});
