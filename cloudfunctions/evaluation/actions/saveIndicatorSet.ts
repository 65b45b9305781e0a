/**
 * A new version of the indicator table: the admin edits a copy (items, maximum scores, guides,
 * evidence, figures) and saves it as the next version. Rounds keep the version they were opened
 * with, so a change never rescores a round under way. Item ids must be unique; the version number
 * is settled by the database (the id is the version: of two saves at once, one retries).
 */
import { AppError, isAppError } from '../../../core/errors';
import { itemsOf } from '../../../core/rules/evaluation';
import type { EvalIndicatorSetDoc } from '../../../core/store/docs';
import { invalidField } from '../../_shared/errors';
import { handler } from '../../_shared/runtime';
import { ensureDefaultSet, setId } from '../records';
import { setView } from '../views';

export default handler('evaluation', 'saveIndicatorSet', async (ctx, input) => {
  const caller = ctx.requireCaller();
  const ids = itemsOf(input.sections).map((i) => i.id);
  const repeated = ids.find((id, i) => ids.indexOf(id) !== i);
  if (repeated) throw invalidField('sections', '指标', `指标编号 ${repeated} 重复`);
  const now = ctx.clock.now();
  await ensureDefaultSet(ctx.store, now);
  for (let attempt = 0; attempt < 5; attempt++) {
    const [latest] = await ctx.store.find<EvalIndicatorSetDoc>('eval_indicator_sets', {
      orderBy: [['version', 'desc']],
      limit: 1,
    });
    const version = (latest?.version ?? 0) + 1;
    const doc: EvalIndicatorSetDoc = {
      _id: setId(version),
      version,
      title: input.title,
      sections: input.sections,
      createdAt: now,
      createdBy: caller.userId,
    };
    try {
      await ctx.store.insert('eval_indicator_sets', doc);
    } catch (e) {
      if (isAppError(e) && e.code === 'CONFLICT') continue;
      throw e;
    }
    await ctx.audit('save-set', doc._id, { version });
    return setView(doc);
  }
  throw new AppError('CONFLICT', '保存冲突，请重试');
});
