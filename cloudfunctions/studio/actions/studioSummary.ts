/**
 * A studio's year (001 §7, §8): its services by the seven kinds — the service requests raised at
 * the studio under the catalogue's studio_* categories, the same records the request pages keep —
 * and the visits and consultations its service point recorded,
 * how the company rated them, and the improvement log (整改) kept for the studio's service point.
 */
import { AppError } from '../../../core/errors';
import { STUDIO_NEED } from '../../../core/enums';
import { shanghaiInstant } from '../../../core/rules/time';
import type { ImprovementDoc, RequestRatingDoc, ServiceRequestDoc, StationDoc } from '../../../core/store/docs';
import { findAll } from '../../_shared/paging';
import { mustGet } from '../../_shared/records';
import { handler } from '../../_shared/runtime';

export default handler('studio', 'studioSummary', async (ctx, input) => {
  const station = await mustGet<StationDoc>(ctx.store, 'stations', input.stationId);
  if (station.kind !== 'mobile_studio' || typeof station.studioNumber !== 'string') {
    throw new AppError('NOT_FOUND', '该站点不是流动工作室');
  }
  ctx.authorize({
    stationId: station._id,
    ...(typeof station.companyId === 'string' ? { companyId: station.companyId } : {}),
  });
  const from = shanghaiInstant(`${input.year}-01-01`);
  const to = shanghaiInstant(`${input.year + 1}-01-01`);
  const [requests, ratings, improvements, visits, consultations] = await Promise.all([
    findAll<ServiceRequestDoc>(ctx.store, 'service_requests', {
      stationId: station._id,
      createdAt: { $gte: from, $lt: to },
    }),
    findAll<RequestRatingDoc>(ctx.store, 'request_ratings', {
      stationId: station._id,
      ratedAt: { $gte: from, $lt: to },
    }),
    findAll<ImprovementDoc>(ctx.store, 'improvements', { stationId: station._id, createdAt: { $gte: from, $lt: to } }),
    ctx.store.count('visits', { stationId: station._id, visitedAt: { $gte: from, $lt: to } }),
    ctx.store.count('consultation_records', { stationId: station._id, consultedAt: { $gte: from, $lt: to } }),
  ]);
  const stars = ratings.map((r) => r.stars);
  return {
    stationId: station._id,
    name: station.name,
    number: station.studioNumber,
    year: input.year,
    services: STUDIO_NEED.values.map((need) => {
      const mine = requests.filter((r) => r.category === need && r.status !== 'cancelled');
      return { need, count: mine.length, closed: mine.filter((r) => r.status === 'closed').length };
    }),
    visits,
    consultations,
    ratings: {
      count: stars.length,
      average: stars.length ? Math.round((stars.reduce((a, b) => a + b, 0) / stars.length) * 10) / 10 : null,
    },
    improvements: { total: improvements.length, done: improvements.filter((i) => i.status === 'done').length },
  };
});
