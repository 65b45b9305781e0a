/**
 * Check-in at the venue: the chief's rotating code, a trainee's scan (once, with the first time
 * on every later scan), the refusals a scanner must say clearly, walk-ins with and without
 * seats, the chief's manual check-in, and twenty scans of one person at the same moment.
 */
import type { CheckinResult, LiveCount, OutputOf } from '../../core/contract';
import { parseCheckinToken, TOKEN_LENGTH, TOKEN_WINDOW_MS } from '../../core/rules/checkin-token';
import type { CheckinDoc, SignupDoc, TrainingSessionDoc } from '../../core/store/docs';
import { MINUTE } from '../support/clock';
import { nextMobile, seedCheckinSession, seedCheckinSignup, tokenAt } from '../support/checkin-seed';
import { errorOf, ok } from '../support/envelope';
import { OTHER_STATION, OWN_STATION } from '../support/fixtures';
import { createWorld, WORLD_ORIGIN, type Actor, type World } from '../support/world';

let world: World;
let chief: Actor;
beforeAll(async () => {
  world = await createWorld();
  chief = await world.actor('chief');
});
afterAll(() => world.close());

const now = () => world.clock.now();

const scan = (actor: Actor, token: string, sessionId?: string) =>
  world.run('checkin', { action: 'checkIn', token, ...(sessionId ? { sessionId } : {}) }, actor);

const sessionDoc = async (id: string) => (await world.store.get<TrainingSessionDoc>('trainings', id))!;
const checkinsOf = (sessionId: string) => world.store.find<CheckinDoc>('checkins', { where: { sessionId } });

/** A session with check-in open and one signed-up trainee with an account. */
async function sessionWithTrainee(overrides: Partial<TrainingSessionDoc> = {}) {
  const session = await seedCheckinSession(world.store, now(), OWN_STATION, overrides);
  const trainee = await world.actor('user');
  const signup = await seedCheckinSignup(world.store, session, now(), { userId: trainee.userId, name: '王小明' });
  return { session, trainee, signup };
}

describe('the chief’s code', () => {
  it('is a 27-character token drawn as a QR code of the H5 check-in URL, fresh for the current 30 s', async () => {
    const session = await seedCheckinSession(world.store, now());
    const code = ok<OutputOf<'checkin', 'getCode'>>(
      await world.run('checkin', { action: 'getCode', sessionId: session._id }, chief),
    );
    expect(code.token).toHaveLength(TOKEN_LENGTH);
    expect(code.token).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(parseCheckinToken(code.token)?.sessionCode).toBe(session.checkinCode);
    expect(code.kind).toBe('url');
    expect(code.url).toBe(`${WORLD_ORIGIN}/#/packages/checkin/pages/scan/index?token=${code.token}`);
    expect(code.image).toMatch(/^data:image\/png;base64,/);
    expect(code.expiresAt).toBe(now() + TOKEN_WINDOW_MS); // the test clock starts on a window boundary
    expect(code.refreshInMs).toBe(TOKEN_WINDOW_MS);
    expect(code.opensAt).toBe(session.startAt - 30 * MINUTE);
    expect(code.closesAt).toBe(session.endAt);
  });

  it('changes with the window, and gives a session without a code one that stays', async () => {
    const session = await seedCheckinSession(world.store, now(), OWN_STATION, { checkinCode: undefined });
    const get = async () =>
      ok<OutputOf<'checkin', 'getCode'>>(
        await world.run('checkin', { action: 'getCode', sessionId: session._id }, chief),
      );
    const [a, b] = await Promise.all([get(), get()]);
    const code = (await sessionDoc(session._id)).checkinCode;
    expect(code).toMatch(/^[A-Za-z0-9_-]{8}$/);
    expect(a.token).toBe(b.token);
    world.clock.advance(TOKEN_WINDOW_MS);
    const c = await get();
    expect(c.token).not.toBe(a.token);
    expect(parseCheckinToken(c.token)?.sessionCode).toBe(code);
    expect((await sessionDoc(session._id)).checkinCode).toBe(code);
  });

  it("is refused to another station's chief, and once the session has ended", async () => {
    const other = await seedCheckinSession(world.store, now(), OTHER_STATION);
    expect(errorOf(await world.run('checkin', { action: 'getCode', sessionId: other._id }, chief)).code).toBe(
      'FORBIDDEN',
    );
    const ended = await seedCheckinSession(world.store, now(), OWN_STATION, {
      startAt: now() - 3 * 60 * MINUTE,
      endAt: now() - MINUTE,
    });
    expect(errorOf(await world.run('checkin', { action: 'getCode', sessionId: ended._id }, chief)).message).toBe(
      '培训已结束，无法签到',
    );
  });
});

