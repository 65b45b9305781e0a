/** Stations as actions use them: one in service (bookings, service requests), and the one an export is filed under. */
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

/** Whose list an export holds, for its file name: the station's name, or 全部站点 (an admin's all). */
export async function stationOwner(
  store: Store,
  stationId: string | undefined,
): Promise<{ owner: string; folder: string }> {
  if (!stationId) return { owner: '全部站点', folder: 'all' };
  const station = await mustGet<StationDoc>(store, 'stations', stationId);
  return { owner: station.name, folder: station._id };
}
