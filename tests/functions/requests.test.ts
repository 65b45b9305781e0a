/**
 * Service requests through the runtime (request.*), with a test clock: a company raises one (bad
 * input writes nothing, a retry is the same request), the station accepts, works and closes it
 * (history: who and when), illegal or concurrent steps are CONFLICT, the company is told of each
 * step and rates the closed request once (24 h to change it, the chief alerted once of a low
 * one), and nobody reads or moves what is not theirs.
 */
import type { RequestRating, ServiceRequest } from '../../core/contract';
import type { Caller } from '../../core/ports';
import { HOUR_MS, MINUTE_MS, addDays, shanghaiDate } from '../../core/rules/time';
import type { FollowUpDoc, NotificationDoc, ServiceRequestDoc, StationDoc } from '../../core/store/docs';
import { requestsQuery } from '../../cloudfunctions/request/queries';
import { failed, ok } from '../support/envelope';
import { OWN_STATION, newRequestId } from '../support/fixtures';
import { seedRequest } from '../support/request-seed';
import { createWorld, seedCompany, seedMember, type Actor, type World } from '../support/world';
import { pngBytes } from '../support/upload-files';

let world: World;
beforeAll(async () => {
  world = await createWorld();
});
afterAll(() => world.close());

const now = () => world.clock.now();
const call = (action: string, input: Record<string, unknown>, actor: Actor | null) =>
  world.run('request', { action, ...input }, actor);

let stationSeq = 0;

/** A station of its own (copied from the demo one), so one test's people and notices meet no other's. */
async function newStation(): Promise<string> {
  const seeded = (await world.store.get<StationDoc>('stations', OWN_STATION))!;
  const id = `st-req-${++stationSeq}`;
  await world.store.insert<StationDoc>('stations', { ...seeded, _id: id, name: `测试工作站${stationSeq}` });
  return id;
}

/**
 * A station with its chief and two liaisons; a company there with two staff; another station
 * with its liaison and chief, and a company there with its staff.
 */
async function scene() {
  const stationId = await newStation();
  const otherStationId = await newStation();
  const member = (
    role: 'company' | 'liaison' | 'chief',
    scope: { stationId?: string; companyId?: string },
    name: string,
  ) => seedMember(world.store, now(), role, scope, name);
  const companyId = await seedCompany(world.store, now(), stationId);
  const otherCompanyId = await seedCompany(world.store, now(), otherStationId);
  return {
    stationId,
    otherStationId,
    companyId,
    otherCompanyId,
    staff: await member('company', { companyId }, '张经理'),
    colleague: await member('company', { companyId }, '李助理'),
    liaison: await member('liaison', { stationId }, '孙联络'),
    liaison2: await member('liaison', { stationId }, '周联络'),
    chief: await member('chief', { stationId }, '钱站长'),
    otherLiaison: await member('liaison', { stationId: otherStationId }, '外站联络'),
    otherChief: await member('chief', { stationId: otherStationId }, '外站站长'),
    otherStaff: await member('company', { companyId: otherCompanyId }, '外企业'),
  };
}
type Scene = Awaited<ReturnType<typeof scene>>;

const newRequest = (overrides: Record<string, unknown> = {}) => ({
  clientRequestId: newRequestId('request'),
  category: 'application',
  description: '新产品需要申请发明专利，请安排专业人员指导',
  urgency: 'urgent',
  ...overrides,
});

async function raise(s: Scene, overrides: Record<string, unknown> = {}): Promise<ServiceRequest> {
  return ok<ServiceRequest>(await call('createRequest', newRequest(overrides), s.staff));
}

const stored = (id: string) => world.store.get<ServiceRequestDoc>('service_requests', id);
const noticesOf = (userId: string, kind?: string) =>
  world.store.find<NotificationDoc>('notifications', {
    where: { userId, ...(kind ? { kind } : {}) },
    orderBy: [['createdAt', 'asc']],
  });
