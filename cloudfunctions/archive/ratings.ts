/**
 * Ratings of consultations (咨询评价): one per consultation (id `rating:<recordId>`), editable for
 * 24 h then locked — the rules every rating follows, in cloudfunctions/_shared/ratings.ts — and
 * each consultant's counters at the station (`consultant_stats`: sum of stars and count), moved
 * in the SAME transaction as the rating (an edit by the difference), so an average is always
 * read from counters that agree with the ratings, never computed by scanning them.
 */
import { isAppError } from '../../core/errors';
import type { Caller, Notice, Store, TxStore } from '../../core/ports';
import { formatShanghai } from '../../core/rules/time';
import type { Rating } from '../../core/contract';
import type { ConsultantStatsDoc, ConsultationRecordDoc, RatingDoc } from '../../core/store/docs';
import type { FindOptions, Where } from '../../core/store/query';
import {
  excerpt,
  ratingIdOf,
  ratingState,
  saveRatingDoc,
  type GivenRating,
  type SavedRating as SavedOf,
} from '../_shared/ratings';
import { recordLink } from '../_shared/booking-notices';

export const ratingId = (recordId: string) => ratingIdOf(recordId);
export const statsId = (stationId: string, consultantId: string) => `${stationId}:${consultantId}`;

/**
 * The query of a list of ratings, newest first: a station's (the chief), one consultant's there
 * (the chief's filter, or 我的评价), optionally only the low ones. Each shape has its index.
 */
export function ratingsQuery(filter: { stationId: string; consultantId?: string; lowOnly?: boolean }): {
  where: Where;
  orderBy: NonNullable<FindOptions['orderBy']>;
} {
  const where: Where = { stationId: filter.stationId };
  if (filter.consultantId) where.consultantId = filter.consultantId;
  if (filter.lowOnly) where.low = true;
  return { where, orderBy: [['ratedAt', 'desc']] };
}

export function ratingView(d: RatingDoc, now: number): Rating {
  return {
    ...ratingState(d, now),
    recordId: d.recordId,
    stationId: d.stationId,
    stationName: d.stationName,
    companyId: d.companyId,
    companyName: d.companyName,
    consultantId: d.consultantId,
    consultantName: d.consultantName,
    consultedAt: d.consultedAt,
    category: d.category,
  };
}

/**
 * The consultant's counters at the record's station, created at zero the first time (an insert
 * the database refuses when they exist already, which is fine): the rating transaction only
 * ever increments them.
 */
export async function ensureStats(store: Store, record: ConsultationRecordDoc): Promise<void> {
  const doc: ConsultantStatsDoc = {
    _id: statsId(record.stationId, record.consultantId),
    stationId: record.stationId,
    consultantId: record.consultantId,
    consultantName: record.consultantName,
    sum: 0,
    count: 0,
  };
  try {
    await store.insert('consultant_stats', doc);
  } catch (e) {
    if (!(isAppError(e) && e.code === 'CONFLICT')) throw e;
  }
}

async function moveStats(tx: TxStore, record: ConsultationRecordDoc, inc: { sum: number; count?: number }) {
  const id = statsId(record.stationId, record.consultantId);
  if (!(await tx.updateById('consultant_stats', id, { inc }))) {
    throw new Error(`consultant_stats ${id} missing: ensureStats must run first`);
  }
}

export type SavedRating = SavedOf<RatingDoc>;

/**
 * Gives the rating (first call) or changes it (later calls, while editable). One transaction:
 * the rating and the consultant's counters move together or not at all.
 */
export function saveRating(
  store: Store,
  record: ConsultationRecordDoc,
  given: GivenRating,
  by: Caller,
  now: number,
): Promise<SavedRating> {
  return saveRatingDoc<RatingDoc>(store, {
    collection: 'ratings',
    id: ratingId(record._id),
    given,
    by,
    now,
    build: (core) => ({
      ...core,
      recordId: record._id,
      stationId: record.stationId,
      stationName: record.stationName,
      companyId: record.companyId,
      companyName: record.companyName,
      consultantId: record.consultantId,
      consultantName: record.consultantName,
      consultedAt: record.consultedAt,
      category: record.category,
    }),
    onStars: (tx, inc) => moveStats(tx, record, inc),
  });
}

/** Asks each of the station's chiefs to follow up a rating of 2 stars or fewer. */
export function lowRatingNotices(r: RatingDoc, chiefIds: string[]): Notice[] {
  const when = formatShanghai(r.consultedAt, 'M月D日 HH:mm');
  const said = r.comment ? `：“${excerpt(r.comment)}”` : '';
  return chiefIds.map((userId) => ({
    userId,
    kind: 'rating.low',
    title: '收到低分评价，请跟进',
    body: `${r.companyName}对${r.consultantName}（${when}）的咨询评价为 ${r.stars} 星${said}。请联系企业了解情况并回访`,
    link: recordLink(r.recordId),
    facts: { company: r.companyName, consultant: r.consultantName, stars: `${r.stars} 星`, time: when },
  }));
}
