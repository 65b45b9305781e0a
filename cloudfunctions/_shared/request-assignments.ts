/**
 * Assignments outliving their assignee: an expert who leaves the roster (退出) or is removed
 * (除名, 004 §8.5) can no longer answer or report, so the requests still waiting on them go back to
 * their stations' queues (status 已受理, assignment cleared, a history entry saying why), in the
 * same transaction that ends their access. Shared by the expert function (which ends the access)
 * and read by the request area's history labels (core/rules/request-flow.ts).
 */
import type { Store, TxStore } from '../../core/ports';
import { ASSIGNMENT_RETURNED_EVENT } from '../../core/rules/request-flow';
import type { AssignmentDoc, ServiceRequestDoc } from '../../core/store/docs';

/** An assignment's row id in `assignments`: one per (request, assignedAt). */
export const assignmentId = (requestId: string, assignedAt: number) => `${requestId}:${assignedAt}`;

/** The statuses in which a request still waits on its assignee (to answer, or to report). */
const WAITING_ON_ASSIGNEE = ['assigned', 'in_progress'] as const;
/** An expert has a handful of open requests; more would be a roster problem, not a page. */
const MAX_OPEN = 200;

/** The fields of a request that describe its current assignment (cleared when it returns). */
const ASSIGNMENT_FIELDS = [
  'assigneeId',
  'assigneeName',
  'assigneeKind',
  'assignNote',
  'assignedAt',
  'respondBy',
  'overdueAt',
  'escalatedAt',
] as const;

/**
 * The requests waiting on `userId` (read before the transaction: served by service_requests
 * (assigneeId, status, updatedAt)); pass them to `returnToQueue` inside it.
 */
export function openAssignmentsOf(store: Store, userId: string): Promise<ServiceRequestDoc[]> {
  return store.find<ServiceRequestDoc>('service_requests', {
    where: { assigneeId: userId, status: { $in: [...WAITING_ON_ASSIGNEE] } },
    limit: MAX_OPEN,
  });
}

/**
 * Puts each request still waiting on `userId` (re-read in the transaction) back in its station's
 * queue, and settles its assignment row. Returns the requests returned.
 */
export async function returnToQueue(
  tx: TxStore,
  requests: ServiceRequestDoc[],
  userId: string,
  by: { id: string; name: string; reason: string },
  now: number,
): Promise<ServiceRequestDoc[]> {
  const returned: ServiceRequestDoc[] = [];
  for (const r of requests) {
    const current = await tx.get<ServiceRequestDoc>('service_requests', r._id);
    if (!current || current.assigneeId !== userId) continue;
    if (!(WAITING_ON_ASSIGNEE as readonly string[]).includes(current.status)) continue;
    const entry = {
      at: now,
      by: by.id,
      byName: by.name,
      event: ASSIGNMENT_RETURNED_EVENT,
      status: 'accepted',
      note: by.reason,
    };
    await tx.updateById('service_requests', current._id, {
      set: {
        status: 'accepted',
        history: [...current.history, entry],
        updatedAt: Math.max(now, current.updatedAt + 1),
      },
      unset: [...ASSIGNMENT_FIELDS],
    });
    if (current.assignedAt !== undefined) {
      const id = assignmentId(current._id, current.assignedAt);
      const row = await tx.get<AssignmentDoc>('assignments', id);
      if (row && (row.outcome === 'open' || row.outcome === 'accepted')) {
        await tx.updateById('assignments', id, { set: { outcome: 'reassigned' } });
      }
    }
    returned.push(current);
  }
  return returned;
}
