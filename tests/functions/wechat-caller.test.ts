import { callerFromOpenid, wechatUserId } from '../../cloudfunctions/_shared/caller';
import { createWorld, type World } from '../support/world';

describe('CloudBase caller from OPENID', () => {
  let world: World;
  beforeEach(async () => {
    world = await createWorld();
  });
  afterEach(() => world.close());

  it('creates the user on the first call and finds the same user afterwards', async () => {
    const first = await callerFromOpenid(world.store, world.clock, 'oAbC-123');
    expect(first).toMatchObject({ userId: wechatUserId('oAbC-123'), memberships: [], acting: null });
    const again = await callerFromOpenid(world.store, world.clock, 'oAbC-123');
    expect(again?.userId).toBe(first?.userId);
    expect(await world.store.count('users', { openid: 'oAbC-123' })).toBe(1);
  });

  it('ten simultaneous first calls leave exactly one user', async () => {
    const callers = await Promise.all(
      Array.from({ length: 10 }, () => callerFromOpenid(world.store, world.clock, 'oRace')),
    );
    expect(new Set(callers.map((c) => c?.userId))).toEqual(new Set([wechatUserId('oRace')]));
    expect(await world.store.count('users', { openid: 'oRace' })).toBe(1);
  });

  it('without an OPENID there is no caller (public actions only)', async () => {
    expect(await callerFromOpenid(world.store, world.clock, undefined)).toBeNull();
    expect(await callerFromOpenid(world.store, world.clock, '')).toBeNull();
  });
});