describe('a trainee scanning', () => {
  it('is checked in once with the time; scanning again answers 已签到 with the first time', async () => {
    const { session, trainee, signup } = await sessionWithTrainee();
    const first = ok<CheckinResult>(await scan(trainee, await tokenAt(world.store, session, now())));
    expect(first).toEqual({
      sessionId: session._id,
      title: session.title,
      name: '王小明',
      already: false,
      at: now(),
      late: false,
      walkIn: false,
    });
    const firstAt = now();
    world.clock.advance(5 * MINUTE);
    const again = ok<CheckinResult>(await scan(trainee, await tokenAt(world.store, session, now())));
    expect(again).toMatchObject({ already: true, at: firstAt, late: false });

    expect((await sessionDoc(session._id)).checkedInCount).toBe(1);
    expect(await checkinsOf(session._id)).toHaveLength(1);
    const stored = await world.store.get<SignupDoc>('signups', signup._id);
    expect(stored).toMatchObject({ checkedInAt: firstAt, late: false, status: 'confirmed' });
  });

  it('after the start is marked late', async () => {
    const { session, trainee, signup } = await sessionWithTrainee();
    world.clock.advance(15 * MINUTE); // the session started 5 minutes ago
    const result = ok<CheckinResult>(await scan(trainee, await tokenAt(world.store, session, now())));
    expect(result).toMatchObject({ already: false, late: true });
    expect(await world.store.get<SignupDoc>('signups', signup._id)).toMatchObject({ late: true });
  });

  it('with a code of the previous window still gets in (the screen just refreshed)', async () => {
    const { session, trainee } = await sessionWithTrainee();
    const token = await tokenAt(world.store, session, now());
    world.clock.advance(TOKEN_WINDOW_MS);
    expect(ok<CheckinResult>(await scan(trainee, token)).already).toBe(false);
  });

  it('with an older code, or one replayed after its window, is refused: 二维码已过期', async () => {
    const { session, trainee } = await sessionWithTrainee();
    const token = await tokenAt(world.store, session, now());
    const early = await world.actor('user');
    await seedCheckinSignup(world.store, session, now(), { userId: early.userId });
    expect(ok<CheckinResult>(await scan(early, token)).already).toBe(false);

    world.clock.advance(2 * TOKEN_WINDOW_MS);
    const replay = errorOf(await scan(trainee, token));
    expect(replay).toMatchObject({ code: 'CONFLICT', message: '二维码已过期，请扫描现场最新的二维码' });
    expect((await sessionDoc(session._id)).checkedInCount).toBe(1);
  });

  it('with a forged or altered code is refused: 二维码无效, nothing written', async () => {
    const { session, trainee } = await sessionWithTrainee();
    const token = await tokenAt(world.store, session, now());
    const flipped = token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A');
    // Same session code and window, a MAC made up by the scanner.
    const forged = token.slice(0, 15) + 'abcdefghijkl';
    // A later window with the old MAC: the window is signed too.
    const parts = parseCheckinToken(token)!;
    const shifted = token.slice(0, 8) + (parts.window + 1).toString(36).padStart(7, '0') + token.slice(15);
    for (const bad of [flipped, forged, shifted, 'https://example.com/', 'not-a-token']) {
      expect(errorOf(await scan(trainee, bad))).toMatchObject({ code: 'INVALID_INPUT', message: '二维码无效' });
    }
    expect(await checkinsOf(session._id)).toHaveLength(0);
    expect((await sessionDoc(session._id)).checkedInCount).toBe(0);
  });

  it("with another session's code on a page opened for this session is refused: 这不是本场培训的签到码", async () => {
    const { session, trainee } = await sessionWithTrainee();
    const other = await seedCheckinSession(world.store, now());
    const otherToken = await tokenAt(world.store, other, now());
    expect(errorOf(await scan(trainee, otherToken, session._id))).toMatchObject({
      code: 'INVALID_INPUT',
      message: '这不是本场培训的签到码',
    });
    expect(await checkinsOf(session._id)).toHaveLength(0);
    // Its own code on that page is fine.
    expect(
      ok<CheckinResult>(await scan(trainee, await tokenAt(world.store, session, now()), session._id)).already,
    ).toBe(false);
  });

  it('before 30 minutes ahead of the start is refused; at 30 minutes ahead it opens', async () => {
    const { session, trainee } = await sessionWithTrainee({
      startAt: now() + 60 * MINUTE,
      endAt: now() + 180 * MINUTE,
    });
    const early = errorOf(await scan(trainee, await tokenAt(world.store, session, now())));
    expect(early).toMatchObject({ code: 'CONFLICT', message: '签到尚未开始，开始前30分钟可签到' });
    world.clock.advance(30 * MINUTE);
    expect(ok<CheckinResult>(await scan(trainee, await tokenAt(world.store, session, now()))).already).toBe(false);
  });

  it('after the end is refused: 培训已结束，无法签到', async () => {
    const { session, trainee } = await sessionWithTrainee();
    const token = await tokenAt(world.store, session, session.endAt + 1);
    world.clock.advance(session.endAt + 1 - now());
    expect(errorOf(await scan(trainee, token))).toMatchObject({ code: 'CONFLICT', message: '培训已结束，无法签到' });
    expect(await checkinsOf(session._id)).toHaveLength(0);
  });

  it('everyone in the room with the same code on the screen is checked in, not refused as a duplicate', async () => {
    const session = await seedCheckinSession(world.store, now());
    const people = await Promise.all(
      Array.from({ length: 5 }, async (_, i) => {
        const actor = await world.actor('user');
        await seedCheckinSignup(world.store, session, now(), { userId: actor.userId, name: `学员${i}` });
        return actor;
      }),
    );
    const token = await tokenAt(world.store, session, now());
    const results = (await Promise.all(people.map((p) => scan(p, token)))).map((r) => ok<CheckinResult>(r));
    expect(results.map((r) => r.already)).toEqual([false, false, false, false, false]);
    expect(await checkinsOf(session._id)).toHaveLength(5);
    expect((await sessionDoc(session._id)).checkedInCount).toBe(5);
  });

  it('twenty times at once: ONE check-in, the counter moved once, every answer the same time', async () => {
    const { session, trainee } = await sessionWithTrainee();
    const token = await tokenAt(world.store, session, now());
    const replies = await Promise.all(Array.from({ length: 20 }, () => scan(trainee, token)));
    const results = replies.map((r) => ok<CheckinResult>(r));
    expect(results.filter((r) => !r.already)).toHaveLength(1);
    expect(new Set(results.map((r) => r.at))).toEqual(new Set([now()]));
    expect(await checkinsOf(session._id)).toHaveLength(1);
    expect((await sessionDoc(session._id)).checkedInCount).toBe(1);
  });
});