const requestCount = (companyId: string) => world.store.count('service_requests', { companyId });

/** A PNG the caller stored in their upload folder and registered: its upload id. */
async function upload(actor: Actor, name = 'a.png'): Promise<string> {
  const stored = await world.files.put(`uploads/${actor.userId}/${name}`, new Uint8Array(pngBytes()), 'image/png');
  return ok<{ id: string }>(
    await world.run(
      'files',
      { action: 'register', fileId: stored.fileId, name: '合同.png', purpose: 'request' },
      actor,
    ),
  ).id;
}

describe('raising a request (request.createRequest)', () => {
  it("the company's staff raise one at their station: submitted, history, attachments; the liaisons are told", async () => {
    const s = await scene();
    const photo = await upload(s.staff);
    const r = await raise(s, { attachments: [photo] });
    expect(r).toMatchObject({
      view: 'company',
      stationId: s.stationId,
      companyId: s.companyId,
      category: 'application',
      urgency: 'urgent',
      status: 'submitted',
      source: 'company',
      createdByName: '张经理',
      createdAt: now(),
      attachmentCount: 1,
      attachments: [expect.objectContaining({ id: photo, name: '合同.png', contentType: 'image/png' })],
      steps: ['cancel'],
      history: [{ at: now(), byName: '张经理', event: 'created', status: 'submitted' }],
    });
    expect(r.history[0]).not.toHaveProperty('by');
    expect(await stored(r.id)).toMatchObject({ createdBy: s.staff.userId, urgencyRank: 1 });

    for (const liaison of [s.liaison, s.liaison2]) {
      expect(await noticesOf(liaison.userId, 'request.submitted')).toEqual([
        expect.objectContaining({
          title: '新的服务需求',
          link: `/packages/request/pages/detail/index?requestId=${encodeURIComponent(r.id)}`,
        }),
      ]);
    }
    // The chief is asked only when the station has no liaison to work the queue.
    expect(await noticesOf(s.chief.userId, 'request.submitted')).toEqual([]);
    expect(await noticesOf(s.otherLiaison.userId, 'request.submitted')).toEqual([]);
    expect(await noticesOf(s.staff.userId)).toEqual([]);
  });

  it('a station without liaisons asks its chief to accept a new request', async () => {
    const stationId = await newStation();
    const companyId = await seedCompany(world.store, now(), stationId);
    const staff = await seedMember(world.store, now(), 'company', { companyId }, '张经理');
    const chief = await seedMember(world.store, now(), 'chief', { stationId }, '钱站长');
    const r = ok<ServiceRequest>(await call('createRequest', newRequest(), staff));
    expect(await noticesOf(chief.userId, 'request.submitted')).toEqual([
      expect.objectContaining({
        title: '新的服务需求',
        link: `/packages/request/pages/detail/index?requestId=${encodeURIComponent(r.id)}`,
      }),
    ]);
  });

  it('refuses bad input naming the field in Chinese, and writes nothing', async () => {
    const s = await scene();
    const before = await requestCount(s.companyId);
    const short = failed(await call('createRequest', newRequest({ description: '急' }), s.staff), 'INVALID_INPUT');
    expect(short.fields?.description).toMatch(/^需求描述：/);
    const category = failed(await call('createRequest', newRequest({ category: 'lunch' }), s.staff), 'INVALID_INPUT');
    expect(category.fields?.category).toMatch(/^需求类别：/);
    const urgency = failed(await call('createRequest', newRequest({ urgency: 'asap' }), s.staff), 'INVALID_INPUT');
    expect(urgency.fields?.urgency).toMatch(/^紧急程度：/);
    // Someone else's upload cannot be attached by guessing its id.
    const theirs = await upload(s.colleague, 'b.png');
    const foreign = failed(
      await call('createRequest', newRequest({ attachments: [theirs] }), s.staff),
      'INVALID_INPUT',
    );
    expect(foreign.fields?.attachments).toContain('不是您上传的');
    expect(await requestCount(s.companyId)).toBe(before);
    expect(await noticesOf(s.liaison.userId)).toEqual([]);
  });

  it('a retry with the same clientRequestId is the same request, raised once', async () => {
    const s = await scene();
    const input = newRequest();
    const first = ok<ServiceRequest>(await call('createRequest', input, s.staff));
    const again = ok<ServiceRequest>(await call('createRequest', input, s.staff));
    expect(again.id).toBe(first.id);
    expect(await requestCount(s.companyId)).toBe(1);
    expect(await noticesOf(s.liaison.userId, 'request.submitted')).toHaveLength(1);
  });

  it('goes to the station named (a company may ask any station); a suspended one is refused', async () => {
    const s = await scene();
    const elsewhere = await raise(s, { stationId: s.otherStationId });
    expect(elsewhere.stationId).toBe(s.otherStationId);
    expect(await noticesOf(s.otherLiaison.userId, 'request.submitted')).toHaveLength(1);
    await world.store.update('stations', { _id: s.otherStationId }, { set: { status: 'suspended' } });
    const refused = failed(
      await call('createRequest', newRequest({ stationId: s.otherStationId }), s.staff),
      'INVALID_INPUT',
    );
    expect(refused.message).toContain('暂停服务');
  });

  it('refuses a company the station has not confirmed yet', async () => {
    const stationId = await newStation();
    const pending = await seedCompany(world.store, now(), stationId, 'pending');
    const staff = await seedMember(world.store, now(), 'company', { companyId: pending });
    const e = failed(await call('createRequest', newRequest(), staff), 'FORBIDDEN');
    expect(e.message).toContain('尚待工作站确认');
    expect(await requestCount(pending)).toBe(0);
  });
});

