/**
 * Trainings through the runtime with a test clock: a chief publishes, edits and cancels sessions
 * (who is told what), the public list, sign-up rules (deadline, duplicates, station-only
 * audience, the company acted for), the chief's hand-added sign-ups, my trainings, the talent
 * pool built from check-ins, another station's chief refused, and the indexes behind each list.
 */
import type { MyTraining, Signup, Talent, TrainingSession } from '../../core/contract';
import { DEFAULT_TRAINING_QUESTIONNAIRE_ID } from '../../core/rules/training';
import type { NotificationDoc, SignupDoc, TrainingSessionDoc } from '../../core/store/docs';
import { sessionsQuery } from '../../cloudfunctions/training/actions/listSessions';
import { DAY, MINUTE } from '../support/clock';
import { failed, ok } from '../support/envelope';
import { newRequestId, OTHER_STATION, OWN_STATION } from '../support/fixtures';
import { newMobile, seedCheckin, seedSession, seedSignup, sessionForm } from '../support/training-seed';
import { createWorld, OTHER_COMPANY, OWN_COMPANY, seedMember, type Actor, type World } from '../support/world';

let world: World;
let chief: Actor;
beforeAll(async () => {
  world = await createWorld();
  chief = await seedMember(world.store, world.clock.now(), 'chief', { stationId: OWN_STATION }, '王站长');
});
afterAll(() => world.close());

const now = () => world.clock.now();
const training = (action: string, input: Record<string, unknown>, actor: Actor | null) =>
  world.run('training', { action, ...input }, actor);

const person = (name = '学员') => world.actor('user').then((a) => ({ ...a, name }));

async function createSession(overrides: Record<string, unknown> = {}, by: Actor = chief): Promise<TrainingSession> {
  return ok<TrainingSession>(
    await training(
      'createSession',
      { clientRequestId: newRequestId('session'), stationId: OWN_STATION, ...sessionForm(now(), overrides) },
      by,
    ),
  );
}

const signUp = (sessionId: string, actor: Actor, extra: Record<string, unknown> = {}) =>
  training(
    'signUp',
    {
      clientRequestId: newRequestId('signup'),
      sessionId,
      name: '张三',
      companyName: '北京测试科技有限公司',
      title: '工程师',
      mobile: newMobile(),
      ...extra,
    },
    actor,
  );

const noticesOf = (userId: string, kind: string) =>
  world.store.find<NotificationDoc>('notifications', { where: { userId, kind }, limit: 100 });

