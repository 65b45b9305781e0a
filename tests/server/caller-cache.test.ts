/**
 * The host's resolved-caller cache (server/caller-cache.ts), over HTTP: a signed-in person's
 * second request resolves them without reading the store, and yet a revoked role, a logout or a
 * switch of the acting role is seen by the very next request — also while many requests race the
 * revoke. Time is the test clock's; nothing waits on the machine clock.
 */
import type { CollectionName } from '../../core/store/schema';
import type { Caller } from '../../core/ports';
import type { FindOptions } from '../../core/store/query';
import { CallerCache } from '../../cloudfunctions/_shared/caller-cache';
import { SESSION_TTL_MS } from '../../server/auth';
import { CALLER_TTL_MS } from '../../server/caller-cache';
import { DEMO_STATION_ID, DEMO_USERS } from '../../server/demo';
import { testClock } from '../support/clock';
import { newRequestId } from '../support/fixtures';
import { expectError, expectOk, startTestHost, type TestHost } from '../support/host';

/** What a caller is read from: none of these is read when the caller comes from the cache. */
const CALLER_READS: ReadonlySet<CollectionName> = new Set(['host_sessions', 'users', 'memberships']);

/** Records which collections the host's store reads; `take()` returns those since the last take. */
function watchReads(t: TestHost) {
  const spies = [jest.spyOn(t.host.store, 'get'), jest.spyOn(t.host.store, 'find'), jest.spyOn(t.host.store, 'count')];
  return {
    callerReads(): CollectionName[] {
      const read = spies.flatMap((s) => s.mock.calls.map((c) => c[0] as CollectionName));
      for (const s of spies) s.mockClear();
      return read.filter((c) => CALLER_READS.has(c));
    },
  };
}

const REASON = '多次未按时响应，予以除名';
const removeDemoExpert = (t: TestHost, adminToken: string) =>
  t.call('expert', 'removeExpert', { expertId: DEMO_USERS.expert, reason: REASON }, adminToken);

let t: TestHost;
/** A fresh demo host per case: cases revoke the demo expert and move the clock. */
function eachOnDemoHost() {
  beforeEach(async () => {
    t = await startTestHost();
  });
  afterEach(async () => {
    jest.restoreAllMocks();
    await t.close();
  });
}

describe('a signed-in request', () => {
  eachOnDemoHost();

  it('is resolved from the cache the second time: no session, user or membership read', async () => {
    const expert = await t.login('expert');
    const reads = watchReads(t);
    expectOk(await t.call('request', 'listRequests', {}, expert));
    const first = reads.callerReads();

    expectOk(await t.call('request', 'listRequests', {}, expert));

    expect(first).toEqual(expect.arrayContaining(['host_sessions', 'users', 'memberships']));
    expect(reads.callerReads()).toEqual([]);
  });

  it('is resolved again once the lifetime has passed', async () => {
    const expert = await t.login('expert');
    const reads = watchReads(t);
    expectOk(await t.call('request', 'listRequests', {}, expert));
    expectOk(await t.call('request', 'listRequests', {}, expert));
    expect(reads.callerReads()).toContain('host_sessions');

    t.clock.advance(CALLER_TTL_MS);
    expectOk(await t.call('request', 'listRequests', {}, expert));

    expect(reads.callerReads()).toEqual(expect.arrayContaining(['host_sessions', 'users', 'memberships']));
  });

  it('is refused once the session has expired, even within the cache lifetime', async () => {
    const expert = await t.login('expert');
    t.clock.advance(SESSION_TTL_MS - 1_000);
    expectOk(await t.call('request', 'listRequests', {}, expert));

    t.clock.advance(1_000);

    expectError(await t.call('request', 'listRequests', {}, expert), 'UNAUTHENTICATED');
  });
});

describe('what changes a caller is seen by the very next request', () => {
  eachOnDemoHost();

  it('a role the admin revoked (除名)', async () => {
    const [admin, expert] = [await t.login('admin'), await t.login('expert')];
    expectOk(await t.call('request', 'listRequests', {}, expert));
    expectOk(await t.call('request', 'listRequests', {}, expert));

    expectOk(await removeDemoExpert(t, admin));

    expectError(await t.call('request', 'listRequests', {}, expert), 'FORBIDDEN');
  });

  it('a logout', async () => {
    const expert = await t.login('expert');
    expectOk(await t.call('request', 'listRequests', {}, expert));

    expectOk(await t.post('/api/auth/logout', {}, expert));

    expectError(await t.call('request', 'listRequests', {}, expert), 'UNAUTHENTICATED');
  });

  it('a switch of the acting role', async () => {
    const chief = await t.login('chief');
    const invite = async (role: 'liaison' | 'expert') =>
      expectOk(
        await t.call(
          'account',
          'createInvitation',
          { clientRequestId: newRequestId('invite'), stationId: DEMO_STATION_ID, role },
          chief,
        ),
      ).code;
    const person = await t.register('twohats');
    const asLiaison = expectOk(
      await t.call('account', 'redeemInvitation', { code: await invite('liaison') }, person.token),
    ).actingId!;
    expectOk(await t.call('account', 'redeemInvitation', { code: await invite('expert') }, person.token));
    expect(expectOk(await t.call('account', 'me', {}, person.token)).actingId).not.toBe(asLiaison);

    expectOk(await t.call('account', 'switchActing', { membershipId: asLiaison }, person.token));

    expect(expectOk(await t.call('account', 'me', {}, person.token)).actingId).toBe(asLiaison);
  });
});

