/**
 * Who holds which hat at a station, read from the active memberships: who consults there (a
 * booking and its archive record name a consultant) and its chiefs (who is asked to follow up a
 * rights clue to refer on, or a low rating).
 */
import type { District } from '../../core/enums';
import type { Store } from '../../core/ports';
import type { MembershipDoc } from '../../core/store/docs';
import { findAll } from './paging';

export type ConsultantRole = 'liaison' | 'expert' | 'chief';
/** In the order a person with several station roles is presented (the chief hat first). */
const CONSULTANT_ROLES: ConsultantRole[] = ['chief', 'liaison', 'expert'];

function firstRole(roles: string[]): ConsultantRole | null {
  return CONSULTANT_ROLES.find((r) => roles.includes(r)) ?? null;
}

/**
 * The role a person consults in at a station (an active liaison, expert or chief grant), or
 * null: someone who left the station, or never belonged to it, cannot be booked there.
 */
export async function consultantRole(store: Store, stationId: string, userId: string): Promise<ConsultantRole | null> {
  const grants = await store.find<MembershipDoc>('memberships', {
    where: { userId, stationId, status: 'active' },
    limit: 10,
  });
  return firstRole(grants.map((g) => g.role));
}

/** Everyone who may consult at a station, with the role they are shown in. */
export async function stationConsultants(store: Store, stationId: string): Promise<Map<string, ConsultantRole>> {
  const grants = await findAll<MembershipDoc>(store, 'memberships', {
    stationId,
    role: { $in: CONSULTANT_ROLES },
    status: 'active',
  });
  const byUser = new Map<string, string[]>();
  for (const g of grants) byUser.set(g.userId, [...(byUser.get(g.userId) ?? []), g.role]);
  return new Map([...byUser].map(([userId, roles]) => [userId, firstRole(roles)!]));
}

/** A station has one chief, at most a few: a bounded read served by memberships (stationId, role). */
const MAX_CHIEFS = 20;

export async function stationChiefIds(store: Store, stationId: string): Promise<string[]> {
  const chiefs = await store.find<MembershipDoc>('memberships', {
    where: { stationId, role: 'chief', status: 'active' },
    limit: MAX_CHIEFS,
  });
  return [...new Set(chiefs.map((m) => m.userId))];
}

/**
 * Users with an active grant of `role` and no station: the city's admins, a district's admins
 * (`district`), or a studio approval level's approvers (a town branch's: `district`). A handful,
 * served by memberships (stationId, role).
 */
export async function overseerIds(
  store: Store,
  role: 'admin' | 'district_admin' | 'studio_branch' | 'studio_section' | 'studio_bureau',
  district?: District,
): Promise<string[]> {
  const grants = await findAll<MembershipDoc>(store, 'memberships', {
    stationId: null,
    role,
    status: 'active',
    ...(district ? { district } : {}),
  });
  return [...new Set(grants.map((g) => g.userId))];
}
