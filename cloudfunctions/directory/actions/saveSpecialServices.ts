/**
 * Writes a station's list for this year or the next (a draft, or an edit of the published one).
 * Items keep their ids, so recorded deliveries stay with them; an item with deliveries cannot be
 * dropped. One transaction: two keepers saving at once each see the other's items or retry.
 */
import { AppError } from '../../../core/errors';
import type {
  SpecialProgressDoc,
  SpecialServiceItem,
  SpecialServiceListDoc,
  StationDoc,
} from '../../../core/store/docs';
import { mustGet } from '../../_shared/records';
import { handler } from '../../_shared/runtime';
import { specialListId, specialListView, yearOf } from '../special-services';

export default handler('directory', 'saveSpecialServices', async (ctx, input) => {
  const caller = ctx.requireCaller();
  ctx.authorize({ stationId: input.stationId });
  const station = await mustGet<StationDoc>(ctx.store, 'stations', input.stationId);
  const now = ctx.clock.now();
  const thisYear = yearOf(now);
  if (input.year < thisYear || input.year > thisYear + 1) {
    throw new AppError('INVALID_INPUT', '只能编制本年度或下一年度的专项服务清单', { year: '年度不在可编制范围内' });
  }
  const _id = specialListId(input.stationId, input.year);
  const delivered = new Set(
    (await ctx.store.find<SpecialProgressDoc>('special_progress', { where: { listId: _id }, limit: 1000 })).map(
      (p) => p.itemId,
    ),
  );
  const saved = await ctx.store.transaction(async (tx) => {
    const before = await tx.get<SpecialServiceListDoc>('special_service_lists', _id);
    const known = new Set((before?.items ?? []).map((i) => i.id));
    const items: SpecialServiceItem[] = input.items.map((i) => ({
      id: i.id && known.has(i.id) ? i.id : `si_${ctx.ids.id().slice(0, 12)}`,
      content: i.content,
      targets: i.targets,
      frequency: i.frequency,
      expected: i.expected,
    }));
    const kept = new Set(items.map((i) => i.id));
    const dropped = (before?.items ?? []).find((i) => !kept.has(i.id) && delivered.has(i.id));
    if (dropped) throw new AppError('CONFLICT', `「${dropped.content}」已有开展记录，不能删除`);
    const doc: SpecialServiceListDoc = {
      _id,
      stationId: input.stationId,
      year: input.year,
      status: before?.status ?? 'draft',
      items,
      ...(before?.publishedAt !== undefined ? { publishedAt: before.publishedAt } : {}),
      updatedAt: now,
      updatedBy: caller.userId,
    };
    if (before)
      await tx.updateById('special_service_lists', _id, { set: { items, updatedAt: now, updatedBy: caller.userId } });
    else await tx.insert('special_service_lists', doc);
    return doc;
  });
  await ctx.audit('saveSpecialServices', _id, { items: saved.items.length });
  return specialListView(ctx, station, input.year, saved);
});
