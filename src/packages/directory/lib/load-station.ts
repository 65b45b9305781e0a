import type { OutputOf } from '@core/contract';
import { getStation } from '@/services/directory';
import { ServiceError } from '@/services/errors';

export type StationDetail = OutputOf<'directory', 'getStation'>;

/** The station with its items, or null when there is no such (visible) station. */
export async function loadStation(stationId: string | undefined): Promise<StationDetail | null> {
  if (!stationId) return null;
  try {
    return await getStation({ stationId });
  } catch (e) {
    if (e instanceof ServiceError && (e.code === 'NOT_FOUND' || e.code === 'INVALID_INPUT')) return null;
    throw e;
  }
}
