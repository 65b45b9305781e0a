/**
 * The evaluation's documents as the actions read them. Ids are deterministic, so one station has
 * one self-evaluation per round, one review per assigned reviewer, and each veto condition once:
 * the database refuses a second of any.
 */
import type { Store } from '../../core/ports';
import { DEFAULT_INDICATOR_SECTIONS } from '../../core/reference/evaluation-indicators';
import type {
  EvalIndicatorSetDoc,
  EvalReviewDoc,
  EvalRoundDoc,
  EvalSubmissionDoc,
  EvalVetoDoc,
} from '../../core/store/docs';
import { findAll } from '../_shared/paging';
import { insertIfAbsent, mustGet } from '../_shared/records';

export const submissionId = (roundId: string, stationId: string) => `${roundId}:${stationId}`;
export const reviewId = (roundId: string, stationId: string, reviewerId: string) =>
  `${roundId}:${stationId}:${reviewerId}`;
export const vetoId = (roundId: string, stationId: string, condition: string) => `${roundId}:${stationId}:${condition}`;
export const setId = (version: number) => `set:${version}`;

/** Version 1 of the indicator table (core/reference), written the first time anyone needs it. */
export async function ensureDefaultSet(store: Store, now: number): Promise<void> {
  await insertIfAbsent(store, 'eval_indicator_sets', {
    _id: setId(1),
    version: 1,
    title: '知识产权保护工作站评价指标表（默认）',
    sections: DEFAULT_INDICATOR_SECTIONS,
    createdAt: now,
    createdBy: 'system',
  });
}

export const loadRound = (store: Store, roundId: string) => mustGet<EvalRoundDoc>(store, 'eval_rounds', roundId);
export const loadSet = (store: Store, id: string) => mustGet<EvalIndicatorSetDoc>(store, 'eval_indicator_sets', id);

export async function loadSubmission(store: Store, roundId: string, stationId: string): Promise<EvalSubmissionDoc> {
  return mustGet<EvalSubmissionDoc>(store, 'eval_submissions', submissionId(roundId, stationId));
}

/** The reviews (assignments) of one station in a round: a handful. */
export const reviewsOf = (store: Store, roundId: string, stationId: string) =>
  findAll<EvalReviewDoc>(store, 'eval_reviews', { roundId, stationId });

export const vetoesOf = (store: Store, roundId: string, stationId: string) =>
  findAll<EvalVetoDoc>(store, 'eval_vetoes', { roundId, stationId });
