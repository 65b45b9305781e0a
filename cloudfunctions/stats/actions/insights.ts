/**
 * 企业关注 (004 §6.1.3 d): what a station's companies asked about in a period and what to do about
 * it. Counts come from the insight rollup (words of the questions, who asked, topics wanted, needs
 * found on visits) and the station's figures (categories); a few questions per leading category
 * and the frequent askers' last visits are read by index. core/rules/suggestions.ts decides what
 * to suggest.
 */
import { AppError } from '../../../core/errors';
import { SERVICE_CATEGORY, labelOf } from '../../../core/enums';
import { byPrefix, insightScope, K, stationScope } from '../../../core/rules/rollups';
import { suggest } from '../../../core/rules/suggestions';
import { shanghaiInstant, addDays } from '../../../core/rules/time';
import type { CompanyDoc, ConsultationRecordDoc, StationDoc } from '../../../core/store/docs';
import { catchUp, countersFor } from '../../_shared/rollups';
import { mustGet } from '../../_shared/records';
import { handler } from '../../_shared/runtime';
import { VIEW_CATCH_UP } from '../figures';
import { comparedRanges } from '../periods';

const TOP_WORDS = 20;
const TOP_TOPICS = 10;
/** Categories whose example questions are read (the leading ones: suggestions come from these). */
const EXAMPLE_CATEGORIES = 4;
const EXAMPLES_EACH = 3;
const FREQUENT_COMPANIES = 10;

export default handler('stats', 'insights', async (ctx, input) => {
  const caller = ctx.requireCaller();
  const stationId = input.stationId ?? caller.acting?.stationId;
  if (!stationId) throw new AppError('INVALID_INPUT', '请选择要查看的站点', { stationId: '站点：请选择站点' });
  ctx.authorize({ stationId });
  const station = await mustGet<StationDoc>(ctx.store, 'stations', stationId);
  const caught = await catchUp(ctx, VIEW_CATCH_UP);
  const { period } = comparedRanges(input.period);
  const [figures, asked] = await Promise.all([
    countersFor(ctx.store, stationScope(stationId), period),
    countersFor(ctx.store, insightScope(stationId), period),
  ]);
  const categories = byPrefix(figures, K.consultCategory);
  const from = shanghaiInstant(period.from);
  const to = shanghaiInstant(addDays(period.to, 1));

  const examples: Record<string, string[]> = {};
  for (const [category] of categories.slice(0, EXAMPLE_CATEGORIES)) {
    const latest = await ctx.store.find<ConsultationRecordDoc>('consultation_records', {
      where: { stationId, category, consultedAt: { $gte: from, $lt: to } },
      orderBy: [['consultedAt', 'desc']],
      limit: EXAMPLES_EACH,
    });
    examples[category] = latest.map((r) => r.summary);
  }
  const askers = byPrefix(asked, K.askedBy)
    .filter(([, n]) => n >= 2)
    .slice(0, FREQUENT_COMPANIES);
  const companies = await Promise.all(askers.map(([id]) => ctx.store.get<CompanyDoc>('companies', id)));
  const frequentCompanies = askers.flatMap(([id, count], i) => {
    const c = companies[i];
    return c ? [{ id, name: c.name, count, lastVisitAt: c.lastVisitAt ?? 0 }] : [];
  });
  const visitNeeds = byPrefix(asked, K.visitNeed);
  const wantedTopics = byPrefix(asked, K.wantedTopic).slice(0, TOP_TOPICS);

  return {
    scopeName: station.name,
    stationId,
    updating: caught.more,
    period,
    consults: figures[K.consult] ?? 0,
    categories: categories.map(([k, count]) => ({ name: labelOf(SERVICE_CATEGORY, k), count })),
    keywords: byPrefix(asked, K.keyword)
      .slice(0, TOP_WORDS)
      .map(([word, count]) => ({ word, count })),
    wantedTopics: wantedTopics.map(([topic, count]) => ({ topic, count })),
    visitNeeds: visitNeeds.map(([k, count]) => ({ name: labelOf(SERVICE_CATEGORY, k), count })),
    suggestions: suggest({
      categories,
      consults: figures[K.consult] ?? 0,
      visitNeeds,
      wantedTopics,
      frequentCompanies,
      examples,
      now: ctx.clock.now(),
    }),
  };
});
