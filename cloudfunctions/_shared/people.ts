/** The station's chiefs: who is asked to follow up (a rights clue to refer on, a low rating). */
import type { Store } from '../../core/ports';
import type { MembershipDoc } from '../../core/store/docs';

/** A station has one chief, at most a few: a bounded read served by memberships (stationId, role). */
const MAX_CHIEFS = 20;

export async function stationChiefIds(store: Store, stationId: string): Promise<string[]> {
  const chiefs = await store.find<MembershipDoc>('memberships', {
    where: { stationId, role: 'chief', status: 'active' },
    limit: MAX_CHIEFS,
  });
  return [...new Set(chiefs.map((m) => m.userId))];
}
