/**
 * The expert roster through the runtime (expert.*), with a test clock: an expert saves their
 * profile only with the conduct commitment (kept with its time); an admin files or returns it
 * (the expert is told why); the chief's and admin's roster filters by speciality, industry,
 * station, status and availability and counts workload and on-time rate from the assignments;
 * 退出 and 除名 end the person's expert access at once; two admins at once → one wins, CONFLICT
 * for the other; another station's chief reads nothing; bad input names the field and writes nothing.
 */
import type { ExpertDetail, ExpertRow, MyExpertProfile, PageOf } from '../../core/contract';
import { ROUTES } from '../../core/pages';
import { shanghaiDate } from '../../core/rules/time';
import type {
  ExpertProfileDoc,
  InvitationDoc,
  MembershipDoc,
  NotificationDoc,
  StationDoc,
} from '../../core/store/docs';
import { DAY } from '../support/clock';
import { profileInput, seedAssignment, seedExpert } from '../support/expert-seed';
import { failed, ok } from '../support/envelope';
import { OTHER_STATION, OWN_STATION } from '../support/fixtures';
import { createWorld, seedMember, type Actor, type World } from '../support/world';

let world: World;
beforeAll(async () => {
  world = await createWorld();
});
afterAll(() => world.close());

const now = () => world.clock.now();
const call = (action: string, input: Record<string, unknown>, actor: Actor | null) =>
  world.run('expert', { action, ...input }, actor);

let stationSeq = 0;
/** A station of its own, so one test's roster is not another's. */
async function newStation(): Promise<string> {
  const seeded = (await world.store.get<StationDoc>('stations', OWN_STATION))!;
  const id = `st-roster-${++stationSeq}`;
  await world.store.insert<StationDoc>('stations', { ...seeded, _id: id, name: `专家库测试站${stationSeq}` });
  return id;
}

const expertActor = async (stationId: string) => seedMember(world.store, now(), 'expert', { stationId }, '新专家');
const admin = () => seedMember(world.store, now(), 'admin', {});
const chiefOf = (stationId: string) => seedMember(world.store, now(), 'chief', { stationId });
const profileOf = (id: string) => world.store.get<ExpertProfileDoc>('expert_profiles', id);
const noticesOf = (userId: string) =>
  world.store.find<NotificationDoc>('notifications', { where: { userId }, orderBy: [['createdAt', 'asc']] });
const rosterOf = async (actor: Actor, input: Record<string, unknown>) =>
  ok<PageOf<ExpertRow>>(await call('listExperts', { pageSize: 50, ...input }, actor)).items;

describe('专家资料: the expert saves and submits', () => {
  it('refuses a profile without the conduct commitment, naming it, and writes nothing', async () => {
    const station = await newStation();
    const expert = await expertActor(station);
    const { acceptCommitment: _a, ...withoutCommitment } = profileInput([station]);

    const err = failed(
      await call('saveMyProfile', { ...withoutCommitment, acceptCommitment: false }, expert),
      'INVALID_INPUT',
    );

    expect(err.fields).toMatchObject({ acceptCommitment: '行为承诺：请阅读并勾选专家行为承诺' });
    expect(await profileOf(expert.userId)).toBeNull();
  });

  it('keeps the commitment with its time and submits the profile for 备案', async () => {
    const station = await newStation();
    const expert = await expertActor(station);

    const saved = ok<MyExpertProfile>(await call('saveMyProfile', profileInput([station]), expert));

    expect(saved).toMatchObject({
      status: 'submitted',
      commitmentAcceptedAt: now(),
      stations: [{ id: station, name: expect.stringContaining('专家库测试站') }],
      specialities: ['dispute', 'risk'],
    });
    expect(ok(await call('getMyProfile', {}, expert))).toEqual(saved);
  });

  it('names each bad field in Chinese and writes nothing', async () => {
    const station = await newStation();
    const expert = await expertActor(station);

    const err = failed(
      await call(
        'saveMyProfile',
        { ...profileInput([station]), name: '', specialities: [], mobile: '123', yearsOfPractice: -1 },
        expert,
      ),
      'INVALID_INPUT',
    );

    expect(err.fields).toMatchObject({
      name: '姓名：不能为空',
      specialities: '擅长领域：至少选择 1 项',
      mobile: '手机号：格式不正确',
      yearsOfPractice: '从业年限：不能小于 0',
    });
    expect(await profileOf(expert.userId)).toBeNull();
  });

  it('refuses a station the expert was not invited to', async () => {
    const station = await newStation();
    const expert = await expertActor(station);

    const err = failed(await call('saveMyProfile', profileInput([station, OTHER_STATION]), expert), 'INVALID_INPUT');

    expect(err.fields?.stationIds).toContain('只能选择邀请您担任专家的站点');
    expect(await profileOf(expert.userId)).toBeNull();
  });

  it('keeps a filed profile filed when contact details change, but re-submits changed qualifications', async () => {
    const station = await newStation();
    const expert = await expertActor(station);
    ok(await call('saveMyProfile', profileInput([station]), expert));
    ok(await call('fileExpert', { expertId: expert.userId }, await admin()));

    const phone = ok<MyExpertProfile>(
      await call('saveMyProfile', profileInput([station], { mobile: '13900002222' }), expert),
    );
    const certificate = ok<MyExpertProfile>(
      await call(
        'saveMyProfile',
        profileInput([station], { qualifications: [{ kind: 'lawyer', number: '11101200' }] }),
        expert,
      ),
    );

    expect([phone.status, certificate.status]).toEqual(['filed', 'submitted']);
  });
});

