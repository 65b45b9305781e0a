/**
 * Ratings of consultations (咨询评价): one per consultation, settled by the database — its id is
 * `rating:<recordId>`, which both CloudBase and SQLite refuse to insert twice — and each
 * consultant's counters at the station (`consultant_stats`: sum of stars and count), moved in the
 * SAME transaction as the rating, so an average is always read from counters that agree with
 * the ratings, never computed by scanning them.
 *
 * A rating is changed for 24 h after it was first given, then locked. The lock is judged on the
 * rating as read INSIDE the transaction that changes it (SQLite: BEGIN IMMEDIATE; CloudBase: a
 * transaction that retries on a write conflict), so the check and the change are one atomic
 * step — the conditional update on the first-given time — and the counters move by the
 * difference in the same step.
 */
import { AppError, isAppError } from '../../core/errors';
import type { Caller, Notice, Store, TxStore } from '../../core/ports';
import { isLowRating, ratingEditableUntil, ratingLocked } from '../../core/rules/ratings';
import { formatShanghai } from '../../core/rules/time';
import type { Rating } from '../../core/contract';
import type { ConsultantStatsDoc, ConsultationRecordDoc, RatingDoc } from '../../core/store/docs';
import type { RatingTag } from '../../core/enums';
import type { FindOptions, Where } from '../../core/store/query';
import { recordLink } from '../consult/close-notices';

export const ratingId = (recordId: string) => `rating:${recordId}`;
export const statsId = (stationId: string, consultantId: string) => `${stationId}:${consultantId}`;

export const RATING_LOCKED = '评价已超过24小时，不能再修改';

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

export interface GivenRating {
  stars: number;
  tags: RatingTag[];
  comment: string;
}

export function ratingView(d: RatingDoc, now: number): Rating {
  return {
    id: d._id,
    recordId: d.recordId,
    stationId: d.stationId,
    stationName: d.stationName,
    companyId: d.companyId,
    companyName: d.companyName,
    consultantId: d.consultantId,
    consultantName: d.consultantName,
    consultedAt: d.consultedAt,
    category: d.category,
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

export interface SavedRating {
  before: RatingDoc | null;
  after: RatingDoc;
  /** This call made it a low rating that the chief was not told of yet: tell them now (once). */
  alert: boolean;
}

/** The first rating of a consultation was inserted by a concurrent call meanwhile (CloudBase). */
class LostFirstRating extends Error {}

const sameContent = (d: RatingDoc, g: GivenRating) =>
  d.stars === g.stars && d.comment === g.comment && [...d.tags].sort().join() === [...g.tags].sort().join();

/**
 * Gives the rating (first call) or changes it (later calls, while editable). One transaction:
 * the rating and the consultant's counters move together or not at all.
 */
export async function saveRating(
  store: Store,
  record: ConsultationRecordDoc,
  given: GivenRating,
  by: Caller,
  now: number,
): Promise<SavedRating> {
  const id = ratingId(record._id);
  const low = isLowRating(given.stars);
  const run = () =>
    store.transaction<SavedRating>(async (tx) => {
      const current = await tx.get<RatingDoc>('ratings', id);
      if (!current) {
        const doc: RatingDoc = {
          _id: id,
          recordId: record._id,
          stationId: record.stationId,
          stationName: record.stationName,
          companyId: record.companyId,
          companyName: record.companyName,
          consultantId: record.consultantId,
          consultantName: record.consultantName,
          consultedAt: record.consultedAt,
          category: record.category,
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
        };
        try {
          await tx.insert('ratings', doc);
        } catch (e) {
          if (isAppError(e) && e.code === 'CONFLICT') throw new LostFirstRating();
          throw e;
        }
        await moveStats(tx, record, { sum: given.stars, count: 1 });
        return { before: null, after: doc, alert: low };
      }
      if (ratingLocked(current.ratedAt, now)) throw new AppError('CONFLICT', RATING_LOCKED);
      // The same rating again (a double tap, a retry): nothing to change.
      if (sameContent(current, given)) return { before: current, after: current, alert: false };
      const alert = low && !current.lowAlerted;
      const set: Partial<RatingDoc> = {
        ...given,
        low,
        updatedAt: now,
        updatedBy: by.userId,
        updatedByName: by.displayName,
        edits: (current.edits ?? 0) + 1,
        ...(alert ? { lowAlerted: true } : {}),
      };
      await tx.updateById('ratings', id, { set });
      if (given.stars !== current.stars) await moveStats(tx, record, { sum: given.stars - current.stars });
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

const excerpt = (text: string, max = 60) => (text.length > max ? `${text.slice(0, max)}…` : text);

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