describe('working a request: accept, start, close', () => {
  it('a liaison accepts, starts and closes it; history keeps who and when; the company is told each step', async () => {
    const s = await scene();
    const r = await raise(s);
    const created = now();

    world.clock.advance(10 * MINUTE_MS);
    const accepted = ok<ServiceRequest>(await call('acceptRequest', { requestId: r.id }, s.liaison));
    expect(accepted).toMatchObject({ view: 'station', status: 'accepted', handlerName: '孙联络' });
    expect(accepted.handlerId).toBe(s.liaison.userId);
    expect(accepted.steps).toEqual(['start', 'close', 'cancel', 'assign', 'refer']);

    world.clock.advance(HOUR_MS);
    ok(await call('startRequest', { requestId: r.id }, s.liaison));

    world.clock.advance(2 * HOUR_MS);
    const followUpDate = addDays(shanghaiDate(now()), 14);
    const closed = ok<ServiceRequest>(
      await call(
        'closeRequest',
        { requestId: r.id, result: '已指导企业完成申请材料准备并提交', followUpDate, internalNote: '企业对费用较敏感' },
        s.liaison,
      ),
    );
    expect(closed).toMatchObject({
      status: 'closed',
      result: '已指导企业完成申请材料准备并提交',
      closedAt: now(),
      followUpDate,
      internalNote: '企业对费用较敏感',
      steps: [],
    });
    const t = created;
    expect(closed.history).toEqual([
      { at: t, by: s.staff.userId, byName: '张经理', event: 'created', status: 'submitted' },
      { at: t + 10 * MINUTE_MS, by: s.liaison.userId, byName: '孙联络', event: 'accepted', status: 'accepted' },
      { at: t + 70 * MINUTE_MS, by: s.liaison.userId, byName: '孙联络', event: 'started', status: 'in_progress' },
      { at: t + 190 * MINUTE_MS, by: s.liaison.userId, byName: '孙联络', event: 'closed', status: 'closed' },
    ]);

    // The follow-up it planned is owed by the handler, created with the closing.
    expect(await world.store.get<FollowUpDoc>('follow_ups', `fu:request:${r.id}`)).toMatchObject({
      source: 'request',
      sourceId: r.id,
      stationId: s.stationId,
      companyId: s.companyId,
      ownerId: s.liaison.userId,
      dueDate: followUpDate,
      status: 'open',
    });

    // Both of the company's staff read each step in their inbox; the liaison is not told of their own.
    for (const person of [s.staff, s.colleague]) {
      const kinds = (await noticesOf(person.userId)).map((n) => [n.kind, n.title]);
      expect(kinds).toEqual([
        ['request.accepted', '服务需求已受理'],
        ['request.started', '服务需求办理中'],
        ['request.closed', '服务需求已办结'],
      ]);
    }
    const [closedNotice] = await noticesOf(s.staff.userId, 'request.closed');
    expect(closedNotice!.body).toContain('已指导企业完成申请材料准备并提交');
    expect((await noticesOf(s.liaison.userId)).map((n) => n.kind)).toEqual(['request.submitted']);
  });

  it('the company reads its view: no internal note, no user ids in the history', async () => {
    const s = await scene();
    const r = await raise(s);
    ok(await call('acceptRequest', { requestId: r.id }, s.liaison));
    ok(
      await call('closeRequest', { requestId: r.id, result: '已答复企业的申请问题', internalNote: '内部' }, s.liaison),
    );
    const seen = ok<Record<string, unknown> & ServiceRequest>(
      await call('getRequest', { requestId: r.id }, s.colleague),
    );
    expect(seen).toMatchObject({ view: 'company', status: 'closed', result: '已答复企业的申请问题', steps: [] });
    expect(seen).not.toHaveProperty('internalNote');
    expect(seen).not.toHaveProperty('createdBy');
    for (const h of seen.history) expect(h).not.toHaveProperty('by');
  });

  it('a close without a follow-up date plans none; a date before today is refused and nothing moves', async () => {
    const s = await scene();
    const r = await raise(s);
    ok(await call('acceptRequest', { requestId: r.id }, s.liaison));
    const past = addDays(shanghaiDate(now()), -1);
    const e = failed(
      await call('closeRequest', { requestId: r.id, result: '已办理完成的结果', followUpDate: past }, s.liaison),
      'INVALID_INPUT',
    );
    expect(e.fields?.followUpDate).toContain('回访日期');
    const short = failed(await call('closeRequest', { requestId: r.id, result: '好' }, s.liaison), 'INVALID_INPUT');
    expect(short.fields?.result).toMatch(/^办理结果：/);
    expect((await stored(r.id))!.status).toBe('accepted');

    ok(await call('closeRequest', { requestId: r.id, result: '已办理完成的结果' }, s.liaison));
    expect(await world.store.get('follow_ups', `fu:request:${r.id}`)).toBeNull();
  });

  it('refuses steps the status does not allow: CONFLICT in Chinese, nothing changed', async () => {
    const s = await scene();
    const r = await raise(s);
    const moved = '需求状态已变化，请刷新后重试';
    expect(failed(await call('startRequest', { requestId: r.id }, s.chief), 'CONFLICT').message).toBe(moved);
    expect(
      failed(await call('closeRequest', { requestId: r.id, result: '直接办结的结果' }, s.chief), 'CONFLICT').message,
    ).toBe(moved);
    ok(await call('acceptRequest', { requestId: r.id }, s.liaison));
    expect(failed(await call('acceptRequest', { requestId: r.id }, s.liaison2), 'CONFLICT').message).toBe(moved);
    ok(await call('startRequest', { requestId: r.id }, s.liaison));
    // Once work has started it is closed with a result, not withdrawn.
    expect(
      failed(await call('cancelRequest', { requestId: r.id, reason: '重复提交' }, s.liaison), 'CONFLICT').message,
    ).toBe(moved);
    expect(failed(await call('cancelRequest', { requestId: r.id }, s.staff), 'CONFLICT').message).toBe(moved);
    ok(await call('closeRequest', { requestId: r.id, result: '已办理完成的结果' }, s.liaison));
    for (const [action, input] of [
      ['acceptRequest', {}],
      ['startRequest', {}],
      ['closeRequest', { result: '再次办结的结果' }],
      ['cancelRequest', { reason: '撤回' }],
    ] as const) {
      expect(failed(await call(action, { requestId: r.id, ...input }, s.chief), 'CONFLICT').message).toBe(moved);
    }
    const after = (await stored(r.id))!;
    expect(after.status).toBe('closed');
    expect(after.history.map((h) => h.event)).toEqual(['created', 'accepted', 'started', 'closed']);
  });

  it('two liaisons accepting at once: one wins and handles it, the other is told it moved', async () => {
    const s = await scene();
    const r = await raise(s);
    const results = await Promise.all([
      call('acceptRequest', { requestId: r.id }, s.liaison),
      call('acceptRequest', { requestId: r.id }, s.liaison2),
    ]);
    const winners = results.filter((e) => e.ok);
    expect(winners).toHaveLength(1);
    const loser = results.find((e) => !e.ok)!;
    expect(failed(loser, 'CONFLICT').message).toBe('需求状态已变化，请刷新后重试');
    const after = (await stored(r.id))!;
    const winner = results[0]!.ok ? s.liaison : s.liaison2;
    expect(after.handlerId).toBe(winner.userId);
    expect(after.history.filter((h) => h.event === 'accepted')).toHaveLength(1);
    expect(await noticesOf(s.staff.userId, 'request.accepted')).toHaveLength(1);
  });

  it('once accepted, only its handler (or the chief) works it: another liaison of the station is refused', async () => {
    const s = await scene();
    const r = await raise(s);
    ok(await call('acceptRequest', { requestId: r.id }, s.liaison));
    failed(await call('startRequest', { requestId: r.id }, s.liaison2), 'FORBIDDEN');
    failed(await call('closeRequest', { requestId: r.id, result: '别人的办理结果' }, s.liaison2), 'FORBIDDEN');
    const seen = ok<ServiceRequest>(await call('getRequest', { requestId: r.id }, s.liaison2));
    // Any liaison of the station may still assign it on (request-assignment.test.ts).
    expect(seen.steps).toEqual(['assign', 'refer']);
    const byChief = ok<ServiceRequest>(
      await call('closeRequest', { requestId: r.id, result: '站长办结的结果' }, s.chief),
    );
    expect(byChief).toMatchObject({ status: 'closed', handlerName: '孙联络' });
  });
});