describe('publishing a session', () => {
  it('opens it for sign-up with the catalogue course as title and the default questionnaire', async () => {
    const s = await createSession({ title: '' });
    expect(s).toMatchObject({
      stationId: OWN_STATION,
      courseId: 'course-1',
      title: '知识产权基础知识',
      status: 'published',
      capacity: 30,
      seatsLeft: 30,
      confirmedCount: 0,
      waitlistCount: 0,
      attendanceRate: null,
      questionnaireId: DEFAULT_TRAINING_QUESTIONNAIRE_ID,
    });
    expect(await world.store.count('audit_log', { event: 'training.createSession:create', targetId: s.id })).toBe(1);
  });

  it('names the field at fault: deadline after the start, no place, end before start, a past start', async () => {
    const form = sessionForm(now());
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ signupDeadline: form.startAt + MINUTE }, 'signupDeadline', '报名截止时间：报名截止时间不能晚于开始时间'],
      [{ venue: '', onlineUrl: '' }, 'venue', '培训地点：请填写培训地点或线上链接'],
      [{ endAt: form.startAt }, 'endAt', '结束时间：结束时间应晚于开始时间'],
      [
        { startAt: now() - DAY, endAt: now() - DAY + 60 * MINUTE, signupDeadline: now() - 2 * DAY },
        'startAt',
        '开始时间：开始时间应晚于现在',
      ],
      [{ courseId: undefined, title: '  ' }, 'title', '培训主题：请选择课程或填写培训主题'],
      [{ onlineUrl: 'meeting.example.com/123' }, 'onlineUrl', '线上链接：请填写以 http:// 或 https:// 开头的链接'],
      [{ courseId: 'course-99' }, 'courseId', '课程：课程目录中没有该课程，请重新选择'],
    ];
    for (const [overrides, field, message] of cases) {
      const env = await training(
        'createSession',
        { clientRequestId: newRequestId('bad'), stationId: OWN_STATION, ...form, ...overrides },
        chief,
      );
      expect([field, failed(env, 'INVALID_INPUT').fields?.[field]]).toEqual([field, message]);
    }
  });

  it('accepts an online-only session with a custom title', async () => {
    const s = await createSession({
      courseId: undefined,
      title: '商标海外布局',
      venue: '',
      onlineUrl: 'https://meeting.example.com/1',
    });
    expect(s).toMatchObject({ title: '商标海外布局', onlineUrl: 'https://meeting.example.com/1' });
    expect(s.venue).toBeUndefined();
    expect(s.courseId).toBeUndefined();
  });

  it("refuses another station's chief: they cannot edit, cancel, list or export this station's session", async () => {
    const s = await createSession();
    const stranger = await seedMember(world.store, now(), 'chief', { stationId: OTHER_STATION }, '别站站长');
    const attempts = [
      training('updateSession', { sessionId: s.id, ...sessionForm(now(), { capacity: 40 }) }, stranger),
      training('cancelSession', { sessionId: s.id, reason: '我想取消' }, stranger),
      training('listSignups', { sessionId: s.id }, stranger),
      training('exportSignups', { sessionId: s.id }, stranger),
      training(
        'addSignup',
        {
          clientRequestId: newRequestId('x'),
          sessionId: s.id,
          name: '某人',
          companyName: '某公司',
          mobile: newMobile(),
        },
        stranger,
      ),
    ];
    for (const env of await Promise.all(attempts)) {
      expect(failed(env, 'FORBIDDEN').message).toBe('您只能处理本站点或本企业的记录');
    }
    const stored = await world.store.get<TrainingSessionDoc>('trainings', s.id);
    expect(stored).toMatchObject({ capacity: 30, status: 'published' });
    const seen = ok<{ canManage: boolean }>(await training('getSession', { sessionId: s.id }, stranger));
    expect(seen.canManage).toBe(false);
    expect(ok<{ canManage: boolean }>(await training('getSession', { sessionId: s.id }, chief)).canManage).toBe(true);
  });
});

describe('editing a session', () => {
  it('tells everyone signed up (seated and waiting) when the time or place changes, and only then', async () => {
    const s = await createSession({ capacity: 1 });
    const seated = await person();
    const waiting = await person();
    ok(await signUp(s.id, seated));
    ok(await signUp(s.id, waiting));

    ok(
      await training(
        'updateSession',
        { sessionId: s.id, ...sessionForm(now(), { capacity: 1, lecturer: '李教授' }) },
        chief,
      ),
    );
    expect(await noticesOf(seated.userId, 'training.changed')).toHaveLength(0);

    const moved = sessionForm(now(), {
      capacity: 1,
      venue: '海淀区知识产权大厦 5层',
      startAt: sessionForm(now()).startAt + 60 * MINUTE,
      endAt: sessionForm(now()).endAt + 60 * MINUTE,
    });
    const after = ok<TrainingSession>(await training('updateSession', { sessionId: s.id, ...moved }, chief));
    expect(after).toMatchObject({ venue: '海淀区知识产权大厦 5层', lecturer: '王律师' });
    for (const who of [seated, waiting]) {
      const [notice] = await noticesOf(who.userId, 'training.changed');
      expect(notice).toMatchObject({ title: '培训时间或地点有变更' });
      expect(notice!.body).toContain('海淀区知识产权大厦 5层');
      expect(notice!.body).toContain('2025年3月10日 星期一 10:00–12:30');
    }
  });

  it('never lowers capacity below the seats taken; a higher capacity seats the waiting in order', async () => {
    const s = await createSession({ capacity: 2 });
    const people = await Promise.all([person(), person(), person(), person()]);
    for (const p of people) ok(await signUp(s.id, p));

    const tooSmall = await training(
      'updateSession',
      { sessionId: s.id, ...sessionForm(now(), { capacity: 1 }) },
      chief,
    );
    expect(failed(tooSmall, 'INVALID_INPUT').fields).toEqual({
      capacity: '人数上限：已有 2 人报名成功，人数上限不能少于 2',
    });

    const bigger = ok<TrainingSession>(
      await training('updateSession', { sessionId: s.id, ...sessionForm(now(), { capacity: 3 }) }, chief),
    );
    expect(bigger).toMatchObject({ capacity: 3, confirmedCount: 3, waitlistCount: 1, seatsLeft: 0 });
    const third = await world.store.get<SignupDoc>('signups', `${s.id}:${people[2]!.userId}`);
    const fourth = await world.store.get<SignupDoc>('signups', `${s.id}:${people[3]!.userId}`);
    expect([third!.status, fourth!.status]).toEqual(['confirmed', 'waitlisted']);
    expect(await noticesOf(people[2]!.userId, 'training.promoted')).toHaveLength(1);
    expect(await noticesOf(people[3]!.userId, 'training.promoted')).toHaveLength(0);
  });
});

