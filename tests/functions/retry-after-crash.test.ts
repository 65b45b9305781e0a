/**
 * A retried write is never stuck and never doubled after the process died mid-action.
 *
 * A crash (kill -9, an instance recycled) leaves the request id's log entry `pending`: the
 * action's writes may or may not have happened, and nothing will ever mark it done. Each case
 * reproduces that state exactly — the action ran, then its entry is put back to `pending` as the
 * dead process left it — and retries with the same client request id:
 *  - within the lease, the retry is told the first attempt is still being processed;
 *  - a minute later, it is answered with the first attempt's result, and nothing is written twice.
 * The host-level proof with a real `kill -9` is tests/server/crash-retry.test.ts.
 */
import type { FunctionName } from '../../core/contract';
import type { RequestLogDoc } from '../../core/store/docs';
import { COLLECTION_NAMES, type CollectionName } from '../../core/store/schema';
import { PENDING_LEASE_MS } from '../../cloudfunctions/_shared/runtime';
import { VALID_INPUTS, type InputFactory } from '../support/action-inputs';
import { MINUTE } from '../support/clock';
import { createWorld, type ActorKind, type World } from '../support/world';

let world: World;
beforeAll(async () => {
  world = await createWorld();
});
afterAll(() => world.close());

type Case = [FunctionName, string, Exclude<ActorKind, 'anonymous'>];

/** Every action that takes a client request id and keeps it in the request log, with a caller allowed to run it. */
const CASES: Case[] = [
  ['training', 'addSignup', 'chief'],
  ['training', 'createSession', 'chief'],
  ['archive', 'createRecord', 'chief'],
  ['visit', 'completeFollowUp', 'chief'],
  ['account', 'createCompany', 'user'],
  ['account', 'createInvitation', 'chief'],
  ['directory', 'createStation', 'admin'],
  ['directory', 'saveServiceItem', 'chief'],
  ['enterprise', 'createLedgerEntry', 'liaison'],
  ['enterprise', 'updateProfile', 'liaison'],
  ['survey', 'createQuestionnaire', 'chief'],
  ['survey', 'submitResponse', 'company'],
];

/**
 * Actions that answer their own replays (runtime.ts replaySafeHandler): their first write is named
 * from the request id, so the database itself refuses the second, and they keep no log entry.
 */
const SELF_REPLAYING: Case[] = [
  ['consult', 'book', 'company'],
  ['request', 'createRequest', 'company'],
  ['visit', 'logVisit', 'liaison'],
  ['training', 'signUp', 'company'],
];

/** Records an audit or an inbox does not count: what a duplicate would show up in. */
const RECORDS = COLLECTION_NAMES.filter(
  (c): c is CollectionName => !['requests_log', 'audit_log', 'notifications'].includes(c),
);

async function recordCounts(): Promise<Record<string, number>> {
  const entries = await Promise.all(RECORDS.map(async (c) => [c, await world.store.count(c)] as const));
  return Object.fromEntries(entries);
}

/** Leaves the log entry as a process that died right after the action's writes leaves it. */
async function dieBeforeAnswering(startedAt: number): Promise<string> {
  const [entry] = await world.store.find<RequestLogDoc>('requests_log', {
    where: { createdAt: startedAt },
    orderBy: [['createdAt', 'desc']],
    limit: 1,
  });
  await world.store.update('requests_log', { _id: entry._id }, { set: { status: 'pending' }, unset: ['result'] });
  return entry._id;
}

