/** Invitation codes: a chief (or an admin) grants a role at a station; the code works once. */
import { DAY } from '../support/clock';
import { newRequestId, OTHER_STATION, OWN_STATION, seededStationFields } from '../support/fixtures';
import { expectError, expectOk, personWithRole, startTestHost, type TestHost } from '../support/host';

let t: TestHost;
let chief: string;
let admin: string;

beforeAll(async () => {
  t = await startTestHost();
  chief = await t.login('chief');
  admin = await t.login('admin');
});
afterAll(() => t.close());

const createCode = async (token: string, input: Record<string, unknown> = {}) =>
  expectOk(
    await t.call(
      'account',
      'createInvitation',
      { clientRequestId: newRequestId('inv'), stationId: OWN_STATION, role: 'liaison', ...input },
      token,
    ),
  );

const invitationsOf = async (token: string, stationId = OWN_STATION) =>
  expectOk(await t.call('account', 'listInvitations', { stationId, pageSize: 50 }, token)).items;

describe('the invitation lifecycle', () => {
  it('lets a chief issue a liaison code valid for a week, listed for the station', async () => {
    const inv = await createCode(chief);
    expect(inv).toMatchObject({ stationId: OWN_STATION, role: 'liaison', status: 'active', createdByName: '王站长' });
    expect(inv.code).toMatch(/^[A-Z2-9]{8}$/);
    expect(inv.expiresAt - inv.createdAt).toBe(7 * DAY);
    expect((await invitationsOf(chief)).find((i) => i.code === inv.code)?.status).toBe('active');
  });

  it('makes the person who redeems it a liaison of that station, acting as one', async () => {
    const inv = await createCode(chief);
    const newcomer = await t.register('newcomer', '新联络员');
    const me = expectOk(await t.call('account', 'redeemInvitation', { code: inv.code }, newcomer.token));
    const liaison = me.memberships.find((m) => m.role === 'liaison');
    expect(liaison).toMatchObject({ stationId: OWN_STATION, stationName: seededStationFields(OWN_STATION).name });
    expect(me.actingId).toBe(liaison!.id);

    // A later read agrees, the new role works, and the chief sees who used the code.
    const later = expectOk(await t.call('account', 'me', {}, newcomer.token));
    expect(later.actingId).toBe(liaison!.id);
    expectOk(await t.call('account', 'listCompanies', { stationId: OWN_STATION }, newcomer.token));
    const listed = (await invitationsOf(chief)).find((i) => i.code === inv.code);
    expect(listed).toMatchObject({ status: 'used', usedByName: '新联络员' });
  });

  it('accepts a code typed in lower case with spaces around it', async () => {
    const inv = await createCode(chief);
    const person = await t.register('lowercase');
    expectOk(await t.call('account', 'redeemInvitation', { code: ` ${inv.code.toLowerCase()} ` }, person.token));
  });

  it('refuses a code that was already used, to anyone', async () => {
    const inv = await createCode(chief);
    const first = await t.register('first');
    const second = await t.register('second');
    expectOk(await t.call('account', 'redeemInvitation', { code: inv.code }, first.token));
    const before = await t.counts();
    const again = expectError(
      await t.call('account', 'redeemInvitation', { code: inv.code }, second.token),
      'CONFLICT',
    );
    expect(again.message).toContain('已被使用');
    expectError(await t.call('account', 'redeemInvitation', { code: inv.code }, first.token), 'CONFLICT');
    expect(await t.counts()).toEqual(before);
  });

  it('refuses an expired code, and lists it as expired', async () => {
    const inv = await createCode(chief, { validDays: 1 });
    t.clock.advance(DAY);
    const person = await t.register('late');
    const error = expectError(
      await t.call('account', 'redeemInvitation', { code: inv.code }, person.token),
      'CONFLICT',
    );
    expect(error.message).toContain('过期');
    expect((await invitationsOf(chief)).find((i) => i.code === inv.code)?.status).toBe('expired');
    const me = expectOk(await t.call('account', 'me', {}, person.token));
    expect(me.memberships).toEqual([]);
  });

  it('refuses a revoked code; revoking twice is a conflict', async () => {
    const inv = await createCode(chief);
    const revoked = expectOk(await t.call('account', 'revokeInvitation', { code: inv.code.toLowerCase() }, chief));
    expect(revoked.status).toBe('revoked');
    expect((await invitationsOf(chief)).find((i) => i.code === inv.code)?.status).toBe('revoked');
    const person = await t.register('revoked');
    expect(
      expectError(await t.call('account', 'redeemInvitation', { code: inv.code }, person.token), 'CONFLICT').message,
    ).toContain('作废');
    expectError(await t.call('account', 'revokeInvitation', { code: inv.code }, chief), 'CONFLICT');
  });

  it('cannot revoke a code that was used', async () => {
    const inv = await createCode(chief);
    const person = await t.register('used');
    expectOk(await t.call('account', 'redeemInvitation', { code: inv.code }, person.token));
    expectError(await t.call('account', 'revokeInvitation', { code: inv.code }, chief), 'CONFLICT');
  });

  it('answers NOT_FOUND for a code that never existed', async () => {
    const person = await t.register('guess');
    const error = expectError(
      await t.call('account', 'redeemInvitation', { code: 'ZZZZ9999' }, person.token),
      'NOT_FOUND',
    );
    expect(error.message).toContain('邀请码不存在');
  });

  it('returns the same code when the create is retried with the same clientRequestId', async () => {
    const clientRequestId = newRequestId('retry');
    const before = await t.host.store.count('invitations');
    const first = await createCode(chief, { clientRequestId });
    const retry = await createCode(chief, { clientRequestId });
    expect(retry.code).toBe(first.code);
    expect(await t.host.store.count('invitations')).toBe(before + 1);
  });
});

