/**
 * What an assignment needs, written straight into a store: a station of its own (so its chiefs
 * and queue are the test's alone) and filed experts (专家库, 备案) serving it.
 */
import type { Store } from '../../core/ports';
import type { ExpertProfileDoc, StationDoc } from '../../core/store/docs';
import { OWN_STATION } from './fixtures';
import { seedMember, type Actor } from './world';

let stationSeq = 0;

/** A copy of the seeded OWN_STATION under a new id. */
export async function seedStation(store: Store, label = 'sla'): Promise<string> {
  const seeded = (await store.get<StationDoc>('stations', OWN_STATION))!;
  const id = `st-${label}-${++stationSeq}-${process.pid}`;
  await store.insert<StationDoc>('stations', { ...seeded, _id: id, name: `${label}测试站${stationSeq}` });
  return id;
}

/** An expert of the station, filed on the roster (assignRequest accepts only filed experts). */
export async function seedFiledExpert(store: Store, now: number, stationId: string, name: string): Promise<Actor> {
  const actor = await seedMember(store, now, 'expert', { stationId }, name);
  await seedFiledProfile(store, now, actor.userId, stationId, name);
  return actor;
}

/** The filed roster entry of an existing expert (id = their user id). */
export async function seedFiledProfile(store: Store, now: number, userId: string, stationId: string, name: string) {
  const doc: ExpertProfileDoc = {
    _id: userId,
    name,
    organisation: '某知识产权代理事务所',
    title: '专利代理师',
    specialities: ['application'],
    industries: [],
    qualifications: [{ kind: 'patent_attorney', number: 'PA-001' }],
    yearsOfPractice: 8,
    stationIds: [stationId],
    mobile: '13900000000',
    commitmentAcceptedAt: now,
    status: 'filed',
    filedAt: now,
    filedBy: 'u-admin',
    createdAt: now,
    updatedAt: now,
  };
  await store.insert('expert_profiles', doc);
}