describe('备案 and 退回 by the admin', () => {
  it('files a submitted profile and tells the expert', async () => {
    const station = await newStation();
    const expertId = await seedExpert(world.store, now(), [station], 'submitted');
    const a = await admin();

    const filed = ok<ExpertDetail>(await call('fileExpert', { expertId }, a));

    expect(filed).toMatchObject({ status: 'filed', filedAt: now(), filedByName: 'admin 测试', steps: ['remove'] });
    expect((await noticesOf(expertId)).map((n) => [n.title, n.link])).toEqual([
      ['专家资料已备案', ROUTES.expertProfile],
    ]);
  });

  it('returns a profile with a reason the expert reads on their profile and in their inbox', async () => {
    const station = await newStation();
    const expert = await expertActor(station);
    ok(await call('saveMyProfile', profileInput([station]), expert));

    ok(await call('returnExpert', { expertId: expert.userId, reason: '请补充律师执业证号' }, await admin()));

    expect(ok<MyExpertProfile>(await call('getMyProfile', {}, expert))).toMatchObject({
      status: 'returned',
      returnReason: '请补充律师执业证号',
    });
    expect((await noticesOf(expert.userId)).map((n) => n.body)).toEqual([
      expect.stringContaining('原因：请补充律师执业证号'),
    ]);
    // Submitting again clears the reason and waits for 备案 again.
    const again = ok<MyExpertProfile>(await call('saveMyProfile', profileInput([station]), expert));
    expect([again.status, again.returnReason]).toEqual(['submitted', undefined]);
  });

  it('lets one of two admins filing and removing at once win; the other gets CONFLICT', async () => {
    const station = await newStation();
    const expertId = await seedExpert(world.store, now(), [station], 'submitted');
    const [a, b] = [await admin(), await admin()];

    const [filing, removing] = await Promise.all([
      call('fileExpert', { expertId }, a),
      call('removeExpert', { expertId, reason: '资质材料不实' }, b),
    ]);

    // Either order is legal (filed then removed, or removed then CONFLICT on filing); never both writing blind.
    const stored = (await profileOf(expertId))!;
    if (filing.ok) {
      expect(removing.ok).toBe(true);
      expect(stored.status).toBe('removed');
    } else {
      expect(filing.error.code).toBe('CONFLICT');
      expect(stored.status).toBe('removed');
    }
    const again = failed(await call('fileExpert', { expertId }, a), 'CONFLICT');
    expect(again.message).toContain('当前状态：已除名');
  });

  it('answers a second filing of the same profile with CONFLICT and changes nothing', async () => {
    const station = await newStation();
    const expertId = await seedExpert(world.store, now(), [station], 'submitted');
    ok(await call('fileExpert', { expertId }, await admin()));
    const before = await profileOf(expertId);
    world.clock.advance(DAY);

    const err = failed(await call('fileExpert', { expertId }, await admin()), 'CONFLICT');

    expect(err.message).toBe('只有待备案的专家资料可以备案（当前状态：已备案），请刷新后查看');
    expect(await profileOf(expertId)).toEqual(before);
  });
});