describe('who may issue which code', () => {
  it('refuses a chief issuing a chief code, and writes nothing', async () => {
    const before = await t.counts();
    const error = expectError(
      await t.call(
        'account',
        'createInvitation',
        { clientRequestId: newRequestId('c'), stationId: OWN_STATION, role: 'chief' },
        chief,
      ),
      'FORBIDDEN',
    );
    expect(error.message).toContain('管理员');
    expect(await t.counts()).toEqual(before);
  });

  it('refuses a chief issuing codes for another station', async () => {
    expectError(
      await t.call(
        'account',
        'createInvitation',
        { clientRequestId: newRequestId('c'), stationId: OTHER_STATION, role: 'liaison' },
        chief,
      ),
      'FORBIDDEN',
    );
  });

  it('lets an admin appoint a chief at any station, who can then edit that station', async () => {
    const newChief = await personWithRole(t, admin, OTHER_STATION, 'chief', 'otherchief');
    const station = expectOk(await t.call('directory', 'getStation', { stationId: OTHER_STATION }, newChief.token));
    expect(station.canEdit).toBe(true);
  });

  it('shows the invitations of a station to its chief only, not to a liaison', async () => {
    const liaison = await t.login('liaison');
    expectError(await t.call('account', 'listInvitations', { stationId: OWN_STATION }, liaison), 'FORBIDDEN');
    expectError(await t.call('account', 'listInvitations', { stationId: OTHER_STATION }, chief), 'FORBIDDEN');
  });
});

describe('ten people redeeming one code at the same moment', () => {
  it('lets exactly one of them have it', async () => {
    const inv = await createCode(chief);
    const people = await Promise.all(Array.from({ length: 10 }, (_, i) => t.register(`racer${i}`)));
    const replies = await Promise.all(
      people.map((p) => t.call('account', 'redeemInvitation', { code: inv.code }, p.token)),
    );
    const winners = replies.filter((r) => r.body.ok);
    expect(winners).toHaveLength(1);
    for (const r of replies.filter((r) => !r.body.ok)) expectError(r, 'CONFLICT');

    const winner = people[replies.indexOf(winners[0]!)]!;
    const grants = await t.host.store.find('memberships', {
      where: { userId: { $in: people.map((p) => p.user.id) } },
    });
    expect(grants.map((g) => g.userId)).toEqual([winner.user.id]);
    expect((await t.host.store.get('invitations', inv.code))?.usedBy).toBe(winner.user.id);
  });
});
