/**
 * Volunteer experts written straight into a store for the authorisation matrix and the roster
 * tests: a person holding an active expert membership at each station, with a roster entry at
 * any status, and assignments (AssignmentDoc) that give them a workload and an on-time rate.
 */
import type { InputOf } from '../../core/contract';
import type { Store } from '../../core/ports';
import type { AssignmentDoc, ExpertProfileDoc } from '../../core/store/docs';
import { seedMember } from './world';

let expertSeq = 0;

/** What saveMyProfile takes, serving `stationIds`. */
export function profileInput(
  stationIds: string[],
  overrides: Partial<InputOf<'expert', 'saveMyProfile'>> = {},
): InputOf<'expert', 'saveMyProfile'> {
  return {
    name: '钱专家',
    organisation: '北京某知识产权代理事务所',
    title: '合伙人',
    specialities: ['dispute', 'risk'],
    industries: ['ai'],
    qualifications: [{ kind: 'patent_attorney', number: '11001234' }],
    yearsOfPractice: 12,
    stationIds,
    mobile: '13900001111',
    acceptCommitment: true,
    ...overrides,
  };
}

/** An expert serving `stationIds` (a membership at each) with a profile at `status`; returns the user id. */
export async function seedExpert(
  store: Store,
  now: number,
  stationIds: string[],
  status: ExpertProfileDoc['status'] = 'filed',
  overrides: Partial<ExpertProfileDoc> = {},
): Promise<string> {
  const { userId } = await seedMember(store, now, 'expert', { stationId: stationIds[0]! }, `专家${++expertSeq}`);
  for (const stationId of stationIds.slice(1)) {
    await store.insert('memberships', {
      _id: `${userId}:expert:${stationId}`,
      userId,
      role: 'expert',
      stationId,
      status: 'active',
      via: 'seed',
      createdAt: now,
    });
  }
  const { acceptCommitment: _a, ...fields } = profileInput(stationIds);
  const doc: ExpertProfileDoc = {
    _id: userId,
    ...fields,
    industries: fields.industries ?? [],
    qualifications: fields.qualifications ?? [],
    name: `专家${expertSeq}`,
    status,
    commitmentAcceptedAt: now,
    createdAt: now,
    updatedAt: now,
    ...overrides,
  } as ExpertProfileDoc;
  await store.insert('expert_profiles', doc);
  return userId;
}

/** One assignment of a (made-up) request to the expert. */
export async function seedAssignment(
  store: Store,
  now: number,
  expertId: string,
  stationId: string,
  fields: Partial<AssignmentDoc> = {},
): Promise<string> {
  const requestId = `req:assigned-${++expertSeq}`;
  const doc: AssignmentDoc = {
    _id: `${requestId}:${now}`,
    requestId,
    stationId,
    assigneeId: expertId,
    assigneeKind: 'expert',
    assigneeName: '专家',
    assignedAt: now,
    assignedBy: 'seed',
    outcome: 'open',
    ...fields,
  };
  await store.insert('assignments', doc);
  return doc._id;
}
