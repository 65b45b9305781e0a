/**
 * One row per assignment of a request (assignments, id `<requestId>:<assignedAt>`): who it went
 * to, when it was due, how it was answered (accepted / declined / reassigned by the station) and
 * when the report closed it. The request keeps only the current assignee; these keep the rest,
 * for the roster's workload and on-time rate and for telling a former assignee it moved on.
 */
import type { Store, TxStore } from '../../core/ports';
import type { AssignmentDoc, ServiceRequestDoc } from '../../core/store/docs';

import { assignmentId } from '../_shared/request-assignments';

export { assignmentId };

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

/** The request's latest assignment row, whoever it went to (served by assignments (requestId, assignedAt)). */
export async function lastAssignmentOfRequest(store: Store, requestId: string): Promise<AssignmentDoc | null> {
  const [row] = await store.find<AssignmentDoc>('assignments', {
    where: { requestId },
    orderBy: [['assignedAt', 'desc']],
    limit: 1,
  });
  return row ?? null;
}

/** The caller's last assignment of this request, if it ever was theirs. */
export async function lastAssignmentOf(store: Store, requestId: string, userId: string): Promise<AssignmentDoc | null> {
  const rows = await store.find<AssignmentDoc>('assignments', {
    where: { requestId },
    orderBy: [['assignedAt', 'asc']],
    limit: MAX_ASSIGNMENTS,
  });
  return rows.filter((a) => a.assigneeId === userId).pop() ?? null;
}