describe('walk-ins (not signed up)', () => {
  it('get in while the session allows walk-ins and a seat is free, with a walk-in sign-up', async () => {
    const session = await seedCheckinSession(world.store, now(), OWN_STATION, { allowWalkIns: true, capacity: 2 });
    await seedCheckinSignup(world.store, session, now());
    const walker = await world.actor('user');
    const result = ok<CheckinResult>(await scan(walker, await tokenAt(world.store, session, now())));
    expect(result).toMatchObject({ already: false, walkIn: true, name: 'user 测试' });

    const s = await sessionDoc(session._id);
    expect(s).toMatchObject({ confirmedCount: 2, walkInCount: 1, checkedInCount: 1 });
    const signup = await world.store.get<SignupDoc>('signups', `${session._id}:${walker.userId}`);
    expect(signup).toMatchObject({ status: 'confirmed', source: 'walk_in', checkedInAt: now(), userId: walker.userId });
  });

  it('are refused when the seats are taken, and nothing changes', async () => {
    const session = await seedCheckinSession(world.store, now(), OWN_STATION, { allowWalkIns: true, capacity: 1 });
    await seedCheckinSignup(world.store, session, now());
    const walker = await world.actor('user');
    const refused = errorOf(await scan(walker, await tokenAt(world.store, session, now())));
    expect(refused).toMatchObject({ code: 'CONFLICT', message: '本场名额已满，无法现场签到，请联系工作人员' });
    expect(await sessionDoc(session._id)).toMatchObject({ confirmedCount: 1, walkInCount: 0, checkedInCount: 0 });
    expect(await world.store.get('signups', `${session._id}:${walker.userId}`)).toBeNull();
  });

  it('are refused when the session does not allow walk-ins', async () => {
    const session = await seedCheckinSession(world.store, now());
    const walker = await world.actor('user');
    expect(errorOf(await scan(walker, await tokenAt(world.store, session, now())))).toMatchObject({
      code: 'CONFLICT',
      message: '您未报名本场培训，本场不接受现场报名，请联系工作人员',
    });
    const waiting = await world.actor('user');
    await seedCheckinSignup(world.store, session, now(), { userId: waiting.userId, status: 'waitlisted' });
    expect(errorOf(await scan(waiting, await tokenAt(world.store, session, now()))).message).toBe(
      '您在候补名单中，尚未获得名额；本场不接受现场签到，请联系工作人员',
    );
    expect(await checkinsOf(session._id)).toHaveLength(0);
  });

  it('from the waitlist take a free seat at the door and leave the waitlist', async () => {
    const session = await seedCheckinSession(world.store, now(), OWN_STATION, { allowWalkIns: true, capacity: 5 });
    const waiting = await world.actor('user');
    const signup = await seedCheckinSignup(world.store, session, now(), {
      userId: waiting.userId,
      status: 'waitlisted',
    });
    expect(ok<CheckinResult>(await scan(waiting, await tokenAt(world.store, session, now())))).toMatchObject({
      walkIn: true,
      already: false,
    });
    expect(await world.store.get<SignupDoc>('signups', signup._id)).toMatchObject({
      status: 'confirmed',
      source: 'self',
    });
    expect(await sessionDoc(session._id)).toMatchObject({
      waitlistCount: 0,
      confirmedCount: 1,
      walkInCount: 1,
      checkedInCount: 1,
    });
  });

  it('who cancelled their sign-up walk in on it again: a walk-in with the next number, the cancel kept in its history', async () => {
    const session = await seedCheckinSession(world.store, now(), OWN_STATION, { allowWalkIns: true, capacity: 5 });
    const back = await world.actor('user');
    const cancelledAt = now() - MINUTE;
    const signup = await seedCheckinSignup(world.store, session, now(), {
      userId: back.userId,
      name: '吴女士',
      status: 'cancelled',
    });
    await world.store.update(
      'signups',
      { _id: signup._id },
      {
        set: {
          cancelledAt,
          history: [
            { at: signup.createdAt, by: back.userId, event: 'confirmed' },
            { at: cancelledAt, by: back.userId, event: 'cancelled' },
          ],
        },
      },
    );
    await seedCheckinSignup(world.store, session, now()); // someone else signed up meanwhile: seq 2

    expect(ok<CheckinResult>(await scan(back, await tokenAt(world.store, session, now())))).toMatchObject({
      name: '吴女士',
      walkIn: true,
      already: false,
    });
    const renewed = await world.store.get<SignupDoc>('signups', signup._id);
    expect(renewed).toMatchObject({ status: 'confirmed', source: 'walk_in', seq: 3, checkedInAt: now() });
    expect(renewed!.cancelledAt).toBeUndefined();
    expect(renewed!.history!.map((h) => h.event)).toEqual(['confirmed', 'cancelled', 'confirmed']);
    expect(await sessionDoc(session._id)).toMatchObject({
      confirmedCount: 2,
      walkInCount: 1,
      checkedInCount: 1,
      signupSeq: 3,
    });
    expect(await world.store.count('signups', { sessionId: session._id })).toBe(2);
  });

  it('scanning twenty times at once take ONE seat and are checked in once', async () => {
    const session = await seedCheckinSession(world.store, now(), OWN_STATION, { allowWalkIns: true, capacity: 30 });
    const walker = await world.actor('user');
    const token = await tokenAt(world.store, session, now());
    const results = (await Promise.all(Array.from({ length: 20 }, () => scan(walker, token)))).map((r) =>
      ok<CheckinResult>(r),
    );
    expect(results.filter((r) => !r.already)).toHaveLength(1);
    expect(await checkinsOf(session._id)).toHaveLength(1);
    expect(await sessionDoc(session._id)).toMatchObject({ confirmedCount: 1, walkInCount: 1, checkedInCount: 1 });
  });
});

