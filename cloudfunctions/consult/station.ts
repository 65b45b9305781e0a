/** The station side of consultations: its booking rules, and who consults there. */
import { AppError } from '../../core/errors';
import type { Store } from '../../core/ports';
import { DEFAULT_BOOKING_RULES, type BookingRules } from '../../core/rules/slots';
import type { AvailabilityDoc, MembershipDoc, StationDoc } from '../../core/store/docs';
import { findAll } from '../_shared/paging';
import { mustGet } from '../_shared/records';

export type ConsultantRole = 'liaison' | 'expert' | 'chief';
/** In the order a person with several station roles is presented (the chief hat first). */
const CONSULTANT_ROLES: ConsultantRole[] = ['chief', 'liaison', 'expert'];

export const availabilityId = (stationId: string, consultantId: string) => `${stationId}:${consultantId}`;

/** The station's rules, field by field over the defaults (a station may have saved none). */
export const bookingRulesOf = (station: StationDoc): BookingRules => ({
  ...DEFAULT_BOOKING_RULES,
  ...station.bookingRules,
});

/** A station that takes bookings: it exists and is in service. */
export async function openStation(store: Store, stationId: string): Promise<StationDoc> {
  const station = await mustGet<StationDoc>(store, 'stations', stationId);
  if (station.status !== 'active') {
    throw new AppError('INVALID_INPUT', '该站点已暂停服务，请选择其他站点', { stationId: '站点：该站点已暂停服务' });
  }
  return station;
}

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

/** The published patterns of a station's current consultants (or of one of them), by name. */
export async function stationPatterns(
  store: Store,
  stationId: string,
  consultantId?: string,
): Promise<Array<AvailabilityDoc & { role: ConsultantRole }>> {
  const [docs, roles] = await Promise.all([
    consultantId
      ? store.get<AvailabilityDoc>('availability', availabilityId(stationId, consultantId)).then((d) => (d ? [d] : []))
      : findAll<AvailabilityDoc>(store, 'availability', { stationId }, [['consultantName', 'asc']]),
    stationConsultants(store, stationId),
  ]);
  return docs.flatMap((d) => {
    const role = roles.get(d.consultantId);
    return role ? [{ ...d, role }] : [];
  });
}