describe('withdrawing a request (request.cancelRequest)', () => {
  it('the company withdraws its own (reason optional); the queue is told, the colleague too', async () => {
    const s = await scene();
    const r = await raise(s);
    const done = ok<ServiceRequest>(await call('cancelRequest', { requestId: r.id }, s.staff));
    expect(done).toMatchObject({ view: 'company', status: 'cancelled', steps: [] });
    expect(await noticesOf(s.liaison.userId, 'request.cancelled')).toEqual([
      expect.objectContaining({ title: '企业撤回了服务需求' }),
    ]);
    const [told] = await noticesOf(s.colleague.userId, 'request.cancelled');
    expect(told).toMatchObject({ title: '服务需求已撤回' });
    expect(told!.body).toContain('张经理撤回了贵企业的「知识产权申请引导」需求');
    expect(await noticesOf(s.staff.userId)).toEqual([]);
  });

  it('after acceptance the handler is told of a withdrawal, not the whole queue', async () => {
    const s = await scene();
    const r = await raise(s);
    ok(await call('acceptRequest', { requestId: r.id }, s.liaison));
    ok(await call('cancelRequest', { requestId: r.id, reason: '已自行解决' }, s.colleague));
    const [notice] = await noticesOf(s.liaison.userId, 'request.cancelled');
    expect(notice!.body).toContain('已自行解决');
    expect(await noticesOf(s.liaison2.userId, 'request.cancelled')).toEqual([]);
  });

  it('the station withdraws only with a reason, which the company reads', async () => {
    const s = await scene();
    const r = await raise(s);
    const e = failed(await call('cancelRequest', { requestId: r.id }, s.chief), 'INVALID_INPUT');
    expect(e.fields?.reason).toContain('撤回原因');
    // Not accepted yet: a liaison is not its handler, so only the chief withdraws it for the station.
    failed(await call('cancelRequest', { requestId: r.id, reason: '重复提交' }, s.liaison), 'FORBIDDEN');
    const done = ok<ServiceRequest>(
      await call('cancelRequest', { requestId: r.id, reason: '与上一条需求重复' }, s.chief),
    );
    expect(done).toMatchObject({ status: 'cancelled', cancelReason: '与上一条需求重复' });
    expect(done.history[1]).toMatchObject({ event: 'cancelled', note: '与上一条需求重复', byName: '钱站长' });
    const [notice] = await noticesOf(s.staff.userId, 'request.cancelled');
    expect(notice).toMatchObject({ title: '服务需求已撤回' });
    expect(notice!.body).toContain('与上一条需求重复');
  });
});

