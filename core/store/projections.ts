/**
 * What each statistics source record adds to the figures (core/rules/rollups.ts has the keys and
 * the diffing): one projection per source collection, from the document as it stands now.
 */
import type {
  AssignmentDoc,
  BookingDoc,
  ConsultationRecordDoc,
  RatingCore,
  RatingDoc,
  RequestRatingDoc,
  ServiceRequestDoc,
  SurveyResponseDoc,
  TrainingSessionDoc,
  VisitDoc,
} from './docs';
import { keywordsOf } from '../rules/keywords';
import { WANTED_TOPICS_QUESTION_ID } from '../rules/survey';
import {
  insightScope,
  K,
  keyPart,
  personScope,
  REQUEST_ANSWER_HOURS,
  stationScope,
  type Contribution,
  type RollupSource,
  type ServiceKind,
} from '../rules/rollups';
import { HOUR_MS, shanghaiDate } from '../rules/time';

const hours = (ms: number) => Math.round((ms / HOUR_MS) * 10) / 10;

function at(scopes: string[], day: string, pairs: Array<[string, number]>): Contribution[] {
  const out: Contribution[] = [];
  for (const scope of scopes) for (const [key, n] of pairs) if (n !== 0) out.push({ scope, day, key, n });
  return out;
}

function ratingPairs(kind: ServiceKind, stars: number): Array<[string, number]> {
  const s = Math.max(1, Math.min(5, Math.round(stars)));
  return [
    [`${K.rate}${kind}_s${s}`, 1],
    [`${K.rate}${kind}_sum`, s],
    [`${K.rate}${kind}_n`, 1],
    [`${K.rate}${kind}_low`, s <= 2 ? 1 : 0],
  ];
}

/**
 * What one record of `source` adds to the figures, as the record stands now. The scopes: its
 * station, and the person whose own work it is (a liaison's statistics are their own).
 */
export function project(source: RollupSource, doc: Record<string, unknown>): Contribution[] {
  switch (source) {
    case 'consultation_records': {
      const r = doc as unknown as ConsultationRecordDoc;
      const day = shanghaiDate(r.consultedAt);
      const asked = at([insightScope(r.stationId)], day, [
        [K.askedBy + keyPart(r.companyId), 1],
        ...keywordsOf(r.summary ?? '').map((w): [string, number] => [K.keyword + keyPart(w), 1]),
      ]);
      return [
        ...asked,
        ...at([stationScope(r.stationId), personScope(r.consultantId)], day, [
          [K.consult, 1],
          [K.consultChannel + keyPart(r.channel), 1],
          [K.consultCategory + keyPart(r.category), 1],
          [K.consultBy + keyPart(r.consultantId), 1],
          [K.consultMinutes, r.durationMinutes ?? 0],
        ]),
      ];
    }
    case 'bookings': {
      const b = doc as unknown as BookingDoc;
      return at([stationScope(b.stationId), personScope(b.consultantId)], shanghaiDate(b.start), [
        [K.bookings, 1],
        [K.bookingDone, b.status === 'done' ? 1 : 0],
        [K.bookingNoShow, b.status === 'no_show' ? 1 : 0],
        [K.bookingCancelled, b.status === 'cancelled' ? 1 : 0],
      ]);
    }
    case 'visits': {
      const v = doc as unknown as VisitDoc;
      return at([stationScope(v.stationId), personScope(v.createdBy)], shanghaiDate(v.visitedAt), [
        [K.visits, 1],
        [K.visitForm + keyPart(v.form), 1],
        [K.visitCompany + keyPart(v.companyId), 1],
        ...(v.topics ?? []).map((t): [string, number] => [K.visitTopic + keyPart(t), 1]),
      ]);
    }
    case 'service_requests': {
      const r = doc as unknown as ServiceRequestDoc;
      const accepted = r.history?.find((h) => h.event === 'accepted')?.at;
      const scopes = [stationScope(r.stationId), ...(r.handlerId ? [personScope(r.handlerId)] : [])];
      const found =
        r.source === 'visit'
          ? at([insightScope(r.stationId)], shanghaiDate(r.createdAt), [[K.visitNeed + keyPart(r.category), 1]])
          : [];
      return [
        ...found,
        ...at(scopes, shanghaiDate(r.createdAt), [
          [K.requests, 1],
          [K.requestStatus + keyPart(r.status), 1],
          [K.requestCategory + keyPart(r.category), 1],
          [K.requestResponded, accepted !== undefined ? 1 : 0],
          [K.requestRespondHours, accepted !== undefined ? hours(accepted - r.createdAt) : 0],
          [
            K.requestRespondedIn2Days,
            accepted !== undefined && accepted - r.createdAt <= REQUEST_ANSWER_HOURS * HOUR_MS ? 1 : 0,
          ],
          [K.requestClosed, r.status === 'closed' && r.closedAt ? 1 : 0],
          [K.requestCloseHours, r.status === 'closed' && r.closedAt ? hours(r.closedAt - r.createdAt) : 0],
        ]),
      ];
    }
    case 'assignments': {
      const a = doc as unknown as AssignmentDoc;
      const answered = a.outcome === 'accepted' || a.outcome === 'declined';
      const scopes = [stationScope(a.stationId), ...(a.assigneeId ? [personScope(a.assigneeId)] : [])];
      return at(scopes, shanghaiDate(a.assignedAt), [
        [K.assignments, 1],
        [K.assignmentAnswered, answered ? 1 : 0],
        [K.assignmentOnTime, answered && a.onTime ? 1 : 0],
        [K.assignmentDeclined, a.outcome === 'declined' ? 1 : 0],
        [K.assignmentReported, a.reportedAt ? 1 : 0],
      ]);
    }
    case 'trainings': {
      const t = doc as unknown as TrainingSessionDoc;
      if (t.status === 'cancelled') return [];
      return at([stationScope(t.stationId)], shanghaiDate(t.startAt), [
        [K.trainings, 1],
        [K.trainingSignups, t.confirmedCount ?? 0],
        [K.trainingWaitlist, t.waitlistCount ?? 0],
        [K.trainingCheckins, t.checkedInCount ?? 0],
        [K.trainingWalkIns, t.walkInCount ?? 0],
      ]);
    }
    case 'ratings': {
      const r = doc as unknown as RatingDoc;
      return at(
        [stationScope(r.stationId), personScope(r.consultantId)],
        shanghaiDate(r.ratedAt),
        ratingPairs('consult', r.stars),
      );
    }
    case 'request_ratings': {
      const r = doc as unknown as RequestRatingDoc & RatingCore;
      const scopes = [stationScope(r.stationId), ...(r.handlerId ? [personScope(r.handlerId)] : [])];
      return at(scopes, shanghaiDate(r.ratedAt), ratingPairs('request', r.stars));
    }
    case 'survey_responses': {
      const s = doc as unknown as SurveyResponseDoc;
      if (s.targetKind !== 'training') return [];
      const day = shanghaiDate(s.submittedAt);
      const overall = s.answers?.overall;
      const wanted = s.answers?.[WANTED_TOPICS_QUESTION_ID];
      return [
        ...(typeof overall === 'number' ? at([stationScope(s.stationId)], day, ratingPairs('training', overall)) : []),
        ...(Array.isArray(wanted)
          ? at(
              [insightScope(s.stationId)],
              day,
              [...new Set(wanted.filter((t): t is string => typeof t === 'string'))].map((t): [string, number] => [
                K.wantedTopic + keyPart(t),
                1,
              ]),
            )
          : []),
      ];
    }
  }
}
