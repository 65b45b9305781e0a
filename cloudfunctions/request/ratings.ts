/**
 * Ratings of service requests (服务评价): the same rules as the ratings of consultations
 * (cloudfunctions/_shared/ratings.ts: one per request by id `rating:<requestId>` in
 * request_ratings, 24 h to change it, then locked), given only once the request is closed.
 */
import { AppError } from '../../core/errors';
import type { Caller, Store } from '../../core/ports';
import type { RequestRatingDoc, ServiceRequestDoc } from '../../core/store/docs';
import { ratingIdOf, saveRatingDoc, type GivenRating, type SavedRating } from '../_shared/ratings';

export const requestRatingId = (requestId: string) => ratingIdOf(requestId);

/** Only what was done can be rated. */
export function assertRatable(r: ServiceRequestDoc): void {
  if (r.status !== 'closed') throw new AppError('CONFLICT', '服务需求办结后才能评价');
}

export function saveRequestRating(
  store: Store,
  r: ServiceRequestDoc,
  given: GivenRating,
  by: Caller,
  now: number,
): Promise<SavedRating<RequestRatingDoc>> {
  return saveRatingDoc<RequestRatingDoc>(store, {
    collection: 'request_ratings',
    id: requestRatingId(r._id),
    given,
    by,
    now,
    build: (core) => ({
      ...core,
      requestId: r._id,
      stationId: r.stationId,
      stationName: r.stationName,
      companyId: r.companyId,
      companyName: r.companyName,
      category: r.category,
      ...(r.handlerId ? { handlerId: r.handlerId, handlerName: r.handlerName } : {}),
      ...(r.assigneeName
        ? {
            assigneeName: r.assigneeName,
            assigneeKind: r.assigneeKind,
            ...(r.assigneeId ? { assigneeId: r.assigneeId } : {}),
          }
        : {}),
      closedAt: r.closedAt ?? r.updatedAt,
    }),
  });
}
