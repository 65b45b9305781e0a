/**
 * The assignment's races through the host over HTTP (real sessions, the real SQLite store):
 *  - two chiefs assign the same request at once from the same page (same seenUpdatedAt): one
 *    wins, the other gets 409 CONFLICT naming who has it now, and one assignment is written;
 *  - the expert accepts while a chief reassigns: exactly one outcome is recorded — accepted by
 *    the expert (the reassignment refused), or reassigned (the expert's accept refused).
 */
import type { ServiceRequest } from '../../core/contract/request';
import { ROUTES } from '../../core/pages';
import type { AssignmentDoc, ServiceRequestDoc } from '../../core/store/docs';
import { seedFiledProfile, seedStation } from '../support/assignment-seed';
import { expectError, expectOk, startTestHost, type Reply, type TestHost } from '../support/host';
import { seedRequest } from '../support/request-seed';
import { grantRole, seedCompany } from '../support/world';

const ROUNDS = 10;

let t: TestHost;
let stationId: string;
let companyId: string;
type Person = { token: string; userId: string; name: string };
let chiefs: [Person, Person];
let experts: [Person, Person];

async function person(role: 'chief' | 'expert', name: string): Promise<Person> {
  const session = await t.register(role, name);
  const now = t.clock.now();
  await grantRole(t.host.store, now, session.user.id, role, { stationId });
  if (role === 'expert') await seedFiledProfile(t.host.store, now, session.user.id, stationId, name);
  return { token: session.token, userId: session.user.id, name };
}

beforeAll(async () => {
  t = await startTestHost({ demo: false });
  stationId = await seedStation(t.host.store, 'race');
  companyId = await seedCompany(t.host.store, t.clock.now(), stationId);
  chiefs = [await person('chief', '钱站长'), await person('chief', '李副站长')];
  experts = [await person('expert', '赵专家'), await person('expert', '吴专家')];
}, 60_000);
afterAll(() => t.close());

const stored = (id: string) => t.host.store.get<ServiceRequestDoc>('service_requests', id);
const assignmentsOf = (requestId: string) =>
  t.host.store.find<AssignmentDoc>('assignments', { where: { requestId }, orderBy: [['assignedAt', 'asc']] });
const acceptedRequest = () => seedRequest(t.host.store, t.clock.now(), stationId, companyId, { status: 'accepted' });

function assign(chief: Person, requestId: string, expert: Person, seenUpdatedAt: number) {
  return t.call(
    'request',
    'assignRequest',
    { requestId, assignee: { kind: 'expert', userId: expert.userId }, seenUpdatedAt },
    chief.token,
  );
}

/** The one ok reply and the one refused, whichever is which. */
function split<A, B>(a: Reply<A>, b: Reply<B>) {
  expect([a.body.ok, b.body.ok].filter(Boolean)).toHaveLength(1);
  return a.body.ok ? { won: 0, lost: b } : { won: 1, lost: a };
}

describe('two chiefs assigning the same request at once', () => {
  it.each(Array.from({ length: ROUNDS }, (_, i) => i))(
    'round %i: one wins; the other is told who has it',
    async (i) => {
      const id = await acceptedRequest();
      const seen = (await stored(id))!.updatedAt;
      // Alternate who is listed first, so neither chief always starts first.
      const [a, b] = i % 2 ? ([1, 0] as const) : ([0, 1] as const);
      const [ra, rb] = await Promise.all([
        assign(chiefs[a], id, experts[a], seen),
        assign(chiefs[b], id, experts[b], seen),
      ]);
      const { won, lost } = split(ra, rb);
      const winner = experts[won === 0 ? a : b];
      expect(expectError(lost, 'CONFLICT').message).toBe(`该需求已指派给${winner.name}，请刷新后查看`);

      const r = (await stored(id))!;
      expect(r).toMatchObject({ status: 'assigned', assigneeId: winner.userId, assigneeName: winner.name });
      expect(r.history.filter((h) => h.event === 'assigned')).toHaveLength(1);
      const rows = await assignmentsOf(id);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ assigneeId: winner.userId, outcome: 'open' });
    },
  );
});

