/**
 * Loads the rating of one service (a consultation record, a service request) for a page, and
 * keeps what was saved since: the page owns the loading, ServiceRatingPanel only shows the
 * rating and saves through `source.save`.
 */
import { useState } from 'react';
import type { Rating } from '@core/contract';
import { useLoad } from '@/hooks/useLoad';
import type { RatingTag } from '@/lib/ratings';

/** A rating as the panel shows it: what every rating's view publishes about the rating itself. */
export type ShownRating = Pick<
  Rating,
  'stars' | 'tags' | 'comment' | 'ratedByName' | 'ratedAt' | 'updatedAt' | 'edited' | 'editableUntil' | 'locked'
>;

/** Where one service's rating is read and saved (the archive's actions, the request's). */
export interface RatingSource {
  /** Changes when the page shows another service's rating (reloads it). */
  key: string;
  load: () => Promise<{ rating: ShownRating | null; canRate: boolean }>;
  save: (given: { stars: number; tags: RatingTag[]; comment?: string }) => Promise<ShownRating>;
  /** Above the first rating: what the company is asked. */
  prompt: string;
}

export function useServiceRating(source: RatingSource) {
  const loaded = useLoad(() => source.load(), [source.key]);
  const [saved, setSaved] = useState<ShownRating | null>(null);
  return {
    source,
    loaded,
    /** The rating as last saved here, else as loaded. */
    rating: saved ?? loaded.data?.rating ?? null,
    onSaved: setSaved,
  };
}

export type ServiceRating = ReturnType<typeof useServiceRating>;
