/**
 * Who a request may be assigned to (004 §8.4): a volunteer expert filed (备案) on the roster who
 * serves the request's station and is not away, or a liaison of that station — or an outside
 * agency, named by the station. The suggestions rank them: available first, then speciality
 * (the request's category), industry (the company's), and the lightest load.
 */
import type { AssigneeCandidate } from '../../core/contract/request';
import type { AssigneeKind, Industry } from '../../core/enums';
import type { Store } from '../../core/ports';
import { awayUntil } from '../../core/rules/expert-roster';
import type { ExpertProfileDoc, MembershipDoc, ServiceRequestDoc, UserDoc } from '../../core/store/docs';
import { invalidField } from '../_shared/errors';

/** What the request is assigned to: a person (user id) or an agency (name and contact). */
export interface Assignee {
  kind: AssigneeKind;
  userId?: string;
  name: string;
  agency?: { name: string; contact: string };
}

export type AssigneeInput =
  | { kind: 'expert'; userId: string }
  | { kind: 'liaison'; userId: string }
  | { kind: 'agency'; name: string; contact: string };

/** A station has a few dozen experts and liaisons at most: bounded reads on memberships (stationId, role). */
const MAX_MEMBERS = 200;
/** Statuses of a request no longer on anyone's desk. */
const DONE = ['closed', 'cancelled'];

const FIELD = 'assignee.userId';

async function hasActiveRole(store: Store, userId: string, stationId: string, role: 'expert' | 'liaison') {
  const grants = await store.find<MembershipDoc>('memberships', {
    where: { userId, stationId, role, status: 'active' },
    limit: 1,
  });
  return grants.length > 0;
}

/**
 * The assignee the station named, checked: an expert must be filed, serve the station and be
 * available today; a liaison must be one of the station's. INVALID_INPUT on the field otherwise.
 */
export async function resolveAssignee(
  store: Store,
  stationId: string,
  input: AssigneeInput,
  today: string,
): Promise<Assignee> {
  if (input.kind === 'agency') {
    return { kind: 'agency', name: input.name, agency: { name: input.name, contact: input.contact } };
  }
  if (input.kind === 'liaison') {
    const user = await store.get<UserDoc>('users', input.userId);
    if (!user || !(await hasActiveRole(store, input.userId, stationId, 'liaison'))) {
      throw invalidField(FIELD, '联络员', '该联络员不在本站点，请选择本站点的联络员');
    }
    return { kind: 'liaison', userId: user._id, name: user.displayName };
  }
  const profile = await store.get<ExpertProfileDoc>('expert_profiles', input.userId);
  if (!profile || profile.status !== 'filed') {
    throw invalidField(FIELD, '专家', '该专家尚未在专家库备案，备案后才能接受指派，请选择已备案的专家');
  }
  if (!(await hasActiveRole(store, input.userId, stationId, 'expert'))) {
    throw invalidField(FIELD, '专家', '该专家不在本站点服务，请选择本站点的专家');
  }
  const until = awayUntil(profile, today);
  if (until) throw invalidField(FIELD, '专家', `该专家 ${until} 前暂停接受指派，请选择其他专家`);
  return { kind: 'expert', userId: profile._id, name: profile.name };
}

async function stationMembers(store: Store, stationId: string, role: 'expert' | 'liaison'): Promise<string[]> {
  const grants = await store.find<MembershipDoc>('memberships', {
    where: { stationId, role, status: 'active' },
    limit: MAX_MEMBERS,
  });
  return [...new Set(grants.map((g) => g.userId))];
}

/** Requests on the person's desk now: served by service_requests (assigneeId, status, updatedAt). */
const openCountOf = (store: Store, userId: string) =>
  store.count('service_requests', { assigneeId: userId, status: { $nin: DONE } });

/** Best first: available, then category match, industry match, lightest load; then by name. */
function rank(a: AssigneeCandidate, b: AssigneeCandidate): number {
  const byFlag = (x: boolean, y: boolean) => Number(y) - Number(x);
  return (
    byFlag(!a.unavailableUntil, !b.unavailableUntil) ||
    byFlag(a.matchesCategory, b.matchesCategory) ||
    byFlag(a.matchesIndustry, b.matchesIndustry) ||
    a.openCount - b.openCount ||
    a.name.localeCompare(b.name, 'zh-CN')
  );
}

/** The station's filed experts and its liaisons, ranked for this request. */
export async function assigneeCandidates(
  store: Store,
  r: ServiceRequestDoc,
  industry: Industry | undefined,
  today: string,
): Promise<AssigneeCandidate[]> {
  const candidates: AssigneeCandidate[] = [];
  for (const userId of await stationMembers(store, r.stationId, 'expert')) {
    const p = await store.get<ExpertProfileDoc>('expert_profiles', userId);
    if (!p || p.status !== 'filed') continue;
    const until = awayUntil(p, today);
    candidates.push({
      kind: 'expert',
      userId,
      name: p.name,
      organisation: p.organisation,
      matchesCategory: p.specialities.includes(r.category),
      matchesIndustry: !!industry && p.industries.includes(industry),
      openCount: await openCountOf(store, userId),
      ...(until ? { unavailableUntil: until } : {}),
    });
  }
  for (const userId of await stationMembers(store, r.stationId, 'liaison')) {
    const user = await store.get<UserDoc>('users', userId);
    if (!user) continue;
    candidates.push({
      kind: 'liaison',
      userId,
      name: user.displayName,
      matchesCategory: false,
      matchesIndustry: false,
      openCount: await openCountOf(store, userId),
    });
  }
  return candidates.sort(rank);
}