describe('the expert accepting while a chief reassigns', () => {
  const outcomes = { accepted: 0, reassigned: 0 };

  it.each(Array.from({ length: ROUNDS }, (_, i) => i))('round %i: exactly one outcome is recorded', async (i) => {
    const id = await acceptedRequest();
    const [first, second] = experts;
    expectOk(await assign(chiefs[0], id, first, (await stored(id))!.updatedAt));
    const seen = (await stored(id))!.updatedAt;

    const accept = () => t.call('request', 'respondAssignment', { requestId: id, decision: 'accept' }, first.token);
    const reassign = () => assign(chiefs[1], id, second, seen);
    const [acceptReply, reassignReply] =
      i % 2
        ? await Promise.all([accept(), reassign()])
        : await Promise.all([reassign(), accept()]).then(([x, y]) => [y, x] as const);
    split(acceptReply, reassignReply);

    const r = (await stored(id))!;
    const rows = await assignmentsOf(id);
    const events = r.history.map((h) => h.event);
    if (acceptReply.body.ok) {
      outcomes.accepted++;
      expect(expectError(reassignReply, 'CONFLICT').message).toBe(`该需求已指派给${first.name}，请刷新后查看`);
      expect(r).toMatchObject({ status: 'in_progress', assigneeId: first.userId });
      expect(rows.map((x) => [x.assigneeId, x.outcome])).toEqual([[first.userId, 'accepted']]);
      expect(events.slice(-2)).toEqual(['assigned', 'assignment_accepted']);
    } else {
      outcomes.reassigned++;
      expect(expectError(acceptReply, 'CONFLICT').message).toBe('该需求已改派他人，无需再答复');
      expect(r).toMatchObject({ status: 'assigned', assigneeId: second.userId });
      expect(rows.map((x) => [x.assigneeId, x.outcome])).toEqual([
        [first.userId, 'reassigned'],
        [second.userId, 'open'],
      ]);
      expect(events.slice(-2)).toEqual(['assigned', 'assigned']);
    }
    // What the expert sees agrees with what was recorded.
    const view = await t.call('request', 'getRequest', { requestId: id }, second.token);
    if (acceptReply.body.ok) expectError(view, 'FORBIDDEN');
    else expect(expectOk(view as Reply<ServiceRequest>).status).toBe('assigned');
  });

  it('a reassignment within the same millisecond as the assignment it replaces gets its own row', async () => {
    const id = await acceptedRequest();
    const [first, second] = experts;
    expectOk(await assign(chiefs[0], id, first, (await stored(id))!.updatedAt));
    // The clock has not moved: the second assignment's row must not collide with the first's.
    expectOk(await assign(chiefs[1], id, second, (await stored(id))!.updatedAt));
    const rows = await assignmentsOf(id);
    expect(rows.map((x) => [x.assigneeId, x.outcome])).toEqual([
      [first.userId, 'reassigned'],
      [second.userId, 'open'],
    ]);
    expect(new Set(rows.map((x) => x._id)).size).toBe(2);
  });

  afterAll(() => {
    expect(outcomes.accepted + outcomes.reassigned).toBe(ROUNDS);
  });
});

describe("the host's timer", () => {
  it('runs the overdue sweep with the other jobs: an unanswered assignment is marked and its expert told', async () => {
    const id = await acceptedRequest();
    expectOk(await assign(chiefs[0], id, experts[0], (await stored(id))!.updatedAt));
    t.clock.advance(2 * 24 * 60 * 60_000 + 2 * 60_000);
    await t.host.runJobs();
    const r = (await stored(id))!;
    expect(r.overdueAt).toBe(t.clock.now());
    expect(r.history.at(-1)).toMatchObject({ event: 'overdue', by: 'system' });
    const told = await t.host.store.find('notifications', {
      where: { userId: experts[0].userId, kind: 'request.overdue', link: ROUTES.request(id) },
    });
    expect(told).toHaveLength(1);
  });
});