describe('专家库: search, workload and on-time rate', () => {
  it("counts open work and answers on time from the expert's assignments", async () => {
    const station = await newStation();
    const expertId = await seedExpert(world.store, now(), [station]);
    const t = now();
    await seedAssignment(world.store, t, expertId, station, { outcome: 'open' });
    await seedAssignment(world.store, t + 1, expertId, station, { outcome: 'accepted', onTime: true });
    await seedAssignment(world.store, t + 2, expertId, station, { outcome: 'accepted', onTime: true, reportedAt: t });
    await seedAssignment(world.store, t + 3, expertId, station, { outcome: 'declined', onTime: false });
    await seedAssignment(world.store, t + 4, expertId, station, { outcome: 'reassigned' });

    const [row] = await rosterOf(await chiefOf(station), {});

    expect(row).toMatchObject({ expertId, openCount: 2, answeredCount: 3, answeredOnTime: 2, onTimePercent: 67 });
  });

  it('filters by speciality, industry, status and who is available today', async () => {
    const station = await newStation();
    const today = shanghaiDate(now());
    const disputeAi = await seedExpert(world.store, now(), [station], 'filed', { name: '甲' });
    const financeBio = await seedExpert(world.store, now(), [station], 'filed', {
      name: '乙',
      specialities: ['finance'],
      industries: ['biomed'],
    });
    const away = await seedExpert(world.store, now(), [station], 'filed', {
      name: '丙',
      unavailableFrom: today,
      unavailableUntil: shanghaiDate(now() + 3 * DAY),
    });
    const waiting = await seedExpert(world.store, now(), [station], 'submitted', { name: '丁' });
    const chief = await chiefOf(station);
    const ids = (rows: ExpertRow[]) => rows.map((r) => r.expertId);

    expect(ids(await rosterOf(chief, { speciality: 'finance' }))).toEqual([financeBio]);
    expect(ids(await rosterOf(chief, { industry: 'ai', status: 'filed' }))).toEqual(
      expect.arrayContaining([disputeAi, away]),
    );
    expect(ids(await rosterOf(chief, { status: 'submitted' }))).toEqual([waiting]);
    expect(ids(await rosterOf(chief, { available: true, status: 'filed' })).sort()).toEqual(
      [disputeAi, financeBio].sort(),
    );
    expect((await rosterOf(chief, {})).find((r) => r.expertId === away)?.awayUntil).toBe(shanghaiDate(now() + 3 * DAY));
  });

  it("shows a chief only the experts serving their station; an admin any station's", async () => {
    const [mine, theirs] = [await newStation(), await newStation()];
    const ours = await seedExpert(world.store, now(), [mine]);
    const shared = await seedExpert(world.store, now(), [theirs, mine]);
    const foreign = await seedExpert(world.store, now(), [theirs]);
    const chief = await chiefOf(mine);

    const listed = (await rosterOf(chief, {})).map((r) => r.expertId);
    const byAdmin = (await rosterOf(await admin(), { stationId: theirs })).map((r) => r.expertId);

    expect(listed.sort()).toEqual([ours, shared].sort());
    expect(byAdmin.sort()).toEqual([shared, foreign].sort());
  });

  it("refuses a chief another station's roster and another station's expert", async () => {
    const [mine, theirs] = [await newStation(), await newStation()];
    const foreign = await seedExpert(world.store, now(), [theirs]);
    const chief = await chiefOf(mine);

    failed(await call('listExperts', { stationId: theirs }, chief), 'FORBIDDEN');
    const err = failed(await call('getExpert', { expertId: foreign }, chief), 'FORBIDDEN');

    expect(err.message).toBe('该专家不在本站点服务，您只能查看本站点的专家');
  });

  it('pages the roster', async () => {
    const station = await newStation();
    for (let i = 0; i < 3; i++) await seedExpert(world.store, now(), [station]);

    const page = ok<PageOf<ExpertRow>>(await call('listExperts', { page: 2, pageSize: 2 }, await chiefOf(station)));

    expect([page.items.length, page.total]).toEqual([1, 3]);
  });
});

