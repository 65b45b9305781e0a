/** Granting roles and presenting "who am I" — shared by the account actions. */
import type { Me, MembershipView } from '../../core/contract';
import type { Caller, Store, TxStore } from '../../core/ports';
import type { CompanyDoc, MembershipDoc, StationDoc, UserDoc } from '../../core/store/docs';
import { DISTRICT, type District, type Role } from '../../core/enums';

export const membershipId = (userId: string, role: Role, scopeId?: string) => `${userId}:${role}:${scopeId ?? 'all'}`;

export function newMembership(
  userId: string,
  role: Role,
  scope: { stationId?: string; companyId?: string; district?: District },
  via: MembershipDoc['via'],
  now: number,
): MembershipDoc {
  const doc: MembershipDoc = {
    _id: membershipId(userId, role, scope.stationId ?? scope.companyId ?? scope.district),
    userId,
    role,
    status: 'active',
    via,
    createdAt: now,
  };
  if (scope.stationId) doc.stationId = scope.stationId;
  if (scope.companyId) doc.companyId = scope.companyId;
  if (scope.district) doc.district = scope.district;
  return doc;
}

/** Inserts a grant and makes it the one the user acts for (inside a transaction). */
export async function grantAndAct(tx: TxStore, doc: MembershipDoc): Promise<void> {
  await tx.insert('memberships', doc);
  await tx.updateById('users', doc.userId, { set: { actingMembershipId: doc._id } });
}

async function namesById<D extends StationDoc | CompanyDoc>(
  store: Store,
  collection: 'stations' | 'companies',
  ids: string[],
): Promise<Map<string, D>> {
  if (!ids.length) return new Map();
  const docs = await store.find<D>(collection, { where: { _id: { $in: [...new Set(ids)] } }, limit: 200 });
  return new Map(docs.map((d) => [d._id, d]));
}

/** The Me page: the user, every role with the station or company it is for, and the acting one. */
export async function describeMe(store: Store, caller: Caller): Promise<Me> {
  const user = await store.get<UserDoc>('users', caller.userId);
  const stations = await namesById<StationDoc>(
    store,
    'stations',
    caller.memberships.flatMap((m) => (m.stationId ? [m.stationId] : [])),
  );
  const companies = await namesById<CompanyDoc>(
    store,
    'companies',
    caller.memberships.flatMap((m) => (m.companyId ? [m.companyId] : [])),
  );
  const memberships: MembershipView[] = caller.memberships.map((m) => {
    const company = m.companyId ? companies.get(m.companyId) : undefined;
    return {
      id: m.id,
      role: m.role,
      stationId: m.stationId,
      stationName: m.stationId ? stations.get(m.stationId)?.name : undefined,
      companyId: m.companyId,
      companyName: company?.name,
      companyStatus: company?.status,
      ...(m.district ? { district: m.district, districtName: DISTRICT.labels[m.district] } : {}),
    };
  });
  return {
    user: { id: caller.userId, displayName: user?.displayName ?? caller.displayName },
    memberships,
    actingId: caller.acting?.id ?? null,
  };
}
