/**
 * Stored evaluation documents → the published shapes, each reader seeing what 000's
 * confidentiality allows (core/contract/evaluation.ts): the station never another's review or,
 * before publication, its result; a reviewer their own review only and no result; the admin all.
 */
import type { IndicatorSetView, RoundView, StationEvaluation } from '../../core/contract';
import type { EvalAuto } from '../../core/enums';
import { itemsOf, suggestedScore, totalOf } from '../../core/rules/evaluation';
import { shanghaiDate } from '../../core/rules/time';
import type {
  EvalIndicatorSetDoc,
  EvalReviewDoc,
  EvalRoundDoc,
  EvalSubmissionDoc,
  EvalVetoDoc,
} from '../../core/store/docs';
import { attachmentViews } from '../_shared/attachments';
import type { HandlerContext } from '../_shared/runtime';
import type { Side } from './access';
import { autoSource } from './auto-fill';
import { resultOf, reviewTotal } from '../_shared/evaluation-results';

export const roundView = (r: EvalRoundDoc): RoundView => ({
  id: r._id,
  year: r.year,
  title: r.title,
  setId: r.setId,
  setVersion: r.setVersion,
  status: r.status,
  stations: r.stations,
  selfDeadline: r.selfDeadline,
  reviewDeadline: r.reviewDeadline,
  correctionDays: r.correctionDays,
  lapse: r.lapse,
  grades: r.grades,
  publishedAt: r.publishedAt,
});

export const setView = (s: EvalIndicatorSetDoc): IndicatorSetView => ({
  id: s._id,
  version: s.version,
  title: s.title,
  sections: s.sections,
  total: totalOf(s.sections),
  createdAt: s.createdAt,
});

/** Whether the station may still edit: an open round, before its deadline (or a correction's), not submitted. */
export function editable(round: EvalRoundDoc, s: EvalSubmissionDoc, now: number): boolean {
  if (round.status !== 'open') return false;
  if (s.status === 'returned') return !!s.correction && now <= s.correction.dueAt && !s.correction.lapsed;
  return s.status === 'draft' && shanghaiDate(now) <= round.selfDeadline;
}

export interface EvaluationParts {
  round: EvalRoundDoc;
  set: EvalIndicatorSetDoc;
  submission: EvalSubmissionDoc;
  side: Side;
  reviews: EvalReviewDoc[];
  vetoes: EvalVetoDoc[];
  /** The figures from the records (EVAL_AUTO): live while drafting, as submitted afterwards. */
  figures: Record<EvalAuto, number | null>;
  /** The caller, for their own review. */
  userId: string;
}

export async function stationEvaluationView(
  ctx: Pick<HandlerContext, 'files' | 'clock'>,
  p: EvaluationParts,
): Promise<StationEvaluation> {
  const { round, set, submission: s, side } = p;
  const stored = new Map(Object.entries(s.answers));
  const answers: StationEvaluation['answers'] = {};
  for (const item of itemsOf(set.sections)) {
    const a = stored.get(item.id);
    const value = item.auto ? p.figures[item.auto] : null;
    answers[item.id] = {
      ...(item.auto
        ? { auto: { value, source: autoSource(item.auto, round.year), suggested: suggestedScore(item, value) } }
        : {}),
      ...(a?.selfScore !== undefined ? { selfScore: a.selfScore } : {}),
      ...(a?.value !== undefined ? { value: a.value } : {}),
      ...(a?.justification ? { justification: a.justification } : {}),
      ...(a?.note ? { note: a.note } : {}),
      attachments: await attachmentViews(ctx.files, a?.attachments),
    };
  }
  const published = round.status === 'published';
  const visibleReviews =
    side === 'admin' ? p.reviews : side === 'reviewer' ? p.reviews.filter((r) => r.reviewerId === p.userId) : [];
  return {
    round: roundView(round),
    set: setView(set),
    stationId: s.stationId,
    stationName: s.stationName,
    status: s.status,
    answers,
    submittedAt: s.submittedAt,
    correction: s.correction
      ? { reasons: s.correction.reasons, dueAt: s.correction.dueAt, at: s.correction.at, lapsed: s.correction.lapsed }
      : undefined,
    side,
    reviews: visibleReviews.map((r) => ({
      reviewerName: r.reviewerName,
      status: r.status,
      scores: r.scores,
      total: r.status === 'conflict' ? null : reviewTotal(set.sections, r.scores),
      comment: r.comment,
      submittedAt: r.submittedAt,
    })),
    vetoes:
      side !== 'station' || published
        ? p.vetoes.map((v) => ({
            condition: v.condition,
            evidence: v.evidence,
            byName: v.byName,
            at: v.at,
            automatic: v.automatic,
          }))
        : [],
    result:
      side === 'admin' || (side === 'station' && published)
        ? resultOf(round, set.sections, p.reviews, p.vetoes)
        : undefined,
    editable: side === 'station' && editable(round, s, ctx.clock.now()),
  };
}
