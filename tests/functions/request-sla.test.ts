/**
 * The two-day answer's sweep (jobs.sweepOverdueRequests, cloudfunctions/_shared/request-sla.ts),
 * with a test clock on a real SQLite store: a request assigned through request.assignRequest and
 * left unanswered is marked overdue once, its assignee and the station's chief are told once, and
 * a day later the admins are told once — however many times the timer runs. An answer that lands
 * first is never called overdue, also when the sweep and the answer race.
 */
import type { ServiceRequest } from '../../core/contract/request';
import { ROUTES } from '../../core/pages';
import { DAY_MS, MINUTE_MS } from '../../core/rules/time';
import type { AssignmentDoc, NotificationDoc, ServiceRequestDoc, StationDoc } from '../../core/store/docs';
import { OVERDUE_GRACE_MS } from '../../cloudfunctions/_shared/request-sla';
import { seedFiledExpert, seedStation } from '../support/assignment-seed';
import { ok } from '../support/envelope';
import { newRequestId } from '../support/fixtures';
import { runAsSystem } from '../support/jobs';
import { createWorld, seedCompany, seedMember, type Actor, type World } from '../support/world';

let world: World;
beforeEach(async () => {
  world = await createWorld();
});
afterEach(() => world.close());

const now = () => world.clock.now();
const call = (action: string, input: Record<string, unknown>, actor: Actor) =>
  world.run('request', { action, ...input }, actor);

async function scene() {
  const stationId = await seedStation(world.store);
  const companyId = await seedCompany(world.store, now(), stationId);
  const member = (
    role: 'company' | 'liaison' | 'chief' | 'admin' | 'district_admin',
    scope: Parameters<typeof seedMember>[3],
    name: string,
  ) => seedMember(world.store, now(), role, scope, name);
  const { district } = (await world.store.get<StationDoc>('stations', stationId))!;
  return {
    stationId,
    staff: await member('company', { companyId }, '张经理'),
    liaison: await member('liaison', { stationId }, '孙联络'),
    chief: await member('chief', { stationId }, '钱站长'),
    admin: await member('admin', {}, '管理员'),
    // The district admin of the station's district is told of an escalation; another district's is not.
    districtAdmin: await member('district_admin', { district }, '区管理员'),
    elsewhere: await member('district_admin', { district: district === 'yanqing' ? 'miyun' : 'yanqing' }, '外区管理员'),
    expert: await seedFiledExpert(world.store, now(), stationId, '赵专家'),
    expert2: await seedFiledExpert(world.store, now(), stationId, '吴专家'),
  };
}
type Scene = Awaited<ReturnType<typeof scene>>;

/** Raised by the company, accepted by the liaison, assigned by the chief to `expert`: due in two days. */
async function assignedRequest(s: Scene, expert = s.expert): Promise<ServiceRequestDoc> {
  const raised = ok<ServiceRequest>(
    await call(
      'createRequest',
      {
        clientRequestId: newRequestId('sla'),
        category: 'application',
        description: '新产品需要申请发明专利，请安排专业人员指导',
        urgency: 'normal',
      },
      s.staff,
    ),
  );
  const accepted = ok<ServiceRequest>(await call('acceptRequest', { requestId: raised.id }, s.liaison));
  return reassign(s, accepted.id, expert);
}

async function reassign(s: Scene, requestId: string, expert: Actor): Promise<ServiceRequestDoc> {
  const current = (await stored(requestId))!;
  ok(
    await call(
      'assignRequest',
      { requestId, assignee: { kind: 'expert', userId: expert.userId }, seenUpdatedAt: current.updatedAt },
      s.chief,
    ),
  );
  return (await stored(requestId))!;
}

const stored = (id: string) => world.store.get<ServiceRequestDoc>('service_requests', id);
const respond = (r: { _id: string }, by: Actor, decision: 'accept' | 'decline' = 'accept') =>
  call(
    'respondAssignment',
    { requestId: r._id, decision, ...(decision === 'decline' ? { reason: '近期出差，无法及时处理' } : {}) },
    by,
  );