describe('暂停接单', () => {
  it('marks a period away and clears it', async () => {
    const station = await newStation();
    const expert = await expertActor(station);
    ok(await call('saveMyProfile', profileInput([station]), expert));
    const [from, until] = [shanghaiDate(now()), shanghaiDate(now() + 5 * DAY)];

    const away = ok<MyExpertProfile>(await call('setUnavailable', { from, until }, expert));
    const back = ok<MyExpertProfile>(await call('setUnavailable', {}, expert));

    expect([away.awayUntil, back.awayUntil, back.unavailableFrom]).toEqual([until, undefined, undefined]);
  });

  it('refuses an end before the start, naming the field', async () => {
    const station = await newStation();
    const expert = await expertActor(station);
    ok(await call('saveMyProfile', profileInput([station]), expert));

    const err = failed(
      await call('setUnavailable', { from: shanghaiDate(now() + DAY), until: shanghaiDate(now()) }, expert),
      'INVALID_INPUT',
    );

    expect(err.fields).toEqual({ until: '暂停结束日期：不能早于开始日期' });
  });
});

describe('退出 and 除名 end the expert access at once', () => {
  it('removes an expert with a reason; every expert membership is revoked and their next call is FORBIDDEN', async () => {
    const [s1, s2] = [await newStation(), await newStation()];
    const expertId = await seedExpert(world.store, now(), [s1, s2]);
    const expert: Actor = { userId: expertId };
    await seedAssignment(world.store, now(), expertId, s1, { outcome: 'accepted' });
    const a = await admin();

    const removed = ok<ExpertDetail>(await call('removeExpert', { expertId, reason: '多次未按时响应' }, a));

    expect(removed).toMatchObject({ status: 'removed', leftReason: '多次未按时响应', leftAt: now(), openCount: 1 });
    const grants = await world.store.find<MembershipDoc>('memberships', { where: { userId: expertId } });
    expect(grants.map((g) => g.status)).toEqual(['revoked', 'revoked']);
    failed(await call('getMyProfile', {}, expert), 'FORBIDDEN');
    failed(await world.run('request', { action: 'listRequests' }, expert), 'FORBIDDEN');
    expect((await noticesOf(expertId)).map((n) => n.title)).toEqual(['志愿服务专家资格已取消']);
  });

  it('lets an expert leave with a reason; their access ends with that call', async () => {
    const station = await newStation();
    const expert = await expertActor(station);
    ok(await call('saveMyProfile', profileInput([station]), expert));

    ok(await call('leaveRoster', { reason: '工作调动，无法继续服务' }, expert));

    expect(await profileOf(expert.userId)).toMatchObject({
      status: 'exited',
      leftReason: '工作调动，无法继续服务',
      leftBy: expert.userId,
      leftAt: now(),
    });
    failed(await call('getMyProfile', {}, expert), 'FORBIDDEN');
  });

  it('welcomes back by a new invitation an expert who left, but not one who was removed', async () => {
    const station = await newStation();
    const left = await expertActor(station);
    ok(await call('saveMyProfile', profileInput([station]), left));
    ok(await call('leaveRoster', { reason: '工作调动，无法继续服务' }, left));
    const removedId = await seedExpert(world.store, now(), [station]);
    ok(await call('removeExpert', { expertId: removedId, reason: '多次未按时响应' }, await admin()));
    let codes = 0;
    const code = async () => {
      const id = `EXPBACK${++codes}`;
      await world.store.insert<InvitationDoc>('invitations', {
        _id: id,
        stationId: station,
        role: 'expert',
        status: 'active',
        expiresAt: now() + 7 * DAY,
        createdBy: 'seed',
        createdByName: '种子数据',
        createdAt: now(),
      });
      return id;
    };

    ok(await world.run('account', { action: 'redeemInvitation', code: await code() }, left));
    const again = ok<MyExpertProfile>(await call('saveMyProfile', profileInput([station]), left));
    expect(again.status).toBe('submitted');

    const refused = failed(
      await world.run('account', { action: 'redeemInvitation', code: await code() }, { userId: removedId }),
      'FORBIDDEN',
    );
    expect(refused.message).toContain('已被移出专家库');
    failed(await call('getMyProfile', {}, { userId: removedId }), 'FORBIDDEN');
  });

  it('refuses a reason too short, naming it, and keeps the expert on the roster', async () => {
    const station = await newStation();
    const expertId = await seedExpert(world.store, now(), [station]);

    const err = failed(await call('removeExpert', { expertId, reason: '差' }, await admin()), 'INVALID_INPUT');

    expect(err.fields).toEqual({ reason: '除名原因：至少 2 个字' });
    expect((await profileOf(expertId))?.status).toBe('filed');
  });
});
