/**
 * An evaluation round written straight into a store, for the authorisation matrix and the
 * evaluation tests: OWN_STATION and OTHER_STATION evaluated on the default indicator table, a
 * reviewer per station (`reviewers`: station → reviewer user id), deadlines a month after `now`.
 */
import type { Store } from '../../core/ports';
import { DEFAULT_INDICATOR_SECTIONS } from '../../core/reference/evaluation-indicators';
import { DEFAULT_GRADES } from '../../core/rules/evaluation';
import { shanghaiDate } from '../../core/rules/time';
import type { EvalReviewDoc, EvalRoundDoc, EvalSubmissionDoc } from '../../core/store/docs';
import { insertIfAbsent } from '../../cloudfunctions/_shared/records';
import { DAY } from './clock';
import { OTHER_STATION, OWN_STATION } from './fixtures';

let seq = 0;

export interface RoundSeed {
  reviewers?: Record<string, string>;
  status?: EvalRoundDoc['status'];
  submission?: EvalSubmissionDoc['status'];
  lapse?: EvalRoundDoc['lapse'];
}

export async function seedRound(store: Store, now: number, seed: RoundSeed = {}): Promise<string> {
  await insertIfAbsent(store, 'eval_indicator_sets', {
    _id: 'set:1',
    version: 1,
    title: '默认指标表',
    sections: DEFAULT_INDICATOR_SECTIONS,
    createdAt: now,
    createdBy: 'system',
  });
  const stations = [
    { id: OWN_STATION, name: '本站' },
    { id: OTHER_STATION, name: '他站' },
  ];
  const round: EvalRoundDoc = {
    _id: `round:seed-${++seq}-${process.pid}`,
    year: Number(shanghaiDate(now).slice(0, 4)) - 1,
    title: '年度评价（测试）',
    setId: 'set:1',
    setVersion: 1,
    status: seed.status ?? 'open',
    stations,
    stationIds: stations.map((s) => s.id),
    selfDeadline: shanghaiDate(now + 30 * DAY),
    reviewDeadline: shanghaiDate(now + 60 * DAY),
    correctionDays: 5,
    lapse: seed.lapse ?? 'veto',
    grades: DEFAULT_GRADES,
    ...(seed.status === 'published' ? { publishedAt: now } : {}),
    createdAt: now,
    createdBy: 'seed',
  };
  await store.insert('eval_rounds', round);
  for (const s of stations) {
    const submission: EvalSubmissionDoc = {
      _id: `${round._id}:${s.id}`,
      roundId: round._id,
      stationId: s.id,
      stationName: s.name,
      status: seed.submission ?? 'draft',
      answers: {},
      ...(seed.submission === 'submitted' ? { submittedAt: now } : {}),
      updatedAt: now,
    };
    await store.insert('eval_submissions', submission);
  }
  for (const [stationId, reviewerId] of Object.entries(seed.reviewers ?? {})) {
    const review: EvalReviewDoc = {
      _id: `${round._id}:${stationId}:${reviewerId}`,
      roundId: round._id,
      stationId,
      reviewerId,
      reviewerName: '评审专家',
      status: 'pending',
      scores: {},
      comment: '',
      updatedAt: now,
    };
    await store.insert('eval_reviews', review);
  }
  return round._id;
}
