/** Ratings (of consultations and service requests) as the pages show them: tag labels, the average, the edit window (zod-free). */
import { RATING_TAG, labelOf, type RatingTag } from '@core/enums';
import { RATING_COMMENT_MAX, isLowRating } from '@core/rules/ratings';
import { stampOf } from './format';

export { RATING_COMMENT_MAX, isLowRating };
export type { RatingTag };

export const RATING_TAGS = RATING_TAG.values.map((value) => ({ value, label: RATING_TAG.labels[value] }));
export const ratingTagLabel = (t: string) => labelOf(RATING_TAG, t);

/** "4.3" / "—" (no ratings yet). */
export const averageText = (average: number | null) => (average === null ? '—' : average.toFixed(1));

/** The stars a read-only Rate shows for an average: to the nearest half star. */
export const shownStars = (average: number | null) => (average === null ? 0 : Math.round(average * 2) / 2);

/** What a number of stars means, shown beside the stars while choosing. */
export const STAR_WORDS = ['', '很不满意', '不满意', '一般', '满意', '非常满意'] as const;

/** "可在 2026-11-24 10:05 前修改" */
export const editableText = (until: number) => `可在 ${stampOf(until)} 前修改`;
