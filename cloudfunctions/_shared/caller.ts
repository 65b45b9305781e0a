/** Builds the verified Caller from a user id the platform vouched for. */
import type { Caller, Clock, Membership, Store } from '../../core/ports';
import type { MembershipDoc, StationDoc, UserDoc } from '../../core/store/docs';
import { insertIfAbsent } from './records';

export function toMembership(doc: MembershipDoc): Membership {
  const m: Membership = { id: doc._id, role: doc.role };
  if (doc.stationId) m.stationId = doc.stationId;
  if (doc.companyId) m.companyId = doc.companyId;
  if (doc.district) m.district = doc.district;
  return m;
}

/** A district admin's reach: every station of the district (the network is small: one read). */
async function districtStations(store: Store, acting: Membership | null): Promise<string[] | undefined> {
  if (acting?.role !== 'district_admin' || !acting.district) return undefined;
  const stations = await store.find<StationDoc>('stations', { where: { district: acting.district }, limit: 1000 });
  return stations.map((s) => s._id);
}

export async function loadCaller(store: Store, userId: string): Promise<Caller | null> {
  // Both at once: on CloudBase each is a round trip, and the memberships need only the id.
  const [user, docs] = await Promise.all([
    store.get<UserDoc>('users', userId),
    store.find<MembershipDoc>('memberships', {
      where: { userId, status: 'active' },
      orderBy: [['createdAt', 'asc']],
    }),
  ]);
  if (!user) return null;
  const memberships = docs.map(toMembership);
  const acting = memberships.find((m) => m.id === user.actingMembershipId) ?? memberships[0] ?? null;
  const districtStationIds = await districtStations(store, acting);
  return {
    userId,
    displayName: user.displayName,
    memberships,
    acting,
    ...(districtStationIds ? { districtStationIds } : {}),
  };
}

/** `wx_<OPENID>`: the deterministic id makes "first call creates the user" safe under races. */
export const wechatUserId = (openid: string) => `wx_${openid}`;

/**
 * CloudBase: the caller is whoever WeChat says OPENID is. The first call creates the user;
 * two first calls at once both end with the same single user (the second insert is a CONFLICT).
 */
export async function callerFromOpenid(store: Store, clock: Clock, openid: string | undefined): Promise<Caller | null> {
  if (!openid) return null;
  const userId = wechatUserId(openid);
  const found = await loadCaller(store, userId);
  if (found) return found;
  const user: UserDoc = { _id: userId, openid, displayName: '微信用户', createdAt: clock.now() };
  await insertIfAbsent(store, 'users', user);
  return loadCaller(store, userId);
}