async function sweep(): Promise<{ checked: number; overdue: number; escalated: number }> {
  const env = await runAsSystem(world, { action: 'sweepOverdueRequests' });
  if (!env.ok) throw new Error(`sweepOverdueRequests failed: ${JSON.stringify(env.error)}`);
  return env.data as { checked: number; overdue: number; escalated: number };
}

/** The notices of one kind about one request that `who` received. */
const noticesAbout = (r: { _id: string }, who: Actor, kind: string) =>
  world.store.find<NotificationDoc>('notifications', {
    where: { userId: who.userId, kind, link: ROUTES.request(r._id) },
  });
const events = async (id: string) => (await stored(id))!.history.map((h) => h.event);

/** Lets the event loop turn `n` times (no timers): staggers two concurrent calls. */
async function turns(n: number) {
  for (let i = 0; i < n; i++) await new Promise<void>((resolve) => setImmediate(resolve));
}

/** Moves the clock to `at` (never backwards). */
function moveTo(at: number) {
  expect(at).toBeGreaterThanOrEqual(now());
  world.clock.advance(at - now());
}

describe('sweepOverdueRequests', () => {
  it('the answer is due two days after the assignment; until then (and within the grace) nothing is marked', async () => {
    const s = await scene();
    const r = await assignedRequest(s);
    expect(r.respondBy).toBe(r.assignedAt! + 2 * DAY_MS);
    moveTo(r.respondBy!);
    expect(await sweep()).toEqual({ checked: 0, overdue: 0, escalated: 0 });
    moveTo(r.respondBy! + OVERDUE_GRACE_MS);
    expect(await sweep()).toEqual({ checked: 0, overdue: 0, escalated: 0 });
    expect((await stored(r._id))!.overdueAt).toBeUndefined();
    expect(await noticesAbout(r, s.expert, 'request.overdue')).toHaveLength(0);
  });

  it('once due: marked overdue with a history entry by the system; the expert and the chief are told once', async () => {
    const s = await scene();
    const r = await assignedRequest(s);
    moveTo(r.respondBy! + OVERDUE_GRACE_MS + 1);
    expect(await sweep()).toEqual({ checked: 1, overdue: 1, escalated: 0 });

    const marked = (await stored(r._id))!;
    expect(marked.status).toBe('assigned');
    expect(marked.overdueAt).toBe(now());
    expect(marked.history.at(-1)).toEqual({
      at: now(),
      by: 'system',
      byName: '系统',
      event: 'overdue',
      status: 'assigned',
    });
    // The timer's mark is not an edit: a page the chief opened before it can still reassign.
    expect(marked.updatedAt).toBe(r.updatedAt);

    const [toExpert] = await noticesAbout(r, s.expert, 'request.overdue');
    expect(toExpert!.body).toContain('现已超时。请尽快接受或谢绝');
    const [toChief] = await noticesAbout(r, s.chief, 'request.overdue');
    expect(toChief!.body).toContain('赵专家未在');
    expect(toChief!.body).toContain('请督促答复或改派他人');
    expect(await noticesAbout(r, s.expert, 'request.overdue')).toHaveLength(1);
    expect(await noticesAbout(r, s.chief, 'request.overdue')).toHaveLength(1);

    // The chief's queue shows it as overdue.
    const view = ok<ServiceRequest & { overdue?: boolean }>(await call('getRequest', { requestId: r._id }, s.chief));
    expect(view.overdue).toBe(true);
  });

  it('running it again sends nothing again', async () => {
    const s = await scene();
    const r = await assignedRequest(s);
    moveTo(r.respondBy! + 10 * MINUTE_MS);
    expect((await sweep()).overdue).toBe(1);
    for (let i = 0; i < 3; i++) {
      world.clock.advance(MINUTE_MS);
      expect(await sweep()).toEqual({ checked: 0, overdue: 0, escalated: 0 });
    }
    // Two runs at once: still one.
    const [a, b] = await Promise.all([sweep(), sweep()]);
    expect(a.overdue + b.overdue).toBe(0);
    expect(await noticesAbout(r, s.expert, 'request.overdue')).toHaveLength(1);
    expect(await noticesAbout(r, s.chief, 'request.overdue')).toHaveLength(1);
    expect((await events(r._id)).filter((e) => e === 'overdue')).toHaveLength(1);
  });

  it('two sweeps racing over the same due requests mark and tell each exactly once', async () => {
    const s = await scene();
    const rs = [];
    for (let i = 0; i < 5; i++) rs.push(await assignedRequest(s, i % 2 ? s.expert2 : s.expert));
    moveTo(Math.max(...rs.map((r) => r.respondBy!)) + 10 * MINUTE_MS);
    const runs = await Promise.all([sweep(), sweep(), sweep()]);
    expect(runs.reduce((n, x) => n + x.overdue, 0)).toBe(5);
    for (const r of rs) expect(await noticesAbout(r, s.chief, 'request.overdue')).toHaveLength(1);
  });

  it('a day after the due time the admins (the city’s, the district’s) are told, once; the expert and chief not again', async () => {
    const s = await scene();
    const r = await assignedRequest(s);
    moveTo(r.respondBy! + 10 * MINUTE_MS);
    await sweep();
    moveTo(r.respondBy! + DAY_MS); // a day late, not yet a day and the grace
    expect(await sweep()).toEqual({ checked: 0, overdue: 0, escalated: 0 });
    moveTo(r.respondBy! + DAY_MS + OVERDUE_GRACE_MS + 1);
    expect(await sweep()).toEqual({ checked: 1, overdue: 0, escalated: 1 });
    world.clock.advance(DAY_MS);
    expect(await sweep()).toEqual({ checked: 0, overdue: 0, escalated: 0 });

    const escalated = (await stored(r._id))!;
    expect(escalated.escalatedAt).toBe(r.respondBy! + DAY_MS + OVERDUE_GRACE_MS + 1);
    expect(escalated.history.map((h) => h.event).slice(-2)).toEqual(['overdue', 'escalated']);
    const [toAdmin, ...more] = await noticesAbout(r, s.admin, 'request.escalated');
    expect(more).toHaveLength(0);
    expect(await noticesAbout(r, s.districtAdmin, 'request.escalated')).toHaveLength(1);
    expect(await noticesAbout(r, s.elsewhere, 'request.escalated')).toHaveLength(0);
    expect(toAdmin!.body).toContain('指派给赵专家');
    expect(toAdmin!.body).toContain('超时一天仍未答复');
    expect(await noticesAbout(r, s.expert, 'request.overdue')).toHaveLength(1);
    expect(await noticesAbout(r, s.expert, 'request.escalated')).toHaveLength(0);
  });

  it('never swept for days: one run marks it overdue and escalates it', async () => {
    const s = await scene();
    const r = await assignedRequest(s);
    moveTo(r.respondBy! + 3 * DAY_MS);
    expect(await sweep()).toEqual({ checked: 2, overdue: 1, escalated: 1 });
    expect((await events(r._id)).slice(-2)).toEqual(['overdue', 'escalated']);
  });

  it('an answer before the sweep — accept or decline, even late — leaves nothing to mark', async () => {
    const s = await scene();
    const accepted = await assignedRequest(s);
    const declined = await assignedRequest(s, s.expert2);
    moveTo(accepted.respondBy! + 2 * DAY_MS);
    ok(await respond(accepted, s.expert));
    ok(await respond(declined, s.expert2, 'decline'));
    expect(await sweep()).toEqual({ checked: 0, overdue: 0, escalated: 0 });
    for (const [r, who] of [
      [accepted, s.expert],
      [declined, s.expert2],
    ] as const) {
      expect(await events(r._id)).not.toContain('overdue');
      expect(await noticesAbout(r, who, 'request.overdue')).toHaveLength(0);
    }
  });

  it('a reassignment starts a new answer: the new assignee is told once when theirs is overdue', async () => {
    const s = await scene();
    const r = await assignedRequest(s);
    moveTo(r.respondBy! + 10 * MINUTE_MS);
    expect((await sweep()).overdue).toBe(1);
    const again = await reassign(s, r._id, s.expert2);
    expect(again.overdueAt).toBeUndefined();
    expect(await sweep()).toEqual({ checked: 0, overdue: 0, escalated: 0 });
    moveTo(again.respondBy! + 10 * MINUTE_MS);
    expect(await sweep()).toEqual({ checked: 1, overdue: 1, escalated: 0 });
    expect(await noticesAbout(r, s.expert2, 'request.overdue')).toHaveLength(1);
    expect(await noticesAbout(r, s.expert, 'request.overdue')).toHaveLength(1);
    expect(await noticesAbout(r, s.chief, 'request.overdue')).toHaveLength(2);
  });

  it('reads the due ones through the (status, overdueAt, respondBy) and (status, escalatedAt, respondBy) indexes', () => {
    const plan = (mark: string) =>
      world.store
        .queryPlan('service_requests', {
          where: { status: 'assigned', [mark]: null, respondBy: { $lt: now() } },
          orderBy: [
            ['respondBy', 'asc'],
            ['_id', 'asc'],
          ],
          limit: 100,
        })
        .join('\n');
    expect(plan('overdueAt')).toMatch(/SEARCH .* USING INDEX .*overdueAt/);
    expect(plan('escalatedAt')).toMatch(/SEARCH .* USING INDEX .*escalatedAt/);
  });
});

