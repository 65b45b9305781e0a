import type { Me } from '../../core/contract';
import { grantAdmin } from '../../server/admin';
import { HostAuth } from '../../server/auth';
import { nodeIds } from '../../cloudfunctions/_shared/node-ports';
import { createWorld, type World } from '../support/world';

describe('setup.bootstrap (CloudBase: first admin and reference data)', () => {
  let world: World;
  const saved = process.env.BOOTSTRAP_ADMIN_USER_IDS;
  beforeEach(async () => {
    world = await createWorld();
  });
  afterEach(async () => {
    process.env.BOOTSTRAP_ADMIN_USER_IDS = saved;
    await world.close();
  });

  it('makes a configured user an admin, once, and reloads nothing that is already there', async () => {
    const person = await world.actor('user');
    process.env.BOOTSTRAP_ADMIN_USER_IDS = `someone-else, ${person.userId}`;
    const platformsBefore = await world.store.count('platforms');

    const first = await world.run('setup', { action: 'bootstrap' }, person);
    expect(first.ok).toBe(true);
    const data = (first as { ok: true; data: { referenceDocumentsAdded: number; me: Me } }).data;
    expect(data.referenceDocumentsAdded).toBe(0); // the world already loaded it; loading is idempotent
    expect(data.me.memberships.map((m) => m.role)).toContain('admin');
    expect(await world.store.count('platforms')).toBe(platformsBefore);

    // The new admin can now do admin things.
    const created = await world.run(
      'directory',
      {
        action: 'createStation',
        clientRequestId: 'bootstrap-station-1',
        name: '新建工作站',
        kind: 'other',
        level: 'workstation',
        district: 'daxing',
        address: '北京市大兴区示例路1号',
        phone: '010-61234567',
        hours: '工作日',
        keyIndustries: [],
      },
      person,
    );
    expect(created.ok).toBe(true);

    const again = await world.run('setup', { action: 'bootstrap' }, person);
    expect(again.ok).toBe(true);
    expect(await world.store.count('memberships', { userId: person.userId, role: 'admin' })).toBe(1);
  });

  it('refuses anyone not configured, and grants nothing', async () => {
    const person = await world.actor('user');
    process.env.BOOTSTRAP_ADMIN_USER_IDS = 'wx_someone-else';
    const res = await world.run('setup', { action: 'bootstrap' }, person);
    expect(res).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await world.store.count('memberships', { userId: person.userId, role: 'admin' })).toBe(0);
  });
});

describe('host --admin <username>', () => {
  it('makes an existing account an admin and reports an unknown one', async () => {
    const world = await createWorld();
    try {
      const auth = new HostAuth(world.store, world.clock, nodeIds);
      const userId = await auth.createAccount({ username: 'Alice', password: 'long-enough-1', displayName: '爱丽丝' });
      expect(await grantAdmin(world.store, world.clock, 'alice')).toBe(true);
      expect(await grantAdmin(world.store, world.clock, 'alice')).toBe(true); // idempotent
      expect(await world.store.count('memberships', { userId, role: 'admin' })).toBe(1);
      expect(await grantAdmin(world.store, world.clock, 'nobody')).toBe(false);
    } finally {
      await world.close();
    }
  });
});