describe.each(CASES)('%s.%s after a crash that left no answer', (fn, action, kind) => {
  it('is still processing within the lease, then answers with the first result and writes nothing twice', async () => {
    world.clock.advance(10 * MINUTE); // each case its own moment, so its log entry is found by time
    const startedAt = world.clock.now();
    const actor = await world.actor(kind);
    const factory = (VALID_INPUTS[fn] as Record<string, InputFactory>)[action];
    const input = await factory({ store: world.store, now: startedAt, target: 'own', actor });
    const event = { action, ...input };

    const first = await world.run(fn, event, actor);
    expect(first).toMatchObject({ ok: true });
    const key = await dieBeforeAnswering(startedAt);
    expect(key).toContain(`${fn}.${action}:`);
    const before = await recordCounts();

    world.clock.advance(PENDING_LEASE_MS / 2);
    const early = await world.run(fn, event, actor);
    expect(early).toEqual({
      ok: false,
      error: { code: 'CONFLICT', message: '上一次提交仍在处理中，请稍后刷新查看结果' },
    });

    world.clock.advance(MINUTE);
    const retry = await world.run(fn, event, actor);
    expect(retry).toEqual(first);
    expect(await recordCounts()).toEqual(before);
    expect((await world.store.get<RequestLogDoc>('requests_log', key))?.status).toBe('done');
    // And the answer is now remembered: a third try is the same again.
    expect(await world.run(fn, event, actor)).toEqual(first);
  });
});

describe.each(SELF_REPLAYING)('%s.%s after a crash that left no answer', (fn, action, kind) => {
  it('answers a retry, at once or later, with the first result and writes nothing twice', async () => {
    world.clock.advance(10 * MINUTE);
    const startedAt = world.clock.now();
    const actor = await world.actor(kind);
    const factory = (VALID_INPUTS[fn] as Record<string, InputFactory>)[action];
    const input = await factory({ store: world.store, now: startedAt, target: 'own', actor });
    const event = { action, ...input };
    const logsBefore = await world.store.count('requests_log');

    const first = await world.run(fn, event, actor);
    expect(first).toMatchObject({ ok: true });
    const before = await recordCounts();

    expect(await world.run(fn, event, actor)).toEqual(first); // the double tap
    world.clock.advance(MINUTE);
    expect(await world.run(fn, event, actor)).toEqual(first); // the retry after the crash
    expect(await recordCounts()).toEqual(before);
    expect(await world.store.count('requests_log')).toBe(logsBefore);
  });
});

describe('a crash before the action wrote anything', () => {
  /** A request whose first attempt took the id and died before writing: its entry left pending. */
  async function abandonedRequest() {
    world.clock.advance(10 * MINUTE);
    const actor = await world.actor('chief');
    const input = await VALID_INPUTS.archive.createRecord({
      store: world.store,
      now: world.clock.now(),
      target: 'own',
      actor,
    });
    await world.store.insert<RequestLogDoc>('requests_log', {
      _id: `${actor.userId}:archive.createRecord:${String(input.clientRequestId)}`,
      status: 'pending',
      createdAt: world.clock.now(),
      leaseUntil: world.clock.now() + PENDING_LEASE_MS,
    });
    return { actor, event: { action: 'createRecord', ...input } };
  }

  it('lets the retry after the lease perform the action, once', async () => {
    const { actor, event } = await abandonedRequest();
    const before = await world.store.count('consultation_records');

    world.clock.advance(MINUTE);
    const retry = await world.run('archive', event, actor);

    expect(retry).toMatchObject({ ok: true });
    expect(await world.store.count('consultation_records')).toBe(before + 1);
  });

  it('lets only one of two simultaneous retries take the abandoned request over', async () => {
    const { actor, event } = await abandonedRequest();
    const before = await world.store.count('consultation_records');
    world.clock.advance(MINUTE);

    const answers = await Promise.all([1, 2, 3].map(() => world.run('archive', event, actor)));

    expect(await world.store.count('consultation_records')).toBe(before + 1);
    const oks = answers.filter((a) => a.ok);
    expect(oks.length).toBeGreaterThanOrEqual(1);
    for (const a of oks) expect(a).toEqual(oks[0]);
    for (const a of answers.filter((x) => !x.ok)) expect(a).toMatchObject({ error: { code: 'CONFLICT' } });
  });
});