describe('who sees and moves what', () => {
  it("another station's staff can neither read nor move it", async () => {
    const s = await scene();
    const r = await raise(s);
    failed(await call('getRequest', { requestId: r.id }, s.otherLiaison), 'FORBIDDEN');
    failed(await call('acceptRequest', { requestId: r.id }, s.otherLiaison), 'FORBIDDEN');
    failed(await call('cancelRequest', { requestId: r.id, reason: '不是本站的' }, s.otherChief), 'FORBIDDEN');
    failed(await call('listRequests', { stationId: s.stationId }, s.otherLiaison), 'FORBIDDEN');
    const theirs = ok<{ items: ServiceRequest[] }>(await call('listRequests', {}, s.otherLiaison));
    expect(theirs.items.map((i) => i.id)).not.toContain(r.id);
    expect((await stored(r.id))!.status).toBe('submitted');
    // Once it is closed, a stranger's step is still FORBIDDEN, not CONFLICT: they learn nothing of its status.
    ok(await call('acceptRequest', { requestId: r.id }, s.liaison));
    ok(await call('closeRequest', { requestId: r.id, result: '已指导企业完成申请' }, s.liaison));
    failed(await call('cancelRequest', { requestId: r.id, reason: '不是本站的' }, s.otherChief), 'FORBIDDEN');
    failed(await call('closeRequest', { requestId: r.id, result: '外站的办理结果' }, s.otherChief), 'FORBIDDEN');
    expect((await stored(r.id))!.history.map((h) => h.event)).toEqual(['created', 'accepted', 'closed']);
  });

  it("a company cannot see another company's request", async () => {
    const s = await scene();
    const r = await raise(s);
    failed(await call('getRequest', { requestId: r.id }, s.otherStaff), 'FORBIDDEN');
    failed(await call('cancelRequest', { requestId: r.id }, s.otherStaff), 'FORBIDDEN');
    failed(await call('listRequests', { companyId: s.companyId }, s.otherStaff), 'FORBIDDEN');
    const theirs = ok<{ items: ServiceRequest[]; total: number }>(await call('listRequests', {}, s.otherStaff));
    expect(theirs.total).toBe(0);
    failed(await call('getRequest', { requestId: 'req:does-not-exist' }, s.staff), 'NOT_FOUND');
    failed(await call('acceptRequest', { requestId: 'req:does-not-exist' }, s.liaison), 'NOT_FOUND');
  });
});

