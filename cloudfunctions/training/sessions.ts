/** What every training action derives from a session: its id, policy target, page and waitlist place. */
import { submissionId } from '../_shared/records';
import { ROUTES } from '../../core/pages';
import type { Store } from '../../core/ports';
import type { Target } from '../../core/policy';
import type { SignupDoc, TrainingSessionDoc } from '../../core/store/docs';

/**
 * `tr_<hash of the creator and their client request id>`: a replayed submission is the same
 * document, which the database refuses to insert twice.
 */
export function newSessionId(userId: string, clientRequestId: string): string {
  return submissionId('tr_', userId, clientRequestId, 20);
}

/** The policy target of a session: its station (the chief's scope). */
export const sessionTarget = (s: Pick<TrainingSessionDoc, 'stationId'>): Target => ({ stationId: s.stationId });

/** The session page, where a notice opens. */
export const sessionLink = (sessionId: string) => ROUTES.trainingSession(sessionId);

/** 1 = next to get a seat. Counted on the (sessionId, status, seq) index. */
export async function waitlistPosition(store: Store, s: SignupDoc): Promise<number | undefined> {
  if (s.status !== 'waitlisted') return undefined;
  return store.count('signups', { sessionId: s.sessionId, status: 'waitlisted', seq: { $lte: s.seq } });
}