describe("the sweep racing the assignee's answer (real SQLite store, both at once)", () => {
  const ROUNDS = 24;

  it('an answer in time (at the due instant) is never marked overdue, whoever runs first', async () => {
    const s = await scene();
    for (let i = 0; i < ROUNDS; i++) {
      const r = await assignedRequest(s);
      moveTo(r.respondBy!);
      const answering = respond(r, s.expert);
      await turns(i % 4);
      await Promise.all([answering, sweep()]);
      expect(await events(r._id)).not.toContain('overdue');
      expect(await noticesAbout(r, s.expert, 'request.overdue')).toHaveLength(0);
      const [row] = await world.store.find<AssignmentDoc>('assignments', { where: { requestId: r._id } });
      expect(row).toMatchObject({ outcome: 'accepted', onTime: true });
    }
  });

  it('a late answer: either the sweep marked it first (and told once) or the answer landed first (no notice)', async () => {
    const s = await scene();
    const outcomes = { sweepFirst: 0, answerFirst: 0 };
    for (let i = 0; i < ROUNDS; i++) {
      const r = await assignedRequest(s);
      moveTo(r.respondBy! + OVERDUE_GRACE_MS + 1);
      // The answer starts first and the sweep 0-3 event-loop turns later: the two interleave differently each round.
      const answering = respond(r, s.expert);
      await turns(i % 4);
      const [answered] = await Promise.all([answering, sweep()]);
      // The sweep never refuses an answer.
      expect(answered.ok).toBe(true);
      const history = await events(r._id);
      const told = await noticesAbout(r, s.expert, 'request.overdue');
      const chiefTold = await noticesAbout(r, s.chief, 'request.overdue');
      if (history.includes('overdue')) {
        outcomes.sweepFirst++;
        expect(history.indexOf('overdue')).toBeLessThan(history.indexOf('assignment_accepted'));
        expect(told).toHaveLength(1);
        expect(chiefTold).toHaveLength(1);
      } else {
        outcomes.answerFirst++;
        expect(told).toHaveLength(0);
        expect(chiefTold).toHaveLength(0);
        expect((await stored(r._id))!.overdueAt).toBeUndefined();
      }
      expect((await stored(r._id))!.status).toBe('in_progress');
    }
    // Both orders happened: the race was really run.
    expect(outcomes.sweepFirst).toBeGreaterThan(0);
    expect(outcomes.answerFirst).toBeGreaterThan(0);
  });
});