describe('the lists (request.listRequests)', () => {
  it("the station's queue by status, category and urgency; newest or most urgent first; paged", async () => {
    const s = await scene();
    const a = await raise(s, { urgency: 'normal', category: 'search' });
    world.clock.advance(MINUTE_MS);
    const b = await raise(s, { urgency: 'critical', category: 'application' });
    world.clock.advance(MINUTE_MS);
    const c = await raise(s, { urgency: 'urgent', category: 'search' });
    const visit = await seedRequest(world.store, now() + MINUTE_MS, s.stationId, s.companyId, {
      overrides: { source: 'visit', visitId: 'visit:x' },
    });
    ok(await call('acceptRequest', { requestId: c.id }, s.liaison));

    const list = async (input: Record<string, unknown>, actor: Actor = s.liaison) =>
      ok<{ items: ServiceRequest[]; total: number }>(await call('listRequests', input, actor));
    expect((await list({})).items.map((i) => i.id)).toEqual([visit, c.id, b.id, a.id]);
    expect((await list({})).items[0]).toMatchObject({ source: 'visit' });
    expect((await list({ order: 'urgency' })).items.map((i) => i.id)).toEqual([b.id, c.id, visit, a.id]);
    expect((await list({ status: 'submitted' })).items.map((i) => i.id)).toEqual([visit, b.id, a.id]);
    expect((await list({ status: 'submitted', order: 'urgency' })).items.map((i) => i.id)).toEqual([b.id, visit, a.id]);
    expect((await list({ category: 'search' })).items.map((i) => i.id)).toEqual([c.id, a.id]);
    expect((await list({ urgency: 'critical' })).items.map((i) => i.id)).toEqual([b.id]);
    const page2 = await list({ page: 2, pageSize: 3 });
    expect(page2).toMatchObject({ total: 4, items: [expect.objectContaining({ id: a.id })] });
    // The company reads its own, the same way; the chief the station's.
    expect((await list({ status: 'accepted' }, s.staff)).items.map((i) => i.id)).toEqual([c.id]);
    expect((await list({}, s.chief)).total).toBe(4);
  });

  it("serves every role's query and each filter from a declared index", () => {
    const caller = (acting: Omit<NonNullable<Caller['acting']>, 'id'>): Caller => ({
      userId: 'u1',
      displayName: 'x',
      memberships: [],
      acting: { id: `m-${acting.role}`, ...acting },
    });
    const scopes = {
      company: caller({ role: 'company', companyId: 'c1' }),
      liaison: caller({ role: 'liaison', stationId: OWN_STATION }),
      admin: caller({ role: 'admin' }),
    };
    const filters = [
      {},
      { status: 'submitted' as const },
      { category: 'finance' as const },
      { urgency: 'critical' as const },
      { companyId: 'c1' },
      { stationId: OWN_STATION },
      { status: 'accepted' as const, category: 'search' as const },
    ];
    for (const [role, who] of Object.entries(scopes)) {
      for (const filter of filters) {
        for (const order of ['newest', 'urgency'] as const) {
          const plan = world.store.queryPlan('service_requests', {
            ...requestsQuery(who, { ...filter, order }),
            limit: 20,
          });
          expect([role, filter, order, plan.join('\n')]).toEqual([
            role,
            filter,
            order,
            expect.stringMatching(/(SEARCH|SCAN) service_requests USING (COVERING )?INDEX ix_service_requests_/),
          ]);
        }
      }
    }
  });
});

