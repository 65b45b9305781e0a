/**
 * 工作台's to-dos through the runtime (stats.workbench): each role gets its own to-dos, and each
 * count equals the total of the list the to-do opens, for the same person — the count is scoped
 * by that list's rule in the policy, so another station's work never shows.
 */
import type { PageOf } from '../../core/contract/common';
import { seedFollowUp } from '../support/visit-seed';
import { ok } from '../support/envelope';
import { OTHER_STATION, OWN_STATION } from '../support/fixtures';
import { seedRequest } from '../support/request-seed';
import { seedComplaint } from '../support/complaint-seed';
import { createWorld, OTHER_COMPANY, OWN_COMPANY, type Actor, type World } from '../support/world';
import { DAY } from '../support/clock';

let world: World;
beforeAll(async () => {
  world = await createWorld();
});
afterAll(() => world.close());

const now = () => world.clock.now();
type Todos = { todos: Array<{ id: string; count: number }> };
async function todosOf(actor: Actor): Promise<Record<string, number>> {
  const res = ok<Todos>(await world.run('stats', { action: 'workbench' }, actor));
  return Object.fromEntries(res.todos.map((t) => [t.id, t.count]));
}
const total = async (fn: 'request' | 'enterprise', action: string, input: Record<string, unknown>, actor: Actor) =>
  ok<PageOf<unknown>>(await world.run(fn, { action, ...input }, actor)).total;

beforeAll(async () => {
  const t = now();
  await seedRequest(world.store, t, OWN_STATION, OWN_COMPANY);
  await seedRequest(world.store, t, OWN_STATION, OWN_COMPANY);
  await seedRequest(world.store, t, OTHER_STATION, OTHER_COMPANY); // another station's: never counted here
  const overdue = await seedRequest(world.store, t, OWN_STATION, OWN_COMPANY, { status: 'assigned' });
  await world.store.update(
    'service_requests',
    { _id: overdue },
    { set: { overdueAt: t - DAY, respondBy: t - 2 * DAY } },
  );
  await seedFollowUp(world.store, t, OWN_STATION, OWN_COMPANY, { dueInDays: -1 });
  await seedFollowUp(world.store, t, OWN_STATION, OWN_COMPANY, { dueInDays: 5 }); // not due yet
  // Complaints: one the chief answers, one about the chief (the admin's), one escalated, one of another station.
  await seedComplaint(world.store, t, OWN_STATION, OWN_COMPANY);
  await seedComplaint(world.store, t, OWN_STATION, OWN_COMPANY, { route: 'admin' });
  await seedComplaint(world.store, t, OWN_STATION, OWN_COMPANY, { status: 'escalated' });
  await seedComplaint(world.store, t, OTHER_STATION, OTHER_COMPANY);
});

describe('工作台', () => {
  it('gives a chief the station’s to-dos, each equal to the list it opens', async () => {
    const chief = await world.actor('chief');
    const todos = await todosOf(chief);
    expect(Object.keys(todos)).toEqual([
      'requests_overdue',
      'requests_to_accept',
      'today_consults',
      'follow_ups_due',
      'pending_visits',
      'waitlists',
      'low_ratings',
      'referrals_waiting',
      'complaints_to_answer',
      'improvements_overdue',
    ]);
    expect(todos.requests_to_accept).toBe(2);
    expect(todos.requests_to_accept).toBe(await total('request', 'listRequests', { status: 'submitted' }, chief));
    expect(todos.requests_overdue).toBe(1);
    expect(todos.requests_overdue).toBe(await total('request', 'listRequests', { overdue: true }, chief));
    expect(todos.pending_visits).toBe(await total('enterprise', 'listLedger', { notVisitedDays: 90 }, chief));
    expect(todos.pending_visits).toBeGreaterThan(0);
    expect(todos.follow_ups_due).toBe(1);
  });

  it('counts the complaints to answer as 投诉处理 lists them: the chief the station’s (not about the chief), the admin all', async () => {
    const chief = await world.actor('chief');
    const admin = await world.actor('admin');
    const queue = async (actor: Actor, input: Record<string, unknown>) =>
      ok<PageOf<unknown>>(await world.run('complaint', { action: 'listComplaints', ...input }, actor)).total;
    expect((await todosOf(chief)).complaints_to_answer).toBe(1);
    expect((await todosOf(chief)).complaints_to_answer).toBe(await queue(chief, { status: 'submitted' }));
    const forAdmin = await todosOf(admin);
    expect([forAdmin.complaints_to_answer, forAdmin.complaints_to_review]).toEqual([3, 1]);
    expect(forAdmin.complaints_to_answer).toBe(await queue(admin, { status: 'submitted' }));
    expect(forAdmin.complaints_to_review).toBe(await queue(admin, { status: 'escalated' }));
  });

  it('leads an expert with the assignments they must answer, and counts only theirs', async () => {
    const expert = await world.actor('expert');
    await seedRequest(world.store, now(), OWN_STATION, OWN_COMPANY, {
      status: 'assigned',
      overrides: { assigneeId: expert.userId, assigneeKind: 'expert' },
    });
    const todos = await todosOf(expert);
    expect(Object.keys(todos)[0]).toBe('assignments_to_answer');
    expect(todos.assignments_to_answer).toBe(1);
    expect(todos.assignments_to_answer).toBe(
      await total('request', 'listRequests', { assignedToMe: true, status: 'assigned' }, expert),
    );
    expect(todos).not.toHaveProperty('requests_to_accept');
  });

  it('gives company staff their bookings and open requests', async () => {
    const company = await world.actor('company');
    const todos = await todosOf(company);
    expect(Object.keys(todos)).toEqual(['upcoming_bookings', 'open_requests']);
    expect(todos.open_requests).toBe(
      (await total('request', 'listRequests', { status: 'submitted' }, company)) +
        (await total('request', 'listRequests', { status: 'assigned' }, company)),
    );
  });
});