describe('cancelling a session', () => {
  it('keeps it (status cancelled, with the reason) and tells everyone signed up, seated or waiting', async () => {
    const s = await createSession({ capacity: 1 });
    const seated = await person();
    const waiting = await person();
    const left = await person();
    ok(await signUp(s.id, seated));
    ok(await signUp(s.id, waiting));
    ok(await signUp(s.id, left));
    ok(await training('cancelSignup', { sessionId: s.id }, left));

    const cancelled = ok<TrainingSession>(
      await training('cancelSession', { sessionId: s.id, reason: '讲师临时出差' }, chief),
    );
    expect(cancelled).toMatchObject({ status: 'cancelled', cancelReason: '讲师临时出差', cancelledAt: now() });
    for (const who of [seated, waiting]) {
      const [notice] = await noticesOf(who.userId, 'training.cancelled');
      expect(notice!.body).toContain('原因：讲师临时出差');
    }
    expect(await noticesOf(left.userId, 'training.cancelled')).toHaveLength(0);
    expect(await world.store.count('signups', { sessionId: s.id })).toBe(3);

    expect(
      failed(await training('cancelSession', { sessionId: s.id, reason: '再取消' }, chief), 'CONFLICT').message,
    ).toBe('该培训已取消');
    expect(failed(await signUp(s.id, await person()), 'CONFLICT').message).toBe('该培训已取消');
    const listed = ok<{ items: TrainingSession[] }>(
      await training('listSessions', { stationId: OWN_STATION, pageSize: 50 }, null),
    );
    expect(listed.items.map((x) => x.id)).not.toContain(s.id);
  });
});

