/**
 * Loads reference data: stations with their item lists, the appendix-A platforms, the
 * appendix-B courses and the request catalogue. Every document has a stable id, so loading
 * twice (every host start, or the CloudBase setup function) changes nothing. Then applies the
 * one-off fixes of older data a database has not had yet.
 */
import { SERVICE_CATEGORY } from '../../core/enums';
import type { Clock, Store } from '../../core/ports';
import { COURSES } from '../../core/reference/courses';
import { PLATFORMS } from '../../core/reference/platforms';
import { DEFAULT_TRAINING_QUESTIONNAIRE } from '../../core/reference/questionnaires';
import { SEED_STATIONS } from '../../core/reference/stations';
import type { MigrationDoc, ServiceItemDoc, StationDoc } from '../../core/store/docs';
import type { CollectionName } from '../../core/store/schema';
import { insertIfAbsent } from './records';
import { stampLegacyRecords } from './rollups';
import { indexServiceItem, indexStation, reindexAll } from './search-index';

/**
 * Fixes of data stored by an older version. Each runs once per database: its `migrations`
 * document marks it done, so a start does not scan a large collection again. Each fix is
 * idempotent, so two starts applying one at the same moment do no harm.
 */
const MIGRATIONS: ReadonlyArray<{ id: string; apply(store: Store, now: number): Promise<unknown> }> = [
  {
    // Companies stored before the ledger existed have no lastVisitAt; the 待走访 queue is one range
    // query `lastVisitAt < cutoff`, which never matches a missing field: give them 0 (never visited).
    id: 'companies-last-visit-at',
    apply: (store) => store.update('companies', { lastVisitAt: null }, { set: { lastVisitAt: 0 } }),
  },
  {
    // Articles, stations and items stored before search existed: index them once.
    id: 'search-index',
    apply: (store) => reindexAll(store),
  },
  {
    // Records stored before the statistics have no change stamp: the rollup job reads sources by
    // it, so stamp them once and the first run counts them.
    id: 'rollup-change-stamps',
    apply: (store, now) => stampLegacyRecords(store, now),
  },
];

async function applyMigrations(store: Store, now: number): Promise<void> {
  for (const m of MIGRATIONS) {
    if (await store.get<MigrationDoc>('migrations', m.id)) continue;
    await m.apply(store, now);
    await insertIfAbsent(store, 'migrations', { _id: m.id, appliedAt: now } satisfies MigrationDoc);
  }
}

export async function loadReferenceData(store: Store, clock: Clock): Promise<number> {
  const now = clock.now();
  let added = 0;
  const add = async (collection: CollectionName, doc: Record<string, unknown> & { _id: string }) => {
    if (await insertIfAbsent(store, collection, doc)) added++;
  };
  for (const [i, p] of PLATFORMS.entries()) {
    await add('platforms', { _id: `platform-${i + 1}`, order: i + 1, ...p });
  }
  for (const [i, c] of COURSES.entries()) {
    await add('courses', { _id: `course-${i + 1}`, order: i + 1, ...c });
  }
  for (const [i, code] of SERVICE_CATEGORY.values.entries()) {
    const group = code.startsWith('studio_') ? 'studio' : 'basic';
    await add('catalogue', {
      _id: code,
      order: i + 1,
      label: SERVICE_CATEGORY.labels[code],
      group,
    });
  }
  // The default training questionnaire (available to every station: stationId null).
  await add('questionnaires', {
    ...DEFAULT_TRAINING_QUESTIONNAIRE,
    stationId: null,
    isDefault: true,
    createdAt: now,
  });
  for (const [i, s] of SEED_STATIONS.entries()) {
    const { id, items, supervisionPhone, ...fields } = s;
    const station: StationDoc = { _id: id, ...fields, status: 'active', order: i + 1, createdAt: now, updatedAt: now };
    const newStation = await insertIfAbsent(store, 'stations', station);
    if (newStation) {
      added++;
      await indexStation(store, station);
    }
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
      if (await insertIfAbsent(store, 'service_items', doc)) {
        added++;
        await indexServiceItem(store, doc, station);
      }
    }
  }
  await applyMigrations(store, now);
  return added;
}
