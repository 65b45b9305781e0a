/**
 * District admins (区级管理员, 004 §5's district level): appointed by a city admin with a code
 * issued at a station of the district, they read the district's stations' figures and the lists
 * the city view drills into, and nothing of another district's. The reach is the station list of
 * the district at the moment of the call, so a station moved away leaves it at once. That they
 * write nothing is the authorisation matrix's (every writing action refuses 'district_admin').
 */
import { seedRecord } from '../support/archive-seed';
import { DAY } from '../support/clock';
import { failed, ok } from '../support/envelope';
import { newRequestId, OTHER_STATION, OWN_STATION } from '../support/fixtures';
import { seedVisit } from '../support/visit-seed';
import { createWorld, OTHER_COMPANY, OWN_COMPANY, seedCompany, type Actor, type World } from '../support/world';
import { stampedStore } from '../../cloudfunctions/_shared/change-stamps';

/** The other station of OWN_STATION's district (海淀区) in the reference network. */
const NEIGHBOUR_STATION = 'st-haidian-district';
const MONTH = { kind: 'month', anchor: '2025-03-03' } as const;

let world: World;
let district: Actor;
beforeAll(async () => {
  world = await createWorld();
  district = await world.actor('district_admin');
  const store = stampedStore(world.store, world.clock);
  const t = world.clock.now();
  // A consultation and a visit at each haidian station, one of each at the chaoyang station.
  const neighbourCompany = await seedCompany(world.store, t, NEIGHBOUR_STATION);
  await seedRecord(store, t, OWN_STATION, OWN_COMPANY, { consultedAt: t - DAY });
  await seedRecord(store, t, NEIGHBOUR_STATION, neighbourCompany, { consultedAt: t - DAY });
  await seedRecord(store, t, OTHER_STATION, OTHER_COMPANY, { consultedAt: t - DAY });
  await seedVisit(store, t, OWN_STATION, OWN_COMPANY, { visitedAt: t - DAY });
  await seedVisit(store, t, NEIGHBOUR_STATION, neighbourCompany, { visitedAt: t - DAY });
  await seedVisit(store, t, OTHER_STATION, OTHER_COMPANY, { visitedAt: t - DAY });
});
afterAll(() => world.close());

describe('appointing a district admin', () => {
  it('is the city admin’s: the code grants the district of the station it is issued at', async () => {
    const admin = await world.actor('admin');
    const inv = ok<{ code: string; district?: string; role: string }>(
      await world.run(
        'account',
        {
          action: 'createInvitation',
          clientRequestId: newRequestId('da'),
          stationId: OWN_STATION,
          role: 'district_admin',
        },
        admin,
      ),
    );
    expect(inv).toMatchObject({ role: 'district_admin', district: 'haidian' });

    const person = await world.actor('user');
    const me = ok<{
      memberships: Array<{ role: string; district?: string; districtName?: string; stationId?: string }>;
    }>(await world.run('account', { action: 'redeemInvitation', code: inv.code }, person));
    const grant = me.memberships.find((m) => m.role === 'district_admin');
    expect(grant).toEqual(expect.objectContaining({ district: 'haidian', districtName: '海淀区' }));
    expect(grant?.stationId).toBeUndefined();

    // A second code of the same district is refused as a grant already held.
    const again = ok<{ code: string }>(
      await world.run(
        'account',
        {
          action: 'createInvitation',
          clientRequestId: newRequestId('da2'),
          stationId: NEIGHBOUR_STATION,
          role: 'district_admin',
        },
        admin,
      ),
    );
    const refused = failed(
      await world.run('account', { action: 'redeemInvitation', code: again.code }, person),
      'CONFLICT',
    );
    expect(refused.message).toBe('您已是海淀区的区级管理员，无需重复加入');
  });

  it('is refused to a chief, who appoints only the station’s people', async () => {
    const chief = await world.actor('chief');
    const env = await world.run(
      'account',
      {
        action: 'createInvitation',
        clientRequestId: newRequestId('da3'),
        stationId: OWN_STATION,
        role: 'district_admin',
      },
      chief,
    );
    expect(failed(env, 'FORBIDDEN').message).toBe('区级管理员须由市级管理员任命');
  });
});

describe('what a district admin reads', () => {
  type City = { scopeName: string; rows: Array<{ stationId: string; figures: Record<string, number | null> }> };

  it('sees the district’s stations side by side, and the city admin every station', async () => {
    const mine = ok<City>(await world.run('stats', { action: 'cityStats', period: MONTH }, district));
    expect(mine.scopeName).toBe('海淀区');
    expect(mine.rows.map((r) => r.stationId).sort()).toEqual([NEIGHBOUR_STATION, OWN_STATION].sort());
    expect(mine.rows.find((r) => r.stationId === OWN_STATION)?.figures.consult).toBe(1);

    const city = ok<City>(await world.run('stats', { action: 'cityStats', period: MONTH }, await world.actor('admin')));
    expect(city.scopeName).toBe('全市');
    expect(city.rows.map((r) => r.stationId)).toEqual(expect.arrayContaining([OWN_STATION, OTHER_STATION]));
  });

  it('opens a district station’s statistics and 月报, never another district’s', async () => {
    const stats = ok<{ scopeName: string }>(
      await world.run('stats', { action: 'stationStats', period: MONTH, stationId: NEIGHBOUR_STATION }, district),
    );
    expect(stats.scopeName).toBeTruthy();
    const away = failed(
      await world.run('stats', { action: 'stationStats', period: MONTH, stationId: OTHER_STATION }, district),
      'FORBIDDEN',
    );
    expect(away.message).toBe('您只能查看本区站点的记录');
    failed(
      await world.run('stats', { action: 'exportMonthly', month: '2025-03', stationId: OTHER_STATION }, district),
      'FORBIDDEN',
    );
    failed(
      await world.run('stats', { action: 'insights', period: MONTH, stationId: OTHER_STATION }, district),
      'FORBIDDEN',
    );
  });

  it('lists the district’s visits across its stations, and refuses to be pointed at another district', async () => {
    const all = ok<{ items: Array<{ stationId: string }>; total: number }>(
      await world.run('visit', { action: 'listVisits', pageSize: 50 }, district),
    );
    expect(new Set(all.items.map((v) => v.stationId))).toEqual(new Set([OWN_STATION, NEIGHBOUR_STATION]));
    const one = ok<{ items: Array<{ stationId: string }> }>(
      await world.run('visit', { action: 'listVisits', stationId: NEIGHBOUR_STATION, pageSize: 50 }, district),
    );
    expect(one.items.map((v) => v.stationId)).toEqual([NEIGHBOUR_STATION]);
    failed(
      await world.run('visit', { action: 'listVisits', stationId: OTHER_STATION, pageSize: 50 }, district),
      'FORBIDDEN',
    );
  });

  it('loses a station moved to another district at once', async () => {
    ok(await world.run('stats', { action: 'stationStats', period: MONTH, stationId: NEIGHBOUR_STATION }, district));
    await world.store.update('stations', { _id: NEIGHBOUR_STATION }, { set: { district: 'chaoyang' } });
    try {
      failed(
        await world.run('stats', { action: 'stationStats', period: MONTH, stationId: NEIGHBOUR_STATION }, district),
        'FORBIDDEN',
      );
      const city = ok<City>(await world.run('stats', { action: 'cityStats', period: MONTH }, district));
      expect(city.rows.map((r) => r.stationId)).toEqual([OWN_STATION]);
    } finally {
      await world.store.update('stations', { _id: NEIGHBOUR_STATION }, { set: { district: 'haidian' } });
    }
  });
});
