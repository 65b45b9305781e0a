/** The station side of consultations: its booking rules, and the patterns its consultants publish. */
import type { Store } from '../../core/ports';
import { DEFAULT_BOOKING_RULES, type BookingRules } from '../../core/rules/slots';
import type { AvailabilityDoc, StationDoc } from '../../core/store/docs';
import { findAll } from '../_shared/paging';
import { stationConsultants, type ConsultantRole } from '../_shared/people';

export const availabilityId = (stationId: string, consultantId: string) => `${stationId}:${consultantId}`;

/** The station's rules, field by field over the defaults (a station may have saved none). */
export const bookingRulesOf = (station: StationDoc): BookingRules => ({
  ...DEFAULT_BOOKING_RULES,
  ...station.bookingRules,
});

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
