/**
 * One row per assignment of a request (assignments, id `<requestId>:<assignedAt>`): who it went
 * to, when it was due, how it was answered (accepted / declined / reassigned by the station) and
 * when the report closed it. The request keeps only the current assignee; these keep the rest,
 * for the roster's workload and on-time rate and for telling a former assignee it moved on.
 */
import type { Store, TxStore } from '../../core/ports';
import type { AssignmentDoc, ServiceRequestDoc } from '../../core/store/docs';

export const assignmentId = (requestId: string, assignedAt: number) => `${requestId}:${assignedAt}`;

/** The id of the request's current assignment, when it has one. */
export const currentAssignmentId = (r: ServiceRequestDoc) =>
  r.assignedAt === undefined ? null : assignmentId(r._id, r.assignedAt);

/** Settles the current assignment (in the transaction that moves the request), if it is still open. */
export async function settleOpenAssignment(
  tx: TxStore,
  r: ServiceRequestDoc,
  set: Partial<AssignmentDoc>,
): Promise<void> {
  const id = currentAssignmentId(r);
  if (!id) return;
  const found = await tx.get<AssignmentDoc>('assignments', id);
  if (found?.outcome === 'open') await tx.updateById('assignments', id, { set });
}

/** A request has a handful of assignments at most: served by assignments (requestId, assignedAt). */
const MAX_ASSIGNMENTS = 50;

/** The caller's last assignment of this request, if it ever was theirs. */
export async function lastAssignmentOf(store: Store, requestId: string, userId: string): Promise<AssignmentDoc | null> {
  const rows = await store.find<AssignmentDoc>('assignments', {
    where: { requestId },
    orderBy: [['assignedAt', 'asc']],
    limit: MAX_ASSIGNMENTS,
  });
  return rows.filter((a) => a.assigneeId === userId).pop() ?? null;
}