describe('signing up', () => {
  it('closes at the deadline, saying when it closed', async () => {
    const s = await createSession();
    const shift = s.signupDeadline - now() + MINUTE;
    world.clock.advance(shift);
    try {
      const env = await signUp(s.id, await person());
      expect(failed(env, 'CONFLICT').message).toBe('报名已截止（截止时间 2025-03-09 09:00）');
      expect(await world.store.count('signups', { sessionId: s.id })).toBe(0);
    } finally {
      world.clock.advance(-shift);
    }
  });

  it('answers a resent submission with the place it took, even after the deadline', async () => {
    const s = await createSession();
    const p = await person();
    // The same submission twice: one client request id, one form.
    const resent = { clientRequestId: newRequestId('resent'), mobile: newMobile() };
    const first = ok<Signup>(await signUp(s.id, p, resent));
    const shift = s.signupDeadline - now() + MINUTE;
    world.clock.advance(shift);
    try {
      expect(ok<Signup>(await signUp(s.id, p, resent))).toEqual(first);
      expect(await world.store.count('signups', { sessionId: s.id })).toBe(1);
    } finally {
      world.clock.advance(-shift);
    }
  });

  it('answers a resent submission while sign-up is open with the same place, moving no counter twice', async () => {
    const s = await createSession();
    const p = await person();
    // The same submission twice: one client request id, one form.
    const resent = { clientRequestId: newRequestId('resent-open'), mobile: newMobile() };
    const first = ok<Signup>(await signUp(s.id, p, resent));
    expect(ok<Signup>(await signUp(s.id, p, resent))).toEqual(first);
    expect(await world.store.get<TrainingSessionDoc>('trainings', s.id)).toMatchObject({
      signupSeq: 1,
      confirmedCount: 1,
      waitlistCount: 0,
    });
  });

  it('refuses the same person twice but lets them sign up again after cancelling (a new place in line)', async () => {
    const s = await createSession();
    const p = await person();
    const first = ok<Signup>(await signUp(s.id, p));
    expect(first).toMatchObject({ status: 'confirmed', seq: 1, source: 'self', companyName: '北京测试科技有限公司' });
    expect(failed(await signUp(s.id, p), 'CONFLICT').message).toBe('您已报名该培训');

    const other = await person();
    ok(await signUp(s.id, other));
    const cancelled = ok<Signup>(await training('cancelSignup', { sessionId: s.id }, p));
    expect(cancelled).toMatchObject({ status: 'cancelled', cancelledAt: now() });
    expect(failed(await training('cancelSignup', { sessionId: s.id }, p), 'CONFLICT').message).toBe('该报名已取消');

    const again = ok<Signup>(await signUp(s.id, p, { name: '张三丰' }));
    expect(again).toMatchObject({ id: first.id, status: 'confirmed', seq: 3, name: '张三丰' });
    expect(again.cancelledAt).toBeUndefined();
    const doc = await world.store.get<SignupDoc>('signups', first.id);
    expect(doc!.history!.map((h) => h.event)).toEqual(['confirmed', 'cancelled', 'confirmed']);
    expect(await world.store.get<TrainingSessionDoc>('trainings', s.id)).toMatchObject({
      confirmedCount: 2,
      signupSeq: 3,
    });
  });

  it('heals free seats left while people wait: the waiting first, then the newcomer, who is told so', async () => {
    const sessionId = await seedSession(world.store, now(), OWN_STATION, { capacity: 1 });
    const seated = await seedSignup(world.store, now(), sessionId, (await person()).userId);
    const waiting = await seedSignup(world.store, now(), sessionId, (await person()).userId);
    // Two seats freed without the waitlist moving (a promotion interrupted half-way).
    await world.store.update('trainings', { _id: sessionId }, { set: { capacity: 3 } });

    const newcomer = await person();
    const mine = ok<Signup>(await signUp(sessionId, newcomer));
    expect(mine).toMatchObject({ status: 'confirmed', seq: 3, promotedAt: now() });
    expect(mine.waitlistPosition).toBeUndefined();
    expect([seated.status, waiting.status]).toEqual(['confirmed', 'waitlisted']);
    expect(await world.store.get<SignupDoc>('signups', waiting._id)).toMatchObject({ status: 'confirmed' });
    expect(await world.store.get<TrainingSessionDoc>('trainings', sessionId)).toMatchObject({
      confirmedCount: 3,
      waitlistCount: 0,
    });
    for (const told of [waiting.userId!, newcomer.userId]) {
      expect(await noticesOf(told, 'training.promoted')).toHaveLength(1);
    }
  });

  it('needs a company name from someone not acting for a company, and validates the mobile', async () => {
    const s = await createSession();
    const p = await person();
    expect(failed(await signUp(s.id, p, { companyName: '' }), 'INVALID_INPUT').fields).toEqual({
      companyName: '单位名称：请填写单位名称',
    });
    expect(failed(await signUp(s.id, p, { mobile: '1380013800' }), 'INVALID_INPUT').fields?.mobile).toMatch(
      /^手机号：/,
    );
    expect(await world.store.count('signups', { sessionId: s.id })).toBe(0);
  });

  it("signs company staff up for the company they act for (the ledger's name, whatever they typed)", async () => {
    const s = await createSession();
    const staff = await world.actor('company');
    const signup = ok<Signup>(await signUp(s.id, staff, { companyName: '随便写的公司' }));
    expect(signup).toMatchObject({ companyId: OWN_COMPANY, companyName: `测试企业${OWN_COMPANY}` });
  });

  it("admits to a station-only session just staff of the station's companies", async () => {
    const s = await createSession({ audience: 'station' });
    const outsider = await person();
    const otherStaff = await seedMember(world.store, now(), 'company', { companyId: OTHER_COMPANY }, '别站企业');
    for (const who of [outsider, otherStaff]) {
      expect(failed(await signUp(s.id, who), 'FORBIDDEN').message).toContain('该培训仅限');
    }
    ok(await signUp(s.id, await world.actor('company')));
    expect(await world.store.get<TrainingSessionDoc>('trainings', s.id)).toMatchObject({
      confirmedCount: 1,
      signupSeq: 1,
    });
  });

  it('cancelling is possible only until the deadline', async () => {
    const s = await createSession();
    const p = await person();
    ok(await signUp(s.id, p));
    const shift = s.signupDeadline - now() + MINUTE;
    world.clock.advance(shift);
    try {
      expect(failed(await training('cancelSignup', { sessionId: s.id }, p), 'CONFLICT').message).toBe(
        '报名已于 2025-03-09 09:00 截止，不能在线取消；如不能参加请联系工作站',
      );
    } finally {
      world.clock.advance(-shift);
    }
  });
});

