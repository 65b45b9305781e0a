/**
 * Deterministic ids of everything one visit writes. All derive from the writer and their client
 * request id, so a replay of the same submission (the phone's outbox sending again) collides
 * with the first visit and the database refuses it — nothing is read first to decide.
 */
import { submissionId } from '../_shared/records';

export function visitIdOf(userId: string, clientRequestId: string): string {
  return submissionId('visit:', userId, clientRequestId);
}

/** The n-th need's service request (1-based, in the order the needs were entered). */
export const visitRequestId = (visitId: string, n: number) => `req:${visitId}:${n}`;

/** The holdings history entry of the figures updated on the visit. */
export const visitHoldingsHistoryId = (visitId: string) => `hh:${visitId}`;
