/**
 * A company's rating of one service it received (a consultation, a service request): the rules
 * every rating follows, in one place (core/rules/ratings.ts has the numbers).
 *
 * One rating per rated thing, settled by the database: its id (`rating:<thingId>`) is refused a
 * second time by both CloudBase and SQLite. It is changed for 24 h after it was first given,
 * then locked — judged on the rating as read INSIDE the transaction that changes it (SQLite:
 * BEGIN IMMEDIATE; CloudBase: a transaction that retries on a write conflict), so the check and
 * the change are one atomic step. What depends on the stars (a consultant's counters) moves in
 * the same transaction. A low rating (≤ 2 stars) alerts once per rating, whatever edits follow.
 */
import { AppError, isAppError } from '../../core/errors';
import type { Caller, Store, TxStore } from '../../core/ports';
import { isLowRating, ratingEditableUntil, ratingLocked } from '../../core/rules/ratings';
import type { RatingCore } from '../../core/store/docs';
import type { CollectionName } from '../../core/store/schema';

export const RATING_LOCKED = '评价已超过24小时，不能再修改';

export const ratingIdOf = (thingId: string) => `rating:${thingId}`;

/** What the company gives: the stars, the quick tags and the comment. */
export type GivenRating = Pick<RatingCore, 'stars' | 'tags' | 'comment'>;

/** What every rating view publishes about the rating itself (the rest is about what it rates). */
export function ratingState(d: RatingCore, now: number) {
  return {
    id: d._id,
    stars: d.stars,
    tags: d.tags ?? [],
    comment: d.comment ?? '',
    ratedByName: d.ratedByName,
    ratedAt: d.ratedAt,
    updatedAt: d.updatedAt,
    edited: (d.edits ?? 0) > 0,
    editableUntil: ratingEditableUntil(d.ratedAt),
    locked: ratingLocked(d.ratedAt, now),
  };
}

export interface SavedRating<D extends RatingCore> {
  before: D | null;
  after: D;
  /** This call made it a low rating nobody was alerted of yet: alert now (once). */
  alert: boolean;
}

/** The first rating was inserted by a concurrent call meanwhile (CloudBase). */
class LostFirstRating extends Error {}

const sameContent = (d: RatingCore, g: GivenRating) =>
  d.stars === g.stars && d.comment === g.comment && [...d.tags].sort().join() === [...g.tags].sort().join();

export interface SaveRatingPlan<D extends RatingCore> {
  collection: CollectionName;
  id: string;
  given: GivenRating;
  by: Caller;
  now: number;
  /** The first rating's document: the core plus what it rates. */
  build: (core: RatingCore) => D;
  /** Moves what depends on the stars, in the same transaction (first rating: count 1). */
  onStars?: (tx: TxStore, inc: { sum: number; count?: number }) => Promise<void>;
}

/** Gives the rating (first call) or changes it (later calls, while editable), in one transaction. */
export async function saveRatingDoc<D extends RatingCore>(
  store: Store,
  plan: SaveRatingPlan<D>,
): Promise<SavedRating<D>> {
  const { collection, id, given, by, now } = plan;
  const low = isLowRating(given.stars);
  const run = () =>
    store.transaction<SavedRating<D>>(async (tx) => {
      const current = await tx.get<D>(collection, id);
      if (!current) {
        const doc = plan.build({
          _id: id,
          ...given,
          low,
          lowAlerted: low,
          ratedBy: by.userId,
          ratedByName: by.displayName,
          ratedAt: now,
          updatedAt: now,
          updatedBy: by.userId,
          updatedByName: by.displayName,
          edits: 0,
        });
        try {
          await tx.insert(collection, doc);
        } catch (e) {
          if (isAppError(e) && e.code === 'CONFLICT') throw new LostFirstRating();
          throw e;
        }
        await plan.onStars?.(tx, { sum: given.stars, count: 1 });
        return { before: null, after: doc, alert: low };
      }
      if (ratingLocked(current.ratedAt, now)) throw new AppError('CONFLICT', RATING_LOCKED);
      // The same rating again (a double tap, a retry): nothing to change.
      if (sameContent(current, given)) return { before: current, after: current, alert: false };
      const alert = low && !current.lowAlerted;
      const set: Partial<RatingCore> = {
        ...given,
        low,
        updatedAt: now,
        updatedBy: by.userId,
        updatedByName: by.displayName,
        edits: (current.edits ?? 0) + 1,
        ...(alert ? { lowAlerted: true } : {}),
      };
      await tx.updateById(collection, id, { set });
      if (given.stars !== current.stars) await plan.onStars?.(tx, { sum: given.stars - current.stars });
      return { before: current, after: { ...current, ...set }, alert };
    });
  try {
    return await run();
  } catch (e) {
    // Lost the race to give the first rating: ours becomes a change of the winner's.
    if (e instanceof LostFirstRating) return run();
    throw e;
  }
}

/** "…" after `max` characters, for a comment quoted in a notice. */
export const excerpt = (text: string, max = 60) => (text.length > max ? `${text.slice(0, max)}…` : text);