describe("the chief's list", () => {
  it('adds people by hand against the same capacity; the same mobile cannot be added twice', async () => {
    const s = await createSession({ capacity: 1 });
    ok(await signUp(s.id, await person()));
    const mobile = newMobile();
    const add = () =>
      training(
        'addSignup',
        {
          clientRequestId: newRequestId('add'),
          sessionId: s.id,
          name: '刘工',
          companyName: '北京示例有限公司',
          title: '总工',
          mobile,
        },
        chief,
      );
    const added = ok<Signup>(await add());
    expect(added).toMatchObject({
      id: `${s.id}:m:${mobile}`,
      status: 'waitlisted',
      waitlistPosition: 1,
      source: 'manual',
      seq: 2,
    });
    expect(failed(await add(), 'CONFLICT').message).toBe(`手机号 ${mobile} 已在报名名单中`);

    const waiting = ok<{ items: Signup[]; counts: Record<string, number> }>(
      await training('listSignups', { sessionId: s.id, status: 'waitlisted' }, chief),
    );
    expect(waiting.items.map((x) => x.name)).toEqual(['刘工']);
    expect(waiting.counts).toEqual({ confirmed: 1, waitlisted: 1, cancelled: 0 });
  });
});

describe('my trainings and attendance', () => {
  it('lists my sign-ups with their session, status and whether I checked in; the rate is checked in ÷ seated', async () => {
    const a = await createSession({ title: '专利检索实务', courseId: undefined });
    const b = await createSession({ title: '商标品牌建设', courseId: undefined });
    const me = await person();
    const other = await person();
    const full = await createSession({ title: '版权登记实务', courseId: undefined, capacity: 1 });
    ok(await signUp(a.id, me));
    world.clock.advance(MINUTE);
    ok(await signUp(b.id, me));
    const otherSignup = await seedSignup(world.store, now(), a.id, other.userId);
    ok(await signUp(full.id, other));
    world.clock.advance(MINUTE);
    ok(await signUp(full.id, me));
    // A check-in whose sign-up was never marked (interrupted between the two writes) still counts.
    await seedCheckin(world.store, (await world.store.get<SignupDoc>('signups', `${a.id}:${me.userId}`))!, a.startAt);

    const mine = ok<{ items: MyTraining[]; total: number }>(await training('myTrainings', {}, me));
    expect(mine.total).toBe(3);
    expect(mine.items.map((i) => [i.session.title, i.signup.status, i.signup.waitlistPosition, i.checkedIn])).toEqual([
      ['版权登记实务', 'waitlisted', 1, false],
      ['商标品牌建设', 'confirmed', undefined, false],
      ['专利检索实务', 'confirmed', undefined, true],
    ]);
    const session = ok<{ session: TrainingSession }>(await training('getSession', { sessionId: a.id }, null)).session;
    expect(session).toMatchObject({ confirmedCount: 2, checkedInCount: 1, attendanceRate: 0.5 });
    expect(otherSignup.status).toBe('confirmed');
  });

  it("builds the station's talent pool from check-ins: one person per mobile, with the courses attended", async () => {
    const pool = await createWorld();
    try {
      const chiefHere = await seedMember(pool.store, pool.clock.now(), 'chief', { stationId: OWN_STATION });
      const t0 = pool.clock.now();
      const first = await seedSession(pool.store, t0, OWN_STATION, { title: '专利申请实务' });
      const second = await seedSession(pool.store, t0, OWN_STATION, { title: '商业秘密保护' });
      const elsewhere = await seedSession(pool.store, t0, OTHER_STATION, { title: '别站的培训' });
      const alice = await seedSignup(pool.store, t0, first, 'u-alice', '王芳');
      const bob = await seedSignup(pool.store, t0, first, 'u-bob', '赵强');
      const absent = await seedSignup(pool.store, t0, second, 'u-absent', '缺席者');
      // Alice again at the second session, with the same mobile: the same person.
      await pool.store.update('signups', { _id: alice._id }, { set: { companyName: '北京甲公司' } });
      const aliceAgain = await seedSignup(pool.store, t0, second, 'u-alice', '王芳');
      await pool.store.update(
        'signups',
        { _id: aliceAgain._id },
        { set: { mobile: alice.mobile, companyName: '北京乙公司' } },
      );
      const stranger = await seedSignup(pool.store, t0, elsewhere, 'u-stranger', '外站学员');
      await seedCheckin(pool.store, (await pool.store.get<SignupDoc>('signups', alice._id))!, t0 + DAY);
      await seedCheckin(pool.store, bob, t0 + DAY);
      await seedCheckin(pool.store, (await pool.store.get<SignupDoc>('signups', aliceAgain._id))!, t0 + 2 * DAY);
      await seedCheckin(pool.store, stranger, t0 + DAY);

      const run = (input: Record<string, unknown>) =>
        pool.run('training', { action: 'talentPool', stationId: OWN_STATION, ...input }, chiefHere);
      const all = ok<{ items: Talent[]; total: number }>(await run({}));
      expect(all.total).toBe(2);
      expect(all.items.map((t) => [t.name, t.companyName, t.attended, t.courses])).toEqual([
        ['王芳', '北京乙公司', 2, ['商业秘密保护', '专利申请实务']],
        ['赵强', '北京测试科技有限公司', 1, ['专利申请实务']],
      ]);
      expect(all.items.map((t) => t.name)).not.toContain(absent.name);

      const byCourse = ok<{ items: Talent[] }>(await run({ keyword: '商业秘密' }));
      expect(byCourse.items.map((t) => t.name)).toEqual(['王芳']);
      const byName = ok<{ items: Talent[] }>(await run({ keyword: '赵' }));
      expect(byName.items.map((t) => t.name)).toEqual(['赵强']);
      const paged = ok<{ items: Talent[]; total: number }>(await run({ page: 2, pageSize: 1 }));
      expect([paged.total, paged.items.map((t) => t.name)]).toEqual([2, ['赵强']]);
    } finally {
      await pool.close();
    }
  });
});

