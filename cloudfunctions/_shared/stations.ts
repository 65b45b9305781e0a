/** A station an action works at: one that exists and is in service (bookings, service requests). */
import { AppError } from '../../core/errors';
import type { Store } from '../../core/ports';
import type { StationDoc } from '../../core/store/docs';
import { mustGet } from './records';

/** A station that takes bookings and requests: it exists and is in service. */
export async function openStation(store: Store, stationId: string): Promise<StationDoc> {
  const station = await mustGet<StationDoc>(store, 'stations', stationId);
  if (station.status !== 'active') {
    throw new AppError('INVALID_INPUT', '该站点已暂停服务，请选择其他站点', { stationId: '站点：该站点已暂停服务' });
  }
  return station;
}