describe('the chief checking in by hand', () => {
  it('checks in someone from the list (no phone); a second time answers with the first time', async () => {
    const session = await seedCheckinSession(world.store, now());
    const signup = await seedCheckinSignup(world.store, session, now(), { name: '赵老板' });
    const manual = (signupId: string) =>
      world.run('checkin', { action: 'manualCheckIn', sessionId: session._id, signupId }, chief);
    const first = ok<CheckinResult>(await manual(signup._id));
    expect(first).toMatchObject({ name: '赵老板', already: false, walkIn: false });
    world.clock.advance(MINUTE);
    expect(ok<CheckinResult>(await manual(signup._id))).toMatchObject({ already: true, at: first.at });

    const [doc] = await checkinsOf(session._id);
    expect(doc).toMatchObject({ _id: signup._id, by: 'manual', byUserId: chief.userId });
    const audit = await world.store.find<{ _id: string; event: string }>('audit_log', {
      where: { targetId: signup._id },
    });
    expect(audit.map((a) => a.event)).toEqual(['checkin.manualCheckIn:manual']);
  });

  it('checks in a walk-in by name and mobile, or finds them on the list by mobile', async () => {
    const session = await seedCheckinSession(world.store, now(), OWN_STATION, { allowWalkIns: true });
    const mobile = nextMobile();
    const walkIn = { name: '钱女士', mobile, companyName: '北京示例科技有限公司' };
    const result = ok<CheckinResult>(
      await world.run('checkin', { action: 'manualCheckIn', sessionId: session._id, walkIn }, chief),
    );
    expect(result).toMatchObject({ name: '钱女士', walkIn: true, already: false });
    expect(await world.store.get<SignupDoc>('signups', `${session._id}:m:${mobile}`)).toMatchObject({
      source: 'walk_in',
      status: 'confirmed',
      companyName: '北京示例科技有限公司',
    });

    // Signed up in the app, arrived without the phone: the chief types the mobile.
    const trainee = await world.actor('user');
    const listed = await seedCheckinSignup(world.store, session, now(), { userId: trainee.userId, name: '孙先生' });
    const byMobile = ok<CheckinResult>(
      await world.run(
        'checkin',
        {
          action: 'manualCheckIn',
          sessionId: session._id,
          walkIn: { name: '孙先生', mobile: listed.mobile, companyName: '随便写的单位' },
        },
        chief,
      ),
    );
    expect(byMobile).toMatchObject({ name: '孙先生', walkIn: false });
    expect(await world.store.get('checkins', `${session._id}:${trainee.userId}`)).not.toBeNull();
    expect(await sessionDoc(session._id)).toMatchObject({ checkedInCount: 2, walkInCount: 1 });
  });

  it('tells the chief, not the trainee, why a walk-in cannot be checked in', async () => {
    const session = await seedCheckinSession(world.store, now());
    const walkIn = { name: '周先生', mobile: nextMobile(), companyName: '示例科技' };
    expect(
      errorOf(await world.run('checkin', { action: 'manualCheckIn', sessionId: session._id, walkIn }, chief)).message,
    ).toBe('该学员未报名，本场不接受现场报名；如需签到，请先在培训设置中允许现场报名');
    expect(await checkinsOf(session._id)).toHaveLength(0);
  });

  it('needs a person from the list or the walk-in details, and a sign-up of this session', async () => {
    const session = await seedCheckinSession(world.store, now());
    const neither = errorOf(await world.run('checkin', { action: 'manualCheckIn', sessionId: session._id }, chief));
    expect(neither.code).toBe('INVALID_INPUT');
    expect(neither.fields?.signupId).toContain('请从报名名单中选择一人');
    const other = await seedCheckinSession(world.store, now());
    const foreign = await seedCheckinSignup(world.store, other, now());
    expect(
      errorOf(
        await world.run('checkin', { action: 'manualCheckIn', sessionId: session._id, signupId: foreign._id }, chief),
      ).code,
    ).toBe('NOT_FOUND');
  });
});

