/**
 * Loads reference data: stations with their item lists, the appendix-A platforms, the
 * appendix-B courses and the request catalogue. Every document has a stable id, so loading
 * twice (every host start, or the CloudBase setup function) changes nothing.
 */
import { SERVICE_CATEGORY } from '../../core/enums';
import { isAppError } from '../../core/errors';
import type { Clock, Store } from '../../core/ports';
import { COURSES } from '../../core/reference/courses';
import { PLATFORMS } from '../../core/reference/platforms';
import { DEFAULT_TRAINING_QUESTIONNAIRE } from '../../core/reference/questionnaires';
import { SEED_STATIONS } from '../../core/reference/stations';
import type { ServiceItemDoc, StationDoc } from '../../core/store/docs';
import type { CollectionName } from '../../core/store/schema';

async function insertOnce(store: Store, collection: CollectionName, doc: Record<string, unknown> & { _id: string }) {
  try {
    await store.insert(collection, doc);
    return 1;
  } catch (e) {
    if (isAppError(e) && e.code === 'CONFLICT') return 0;
    throw e;
  }
}

export async function loadReferenceData(store: Store, clock: Clock): Promise<number> {
  const now = clock.now();
  let added = 0;
  for (const [i, p] of PLATFORMS.entries()) {
    added += await insertOnce(store, 'platforms', { _id: `platform-${i + 1}`, order: i + 1, ...p });
  }
  for (const [i, c] of COURSES.entries()) {
    added += await insertOnce(store, 'courses', { _id: `course-${i + 1}`, order: i + 1, ...c });
  }
  for (const [i, code] of SERVICE_CATEGORY.values.entries()) {
    const group = code.startsWith('studio_') ? 'studio' : 'basic';
    added += await insertOnce(store, 'catalogue', {
      _id: code,
      order: i + 1,
      label: SERVICE_CATEGORY.labels[code],
      group,
    });
  }
  // The default training questionnaire (available to every station: stationId null).
  added += await insertOnce(store, 'questionnaires', {
    ...DEFAULT_TRAINING_QUESTIONNAIRE,
    stationId: null,
    isDefault: true,
    createdAt: now,
  });
  for (const [i, s] of SEED_STATIONS.entries()) {
    const { id, items, supervisionPhone, ...fields } = s;
    const station: StationDoc = { _id: id, ...fields, status: 'active', order: i + 1, createdAt: now, updatedAt: now };
    added += await insertOnce(store, 'stations', station);
    for (const [j, item] of items.entries()) {
      const doc: ServiceItemDoc = {
        _id: `${id}-item-${j + 1}`,
        stationId: id,
        ...item,
        consultPhone: s.phone,
        supervisionPhone,
        order: (j + 1) * 10,
        status: 'published',
        createdAt: now,
        updatedAt: now,
      };
      added += await insertOnce(store, 'service_items', doc);
    }
  }
  // Companies stored before the ledger existed have no lastVisitAt; the 待走访 queue is one range
  // query `lastVisitAt < cutoff`, which never matches a missing field: give them 0 (never visited).
  await store.update('companies', { lastVisitAt: null }, { set: { lastVisitAt: 0 } });
  return added;
}
