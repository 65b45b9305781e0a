/** Ratings of consultations (咨询评价): shared by the contract, the handlers and the pages (zod-free). */
import { HOUR_MS } from './time';

export const STARS_MIN = 1;
export const STARS_MAX = 5;
export const RATING_COMMENT_MAX = 300;
/** A rating may be changed for this long after it was first given, then it is locked. */
export const RATING_EDIT_WINDOW_MS = 24 * HOUR_MS;
/** A rating of this many stars or fewer asks the station's chief to follow up. */
export const LOW_RATING_MAX = 2;

export const isLowRating = (stars: number) => stars <= LOW_RATING_MAX;

/** When a rating first given at `ratedAt` stops being editable. */
export const ratingEditableUntil = (ratedAt: number) => ratedAt + RATING_EDIT_WINDOW_MS;

/** Editable while `now` is before the end of the window. */
export const ratingLocked = (ratedAt: number, now: number) => now >= ratingEditableUntil(ratedAt);

/** The average of `count` ratings summing to `sum`, to one decimal; null without ratings. */
export function averageStars(sum: number, count: number): number | null {
  if (count <= 0) return null;
  return Math.round((sum * 10) / count) / 10;
}