describe('the live count and the list', () => {
  it('counts checked in / signed up / walk-ins and shows the latest arrivals', async () => {
    const session = await seedCheckinSession(world.store, now(), OWN_STATION, { allowWalkIns: true, capacity: 10 });
    const people = await Promise.all(
      ['甲', '乙', '丙'].map(async (name) => {
        const actor = await world.actor('user');
        await seedCheckinSignup(world.store, session, now(), { userId: actor.userId, name });
        return actor;
      }),
    );
    await scan(people[0]!, await tokenAt(world.store, session, now()));
    world.clock.advance(MINUTE);
    await scan(people[1]!, await tokenAt(world.store, session, now()));
    world.clock.advance(MINUTE);
    await scan(await world.actor('user'), await tokenAt(world.store, session, now()));

    const count = ok<LiveCount>(await world.run('checkin', { action: 'getLiveCount', sessionId: session._id }, chief));
    expect(count).toMatchObject({ checkedIn: 3, signedUp: 3, walkIns: 1, notYet: 1, capacity: 10, seatsLeft: 6 });
    expect(count.recent.map((r) => r.name)).toEqual(['user 测试', '乙', '甲']);

    const list = (filter: string) =>
      world.run('checkin', { action: 'listAttendees', sessionId: session._id, filter }, chief);
    const pending = ok<OutputOf<'checkin', 'listAttendees'>>(await list('pending'));
    expect(pending.items.map((a) => a.name)).toEqual(['丙']);
    const done = ok<OutputOf<'checkin', 'listAttendees'>>(await list('checkedIn'));
    expect(done.items.map((a) => a.name)).toEqual(['甲', '乙', 'user 测试']);
    expect(done.total).toBe(3);
    const found = ok<OutputOf<'checkin', 'listAttendees'>>(
      await world.run(
        'checkin',
        { action: 'listAttendees', sessionId: session._id, filter: 'checkedIn', keyword: '乙' },
        chief,
      ),
    );
    expect(found.items.map((a) => a.name)).toEqual(['乙']);
  });

  it('a cancelled session takes no check-ins', async () => {
    const { session, trainee } = await sessionWithTrainee({ status: 'cancelled' });
    expect(errorOf(await scan(trainee, await tokenAt(world.store, session, now()))).message).toBe(
      '本场培训已取消，无需签到',
    );
  });
});