describe('rating a closed request (request.rateRequest / getRequestRating)', () => {
  async function closedRequest(s: Scene): Promise<string> {
    const r = await raise(s);
    ok(await call('acceptRequest', { requestId: r.id }, s.liaison));
    ok(await call('closeRequest', { requestId: r.id, result: '已指导企业完成申请' }, s.liaison));
    return r.id;
  }
  const rate = (requestId: string, actor: Actor, stars: number, extra: Record<string, unknown> = {}) =>
    call('rateRequest', { requestId, stars, ...extra }, actor);
  const ratingsOf = (requestId: string) => world.store.find('request_ratings', { where: { requestId } });

  it('only a closed request is rated', async () => {
    const s = await scene();
    const r = await raise(s);
    expect(failed(await rate(r.id, s.staff, 5), 'CONFLICT').message).toBe('服务需求办结后才能评价');
    const state = ok<{ rating: RequestRating | null; canRate: boolean }>(
      await call('getRequestRating', { requestId: r.id }, s.staff),
    );
    expect(state).toEqual({ rating: null, canRate: false });
  });

  it('the company rates once: a second call by a colleague changes the one rating within 24 h', async () => {
    const s = await scene();
    const requestId = await closedRequest(s);
    const first = ok<RequestRating>(await rate(requestId, s.staff, 4, { tags: ['professional'], comment: '很专业' }));
    expect(first).toMatchObject({
      id: `rating:${requestId}`,
      requestId,
      stars: 4,
      tags: ['professional'],
      comment: '很专业',
      handlerName: '孙联络',
      ratedByName: '张经理',
      edited: false,
      locked: false,
      editableUntil: now() + 24 * HOUR_MS,
    });
    world.clock.advance(23 * HOUR_MS);
    const edited = ok<RequestRating>(await rate(requestId, s.colleague, 5, { tags: ['solved'] }));
    expect(edited).toMatchObject({ stars: 5, tags: ['solved'], comment: '', edited: true, ratedByName: '张经理' });
    expect(await ratingsOf(requestId)).toHaveLength(1);
    const seen = ok<{ rating: RequestRating; canRate: boolean }>(
      await call('getRequestRating', { requestId }, s.liaison),
    );
    expect(seen).toMatchObject({ rating: { stars: 5 }, canRate: false });

    world.clock.advance(HOUR_MS);
    expect(failed(await rate(requestId, s.staff, 1), 'CONFLICT').message).toBe('评价已超过24小时，不能再修改');
    const locked = ok<{ rating: RequestRating; canRate: boolean }>(
      await call('getRequestRating', { requestId }, s.staff),
    );
    expect(locked).toMatchObject({ rating: { stars: 5, locked: true }, canRate: false });
  });

  it('2 stars or fewer alerts the station chief once, whatever edits follow', async () => {
    const s = await scene();
    const requestId = await closedRequest(s);
    ok(await rate(requestId, s.staff, 4));
    expect(await noticesOf(s.chief.userId, 'request.rating_low')).toEqual([]);
    ok(await rate(requestId, s.staff, 2, { comment: '等了很久' }));
    ok(await rate(requestId, s.staff, 1, { comment: '等了很久，问题也没解决' }));
    ok(await rate(requestId, s.colleague, 2));
    const alerts = await noticesOf(s.chief.userId, 'request.rating_low');
    expect(alerts).toHaveLength(1);
    expect(alerts[0]!.body).toContain('2 星');
    expect(alerts[0]!.link).toBe(`/packages/request/pages/detail/index?requestId=${encodeURIComponent(requestId)}`);
    expect(await noticesOf(s.otherChief.userId, 'request.rating_low')).toEqual([]);
  });

  it('liaisons, chiefs and other companies cannot rate; the rating stays the company’s', async () => {
    const s = await scene();
    const requestId = await closedRequest(s);
    failed(await rate(requestId, s.liaison, 5), 'FORBIDDEN');
    failed(await rate(requestId, s.chief, 5), 'FORBIDDEN');
    failed(await rate(requestId, s.otherStaff, 1), 'FORBIDDEN');
    expect(await ratingsOf(requestId)).toEqual([]);
    const canRate = async (actor: Actor) =>
      ok<{ canRate: boolean }>(await call('getRequestRating', { requestId }, actor)).canRate;
    expect(await canRate(s.staff)).toBe(true);
    expect(await canRate(s.liaison)).toBe(false);
  });
});
