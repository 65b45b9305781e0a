/**
 * The CloudBase entry's caller cache (cloudfunctions/_shared/cloudbase/main.ts): one warm
 * instance — one createCloudMain — serves several WeChat users, keeps each one's caller under
 * their own OPENID for CLOUD_CALLER_TTL_MS at most, and drops them on its own writes. Driven like
 * the platform drives it: `getWXContext()` answers the OPENID, and `cloudbasePorts()` (the one seam
 * main() gets its ports from) answers a world's SQLite store behind a read counter.
 */
import type * as WxCloud from 'wx-server-sdk';
import type { Store } from '../../core/ports';
import type { CollectionName } from '../../core/store/schema';
import type { CloudPorts } from '../../cloudfunctions/_shared/cloudbase/ports';
import { CLOUD_CALLER_TTL_MS, createCloudMain } from '../../cloudfunctions/_shared/cloudbase/main';
import { wechatUserId } from '../../cloudfunctions/_shared/caller';
import { inboxNotifier } from '../../cloudfunctions/_shared/inbox';
import { newMembership } from '../../cloudfunctions/_shared/memberships';
import { nodeIds } from '../../cloudfunctions/_shared/node-ports';
import { qrPageCodes } from '../../cloudfunctions/_shared/qr-page-codes';
import { FUNCTION_HANDLERS } from '../../cloudfunctions/registry';
import { OWN_STATION } from '../support/fixtures';
import { createWorld, type World } from '../support/world';

const cloud = require('wx-server-sdk') as typeof WxCloud;

let mockPorts: CloudPorts | null = null;
jest.mock('../../cloudfunctions/_shared/cloudbase/ports', () => ({
  cloudbasePorts: () => {
    if (!mockPorts) throw new Error('no ports: the test sets mockPorts first');
    return mockPorts;
  },
}));

/** The store, counting reads of what a caller is built from (users, memberships). */
function countingCallerReads(store: Store) {
  const read: CollectionName[] = [];
  const note = (collection: CollectionName) => {
    if (collection === 'users' || collection === 'memberships') read.push(collection);
  };
  const counted: Store = {
    get: (collection, id) => (note(collection), store.get(collection, id)),
    find: (collection, options) => (note(collection), store.find(collection, options)),
    count: (collection, where) => (note(collection), store.count(collection, where)),
    insert: (collection, doc) => store.insert(collection, doc),
    update: (collection, where, patch) => store.update(collection, where, patch),
    remove: (collection, where) => store.remove(collection, where),
    transaction: (work) => store.transaction(work),
  };
  return {
    store: counted,
    /** The reads since the last call. */
    take: () => read.splice(0),
  };
}

let world: World;
let reads: ReturnType<typeof countingCallerReads>;
beforeEach(async () => {
  world = await createWorld();
  reads = countingCallerReads(world.store);
  mockPorts = {
    store: reads.store,
    files: world.files,
    clock: world.clock,
    ids: nodeIds,
    notifier: inboxNotifier(world.store, world.clock),
    log: world.logs,
    codes: qrPageCodes('https://station.test'),
  };
});
afterEach(async () => {
  jest.restoreAllMocks();
  mockPorts = null;
  await world.close();
});

/** A WeChat user already known, acting as a liaison at OWN_STATION. */
async function liaison(openid: string) {
  const userId = wechatUserId(openid);
  const now = world.clock.now();
  await world.store.insert('users', { _id: userId, openid, displayName: `联络员${openid}`, createdAt: now });
  const membership = newMembership(userId, 'liaison', { stationId: OWN_STATION }, 'seed', now);
  await world.store.insert('memberships', membership);
  return { openid, userId, membershipId: membership._id };
}

/** One warm instance of a function: calls `main` as whoever WeChat says the OPENID is. */
function instance(fn: 'account' | 'request') {
  const main = createCloudMain(fn, FUNCTION_HANDLERS[fn] as never);
  return async (openid: string, event: Record<string, unknown>) => {
    jest.spyOn(cloud, 'getWXContext').mockReturnValue({ OPENID: openid } as never);
    return main(event) as Promise<{ ok: boolean; data?: unknown; error?: { code: string } }>;
  };
}

describe('a warm CloudBase instance', () => {
  it('answers each OPENID with its own caller, also from the cache', async () => {
    const [a, b] = [await liaison('oUserA'), await liaison('oUserB')];
    const call = instance('account');
    const me = async (openid: string) =>
      ((await call(openid, { action: 'me' })).data as { user: { id: string } }).user.id;

    const seen = [await me(a.openid), await me(b.openid), await me(a.openid), await me(b.openid)];

    expect(seen).toEqual([a.userId, b.userId, a.userId, b.userId]);
  });

  it('within the lifetime resolves a caller without reading users or memberships', async () => {
    const a = await liaison('oUserA');
    const call = instance('request');
    expect((await call(a.openid, { action: 'listRequests' })).ok).toBe(true);
    expect(reads.take()).toEqual(expect.arrayContaining(['users', 'memberships']));

    world.clock.advance(CLOUD_CALLER_TTL_MS - 1);
    expect((await call(a.openid, { action: 'listRequests' })).ok).toBe(true);

    expect(reads.take()).toEqual([]);
  });

  it('reads the caller again once the lifetime has passed', async () => {
    const a = await liaison('oUserA');
    const call = instance('request');
    await call(a.openid, { action: 'listRequests' });
    reads.take();

    world.clock.advance(CLOUD_CALLER_TTL_MS);
    await call(a.openid, { action: 'listRequests' });

    expect(reads.take()).toEqual(expect.arrayContaining(['users', 'memberships']));
  });

  it('sees a switch of the acting role made on this instance at once', async () => {
    const a = await liaison('oUserA');
    const expert = newMembership(a.userId, 'expert', { stationId: OWN_STATION }, 'seed', world.clock.now());
    await world.store.insert('memberships', expert);
    await world.store.update('users', { _id: a.userId }, { set: { actingMembershipId: a.membershipId } });
    const call = instance('account');
    const acting = async () => ((await call(a.openid, { action: 'me' })).data as { actingId: string }).actingId;
    expect(await acting()).toBe(a.membershipId);

    await call(a.openid, { action: 'switchActing', membershipId: expert._id });

    expect(await acting()).toBe(expert._id);
  });

  it('refuses a role revoked elsewhere once the lifetime has passed (the delay it allows)', async () => {
    const a = await liaison('oUserA');
    const call = instance('request');
    expect((await call(a.openid, { action: 'listRequests' })).ok).toBe(true);
    // Another instance (or function) revokes: this one cannot hear of it.
    await world.store.update('memberships', { _id: a.membershipId }, { set: { status: 'revoked' } });

    world.clock.advance(CLOUD_CALLER_TTL_MS);

    expect((await call(a.openid, { action: 'listRequests' })).error?.code).toBe('FORBIDDEN');
  });
});