describe('the public list', () => {
  it('shows published sessions not yet ended, soonest first, filtered by station, with seats left', async () => {
    const lists = await createWorld();
    try {
      const t0 = lists.clock.now();
      const later = await seedSession(lists.store, t0, OWN_STATION, {
        startAt: t0 + 9 * DAY,
        endAt: t0 + 9 * DAY + DAY / 8,
        confirmedCount: 30,
      });
      const sooner = await seedSession(lists.store, t0, OWN_STATION, {
        startAt: t0 + 2 * DAY,
        endAt: t0 + 2 * DAY + DAY / 8,
        confirmedCount: 4,
      });
      const elsewhere = await seedSession(lists.store, t0, OTHER_STATION, {
        startAt: t0 + 3 * DAY,
        endAt: t0 + 3 * DAY + DAY / 8,
      });
      const ended = await seedSession(lists.store, t0, OWN_STATION, {
        startAt: t0 - 2 * DAY,
        endAt: t0 - 2 * DAY + DAY / 8,
      });
      await seedSession(lists.store, t0, OWN_STATION, { status: 'cancelled' });

      const list = async (input: Record<string, unknown>) =>
        ok<{ items: TrainingSession[] }>(await lists.run('training', { action: 'listSessions', ...input }, null)).items;
      const all = await list({});
      expect(all.map((s) => s.id)).toEqual([sooner, elsewhere, later]);
      expect(all.map((s) => s.seatsLeft)).toEqual([26, 30, 0]);
      expect((await list({ stationId: OWN_STATION })).map((s) => s.id)).toEqual([sooner, later]);
      expect((await list({ when: 'past' })).map((s) => s.id)).toEqual([ended]);
    } finally {
      await lists.close();
    }
  });

  it('serves every list from a declared index', () => {
    const plans = [
      world.store.queryPlan('trainings', { ...sessionsQuery({ when: 'upcoming' }, now()), limit: 20 }),
      world.store.queryPlan('trainings', {
        ...sessionsQuery({ when: 'past', stationId: OWN_STATION }, now()),
        limit: 20,
      }),
      world.store.queryPlan('trainings', {
        where: { stationId: OWN_STATION },
        orderBy: [['startAt', 'desc']],
        limit: 20,
      }),
      world.store.queryPlan('signups', {
        where: { sessionId: 's', status: 'waitlisted' },
        orderBy: [['seq', 'asc']],
        limit: 20,
      }),
      world.store.queryPlan('signups', { where: { userId: 'u' }, orderBy: [['createdAt', 'desc']], limit: 20 }),
      world.store.queryPlan('checkins', { where: { stationId: OWN_STATION }, orderBy: [['at', 'desc']], limit: 1000 }),
    ];
    for (const plan of plans) expect(plan.join('\n')).toMatch(/(SEARCH|SCAN) \w+ USING (COVERING )?INDEX ix_/);
  });
});