describe('requests racing a revoke', () => {
  eachOnDemoHost();

  it('every request that starts after the revoke has answered is refused', async () => {
    const [admin, expert] = [await t.login('admin'), await t.login('expert')];
    expectOk(await t.call('request', 'listRequests', {}, expert));
    let revoked = false;
    const seen: Array<{ startedAfterRevoke: boolean; status: number }> = [];
    // Eight clients each call again as soon as they are answered, until each has made three calls
    // that started after the revoke answered: calls are in flight before, during and after it.
    const client = async () => {
      let after = 0;
      for (let i = 0; after < 3 && i < 500; i += 1) {
        const startedAfterRevoke = revoked;
        const reply = await t.call('request', 'listRequests', {}, expert);
        seen.push({ startedAfterRevoke, status: reply.status });
        if (startedAfterRevoke) after += 1;
      }
    };

    await Promise.all([
      removeDemoExpert(t, admin).then((reply) => {
        expectOk(reply);
        revoked = true;
      }),
      ...Array.from({ length: 8 }, client),
    ]);

    const after = seen.filter((s) => s.startedAfterRevoke);
    expect(after).toHaveLength(24);
    expect(after.filter((s) => s.status !== 403)).toEqual([]);
  });
  it('a caller read before the revoke and answered after it is not kept for the next request', async () => {
    const [admin, expert] = [await t.login('admin'), await t.login('expert')];
    // The expert's caller load that reads their memberships before the revoke is held there until
    // the revoke has answered and a later request has been refused, as a slow read would be: the
    // widest window a load can straddle a revoke by.
    const find = t.host.store.find.bind(t.host.store);
    let revokeStarted = false;
    let caught!: () => void;
    const heldLoad = new Promise<void>((resolve) => (caught = resolve));
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    jest.spyOn(t.host.store, 'find').mockImplementation((async (collection: CollectionName, options?: FindOptions) => {
      const rows = await find(collection, options);
      const where = options?.where ?? {};
      if (collection === 'memberships' && !revokeStarted && where.userId === DEMO_USERS.expert && !('role' in where)) {
        caught();
        await gate;
      }
      return rows;
    }) as never);
    const before = t.call('request', 'listRequests', {}, expert);
    await heldLoad;
    revokeStarted = true;
    expectOk(await removeDemoExpert(t, admin));
    expectError(await t.call('request', 'listRequests', {}, expert), 'FORBIDDEN');

    release();
    expectOk(await before);
    const next = await Promise.all(Array.from({ length: 5 }, () => t.call('request', 'listRequests', {}, expert)));

    expect(next.map((r) => r.status)).toEqual(Array(5).fill(403));
  });
});

describe('the cache itself', () => {
  const callerOf = (userId: string): Caller => ({ userId, displayName: userId, memberships: [], acting: null });

  it('holds at most its bound, dropping the least recently used first', async () => {
    const cache = new CallerCache(testClock(), { ttlMs: 5_000, maxEntries: 2 });
    const loads: string[] = [];
    const resolve = (key: string) =>
      cache.resolve(key, async () => {
        loads.push(key);
        return { caller: callerOf(key) };
      });
    await resolve('a');
    await resolve('b');
    await resolve('a');

    await resolve('c');
    await resolve('a');
    await resolve('b');

    expect(loads).toEqual(['a', 'b', 'c', 'b']);
    expect(cache.size).toBe(2);
  });

  it('does not keep a load that began before an invalidation, and hands out frozen callers', async () => {
    const cache = new CallerCache(testClock(), { ttlMs: 5_000, maxEntries: 10 });
    let loads = 0;
    const stale = cache.resolve('k', async () => {
      loads += 1;
      cache.invalidate(); // a revoke lands while this load is under way
      return { caller: callerOf('old') };
    });
    const served = await stale;

    await cache.resolve('k', async () => {
      loads += 1;
      return { caller: callerOf('new') };
    });

    expect(loads).toBe(2);
    expect(Object.isFrozen(served) && Object.isFrozen(served?.memberships)).toBe(true);
  });
});
