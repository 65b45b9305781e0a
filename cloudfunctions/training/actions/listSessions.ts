/**
 * Published sessions, for everyone: upcoming (not yet ended) soonest first, or past ones latest
 * first; all stations or one. Served by the trainings (status, endAt) and (stationId, status,
 * endAt) indexes.
 */
import type { TrainingSessionDoc } from '../../../core/store/docs';
import type { FindOptions, Where } from '../../../core/store/query';
import { findPage } from '../../_shared/paging';
import { handler } from '../../_shared/runtime';
import { sessionView } from '../views';

export function sessionsQuery(
  filter: { stationId?: string; when: 'upcoming' | 'past' },
  now: number,
): { where: Where; orderBy: NonNullable<FindOptions['orderBy']> } {
  const upcoming = filter.when === 'upcoming';
  return {
    where: {
      ...(filter.stationId ? { stationId: filter.stationId } : {}),
      status: 'published',
      endAt: upcoming ? { $gt: now } : { $lte: now },
    },
    orderBy: [['startAt', upcoming ? 'asc' : 'desc']],
  };
}

export default handler('training', 'listSessions', async (ctx, input) => {
  const { where, orderBy } = sessionsQuery(input, ctx.clock.now());
  return findPage<TrainingSessionDoc, ReturnType<typeof sessionView>>(
    ctx.store,
    'trainings',
    where,
    orderBy,
    input,
    sessionView,
  );
});
