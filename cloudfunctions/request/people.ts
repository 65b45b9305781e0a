/** Who is told about a request: the company's staff, the station's liaisons (or its chiefs). */
import type { Store } from '../../core/ports';
import type { MembershipDoc } from '../../core/store/docs';
import { stationChiefIds } from '../_shared/people';

/** A company has a handful of staff, a station a handful of liaisons: bounded reads on declared indexes. */
const MAX_PEOPLE = 50;

async function userIds(store: Store, where: Record<string, string>): Promise<string[]> {
  const grants = await store.find<MembershipDoc>('memberships', {
    where: { ...where, status: 'active' },
    limit: MAX_PEOPLE,
  });
  return [...new Set(grants.map((m) => m.userId))];
}

/** Everyone acting for the company (memberships by companyId). */
export const companyStaffIds = (store: Store, companyId: string) => userIds(store, { companyId, role: 'company' });

/** The station's liaisons, who work the queue; its chiefs when it has none, so nobody goes untold. */
export async function queueWatcherIds(store: Store, stationId: string): Promise<string[]> {
  const liaisons = await userIds(store, { stationId, role: 'liaison' });
  return liaisons.length ? liaisons : stationChiefIds(store, stationId);
}
