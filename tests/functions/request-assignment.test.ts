/**
 * The assignment loop through the runtime (request.*), with a test clock: the station assigns an
 * accepted request to a filed expert (or a liaison, or refers it to an agency), the expert alone
 * sees and answers it within two days (the work calendar decides what two days are), a decline
 * returns it to the station, a reassignment keeps both in the history, a stale page gets CONFLICT
 * naming who has it, and the written report closes it — the company reads it without the
 * internal note. Bad input writes nothing; nobody reads or moves what is not theirs.
 */
import type { AssigneeCandidate, ServiceRequest, StationRequest } from '../../core/contract/request';
import type { RequestSummary } from '../../core/contract';
import { ROUTES } from '../../core/pages';
import { DAY_MS, HOUR_MS, shanghaiInstant } from '../../core/rules/time';
import type {
  AssignmentDoc,
  ExpertProfileDoc,
  NotificationDoc,
  ServiceRequestDoc,
  StationDoc,
} from '../../core/store/docs';
import { requestsQuery } from '../../cloudfunctions/request/queries';
import { failed, ok } from '../support/envelope';
import { OWN_STATION, newRequestId } from '../support/fixtures';
import { pngBytes } from '../support/upload-files';
import { createWorld, seedCompany, seedMember, type Actor, type World } from '../support/world';

let world: World;
beforeAll(async () => {
  world = await createWorld();
});
afterAll(() => world.close());

const now = () => world.clock.now();
const call = (action: string, input: Record<string, unknown>, actor: Actor | null) =>
  world.run('request', { action, ...input }, actor);

let stationSeq = 0;
async function newStation(): Promise<string> {
  const seeded = (await world.store.get<StationDoc>('stations', OWN_STATION))!;
  const id = `st-asg-${++stationSeq}`;
  await world.store.insert<StationDoc>('stations', { ...seeded, _id: id, name: `指派测试站${stationSeq}` });
  return id;
}

/** An expert of the station, on the roster with `status` (filed unless told otherwise). */
async function expertAt(stationId: string, name: string, profile: Partial<ExpertProfileDoc> = {}): Promise<Actor> {
  const actor = await seedMember(world.store, now(), 'expert', { stationId }, name);
  const doc: ExpertProfileDoc = {
    _id: actor.userId,
    name,
    organisation: '某知识产权代理事务所',
    title: '专利代理师',
    specialities: ['application'],
    industries: [],
    qualifications: [{ kind: 'patent_attorney', number: 'PA-001' }],
    yearsOfPractice: 8,
    stationIds: [stationId],
    mobile: '13900000000',
    commitmentAcceptedAt: now(),
    status: 'filed',
    filedAt: now(),
    filedBy: 'u-admin',
    createdAt: now(),
    updatedAt: now(),
    ...profile,
  };
  await world.store.insert('expert_profiles', doc);
  return actor;
}

async function scene() {
  const stationId = await newStation();
  const otherStationId = await newStation();
  const companyId = await seedCompany(world.store, now(), stationId);
  const member = (role: 'company' | 'liaison' | 'chief', scope: Record<string, string>, name: string) =>
    seedMember(world.store, now(), role, scope, name);
  return {
    stationId,
    companyId,
    staff: await member('company', { companyId }, '张经理'),
    liaison: await member('liaison', { stationId }, '孙联络'),
    liaison2: await member('liaison', { stationId }, '周联络'),
    chief: await member('chief', { stationId }, '钱站长'),
    otherChief: await member('chief', { stationId: otherStationId }, '外站站长'),
    expert: await expertAt(stationId, '赵专家'),
    expert2: await expertAt(stationId, '吴专家'),
    unfiled: await expertAt(stationId, '郑专家', { status: 'submitted' }),
    elsewhere: await expertAt(otherStationId, '王专家'),
  };
}
type Scene = Awaited<ReturnType<typeof scene>>;

/** A request raised by the company and accepted by the station's liaison (its handler). */
async function acceptedRequest(s: Scene): Promise<ServiceRequest> {
  const raised = ok<ServiceRequest>(
    await call(
      'createRequest',
      {
        clientRequestId: newRequestId('asg'),
        category: 'application',
        description: '新产品需要申请发明专利，请安排专业人员指导',
        urgency: 'normal',
      },
      s.staff,
    ),
  );
  return ok<ServiceRequest>(await call('acceptRequest', { requestId: raised.id }, s.liaison));
}

const assign = (r: { id: string; updatedAt: number }, assignee: Record<string, unknown>, by: Actor, note?: string) =>
  call('assignRequest', { requestId: r.id, assignee, seenUpdatedAt: r.updatedAt, ...(note ? { note } : {}) }, by);
const toExpert = (expert: Actor) => ({ kind: 'expert', userId: expert.userId });

const stored = (id: string) => world.store.get<ServiceRequestDoc>('service_requests', id);
const assignmentsOf = (requestId: string) =>
  world.store.find<AssignmentDoc>('assignments', { where: { requestId }, orderBy: [['assignedAt', 'asc']] });
const noticesOf = (userId: string, kind?: string) =>
  world.store.find<NotificationDoc>('notifications', { where: { userId, ...(kind ? { kind } : {}) } });
const listedIds = async (actor: Actor, input: Record<string, unknown> = {}) =>
  ok<{ items: RequestSummary[] }>(await call('listRequests', input, actor)).items.map((i) => i.id);

async function upload(actor: Actor, name = 'report.png'): Promise<string> {
  const file = await world.files.put(`uploads/${actor.userId}/${name}`, new Uint8Array(pngBytes()), 'image/png');
  return ok<{ id: string }>(
    await world.run(
      'files',
      { action: 'register', fileId: file.fileId, name: '检索报告.png', purpose: 'request' },
      actor,
    ),
  ).id;
}

const REPORT = {
  situation: '企业新产品拟申请发明专利，尚未做专利检索',
  advice: '建议先做查新检索，再撰写权利要求书',
  outcome: '已指导企业完成检索并形成申请材料',
  minutesSpent: 120,
};

describe('assigning to an expert (request.assignRequest)', () => {
  it('a filed expert gets it with a two-day due time and a notice; only they see it, not another expert', async () => {
    const s = await scene();
    const r = await acceptedRequest(s);
    world.clock.advance(HOUR_MS);
    const assigned = ok<StationRequest>(await assign(r, toExpert(s.expert), s.liaison, '请重点看检索'));
    expect(assigned).toMatchObject({
      status: 'assigned',
      assigneeKind: 'expert',
      assigneeId: s.expert.userId,
      assigneeName: '赵专家',
      assignNote: '请重点看检索',
      assignedAt: now(),
      respondBy: now() + 2 * DAY_MS,
      overdue: false,
      handlerName: '孙联络',
    });
    expect(assigned.history.at(-1)).toMatchObject({
      event: 'assigned',
      status: 'assigned',
      byName: '孙联络',
      note: '赵专家：请重点看检索',
    });
    expect(await assignmentsOf(r.id)).toEqual([
      expect.objectContaining({
        _id: `${r.id}:${now()}`,
        assigneeId: s.expert.userId,
        assigneeKind: 'expert',
        outcome: 'open',
        respondBy: now() + 2 * DAY_MS,
        assignedBy: s.liaison.userId,
      }),
    ]);
    const [notice] = await noticesOf(s.expert.userId, 'request.assigned');
    expect(notice).toMatchObject({ title: '新的服务需求指派', link: ROUTES.request(r.id) });
    expect(notice!.body).toContain('请在');

    expect(await listedIds(s.expert)).toEqual([r.id]);
    const seen = ok<ServiceRequest>(await call('getRequest', { requestId: r.id }, s.expert));
    expect(seen.steps).toEqual(['acceptAssignment', 'declineAssignment']);

    expect(await listedIds(s.expert2)).toEqual([]);
    failed(await call('getRequest', { requestId: r.id }, s.expert2), 'FORBIDDEN');
    failed(await call('respondAssignment', { requestId: r.id, decision: 'accept' }, s.expert2), 'FORBIDDEN');
  });

  it('an unfiled expert, one of another station, or one away is refused on the field, and nothing is written', async () => {
    const s = await scene();
    const r = await acceptedRequest(s);
    const away = await expertAt(s.stationId, '冯专家', {
      unavailableFrom: '2025-01-01',
      unavailableUntil: '2099-12-31',
    });
    const cases: Array<[Actor, string]> = [
      [s.unfiled, '尚未在专家库备案'],
      [s.elsewhere, '不在本站点服务'],
      [away, '2099-12-31 前暂停接受指派'],
    ];
    for (const [expert, says] of cases) {
      const error = failed(await assign(r, toExpert(expert), s.chief), 'INVALID_INPUT');
      expect(error.fields?.['assignee.userId']).toContain(says);
    }
    const notLiaison = failed(await assign(r, { kind: 'liaison', userId: s.expert.userId }, s.chief), 'INVALID_INPUT');
    expect(notLiaison.fields?.['assignee.userId']).toContain('联络员');
    const noAgencyName = failed(
      await assign(r, { kind: 'agency', name: '', contact: '010-1' }, s.chief),
      'INVALID_INPUT',
    );
    expect(noAgencyName.fields?.['assignee.name']).toMatch(/^机构名称：/);

    expect(await stored(r.id)).toMatchObject({ status: 'accepted', updatedAt: r.updatedAt });
    expect((await stored(r.id))!.assigneeId).toBeUndefined();
    expect(await assignmentsOf(r.id)).toEqual([]);
    expect(await noticesOf(s.unfiled.userId, 'request.assigned')).toEqual([]);
  });

  it('the chief of another station cannot suggest or assign', async () => {
    const s = await scene();
    const r = await acceptedRequest(s);
    failed(await call('suggestAssignees', { requestId: r.id }, s.otherChief), 'FORBIDDEN');
    failed(await assign(r, toExpert(s.expert), s.otherChief), 'FORBIDDEN');
    expect(await assignmentsOf(r.id)).toEqual([]);
  });

  it('a page that is out of date gets CONFLICT naming who has it now; nothing changes', async () => {
    const s = await scene();
    const r = await acceptedRequest(s);
    ok(await assign(r, toExpert(s.expert), s.chief));
    const after = (await stored(r.id))!;
    world.clock.advance(HOUR_MS);
    // The liaison's page still shows the request as accepted.
    const error = failed(await assign(r, toExpert(s.expert2), s.liaison), 'CONFLICT');
    expect(error.message).toBe('该需求已指派给赵专家，请刷新后查看');
    expect(await stored(r.id)).toEqual(after);
    expect(await assignmentsOf(r.id)).toHaveLength(1);
  });

  it('two chiefs assigning at once: one wins, the other is told who has it', async () => {
    const s = await scene();
    const r = await acceptedRequest(s);
    world.clock.advance(HOUR_MS);
    const answers = await Promise.all([
      assign(r, toExpert(s.expert), s.chief),
      assign(r, toExpert(s.expert2), s.liaison),
    ]);
    const won = answers.filter((a) => a.ok);
    expect(won).toHaveLength(1);
    const winner = ok<ServiceRequest>(won[0]!).assigneeName;
    const lost = answers.find((a) => !a.ok)!;
    expect(failed(lost, 'CONFLICT').message).toBe(`该需求已指派给${winner}，请刷新后查看`);
    expect(await assignmentsOf(r.id)).toEqual([expect.objectContaining({ assigneeName: winner, outcome: 'open' })]);
  });

  it('an accept racing a reassignment: exactly one outcome', async () => {
    const s = await scene();
    const r = await acceptedRequest(s);
    const first = ok<ServiceRequest>(await assign(r, toExpert(s.expert), s.chief));
    world.clock.advance(HOUR_MS);
    const [accept, reassign] = await Promise.all([
      call('respondAssignment', { requestId: r.id, decision: 'accept' }, s.expert),
      assign(first, toExpert(s.expert2), s.chief),
    ]);
    expect([accept.ok, reassign.ok].filter(Boolean)).toHaveLength(1);
    const outcomes = (await assignmentsOf(r.id)).map((a) => a.outcome);
    const doc = (await stored(r.id))!;
    if (accept.ok) {
      expect(doc).toMatchObject({ status: 'in_progress', assigneeId: s.expert.userId });
      expect(outcomes).toEqual(['accepted']);
    } else {
      expect(doc).toMatchObject({ status: 'assigned', assigneeId: s.expert2.userId });
      expect(outcomes).toEqual(['reassigned', 'open']);
      expect(failed(accept, 'CONFLICT').message).toContain('已改派他人');
    }
  });

  it('a reassignment keeps both in the history; the first assignment is marked reassigned and its expert told', async () => {
    const s = await scene();
    const r = await acceptedRequest(s);
    const first = ok<ServiceRequest>(await assign(r, toExpert(s.expert), s.chief));
    world.clock.advance(HOUR_MS);
    const second = ok<StationRequest>(await assign(first, toExpert(s.expert2), s.chief, '换人跟进'));
    expect(second).toMatchObject({ status: 'assigned', assigneeName: '吴专家', assignNote: '换人跟进' });
    expect(second.history.filter((h) => h.event === 'assigned').map((h) => h.note)).toEqual([
      '赵专家',
      '吴专家：换人跟进',
    ]);
    expect((await assignmentsOf(r.id)).map((a) => [a.assigneeName, a.outcome])).toEqual([
      ['赵专家', 'reassigned'],
      ['吴专家', 'open'],
    ]);
    expect(await noticesOf(s.expert.userId, 'request.reassigned')).toHaveLength(1);

    // The first expert no longer reads it, and answering is told why.
    failed(await call('getRequest', { requestId: r.id }, s.expert), 'FORBIDDEN');
    const late = failed(await call('respondAssignment', { requestId: r.id, decision: 'accept' }, s.expert), 'CONFLICT');
    expect(late.message).toContain('已改派他人');
    expect(await listedIds(s.expert)).toEqual([]);
    expect(await listedIds(s.expert2)).toEqual([r.id]);
  });

  it('refers to an agency: 已转介机构, no due time; the company is told and the chief reports the answer', async () => {
    const s = await scene();
    const r = await acceptedRequest(s);
    const referred = ok<ServiceRequest>(
      await assign(r, { kind: 'agency', name: '市维权援助中心', contact: '010-88886666' }, s.chief),
    );
    expect(referred).toMatchObject({
      status: 'referred',
      assigneeKind: 'agency',
      assigneeName: '市维权援助中心',
      agency: { name: '市维权援助中心', contact: '010-88886666' },
      overdue: false,
    });
    expect(referred.respondBy).toBeUndefined();
    expect(referred.assigneeId).toBeUndefined();
    expect(await noticesOf(s.staff.userId, 'request.referred')).toHaveLength(1);
    const closed = ok<ServiceRequest>(await call('reportRequest', { requestId: r.id, ...REPORT }, s.chief));
    expect(closed).toMatchObject({ status: 'closed', result: REPORT.outcome });
  });
});

describe('the expert answers (request.respondAssignment)', () => {
  it('accepts: in progress, the due time cleared, answered on time; the company and the station are told', async () => {
    const s = await scene();
    const r = await acceptedRequest(s);
    ok(await assign(r, toExpert(s.expert), s.liaison));
    world.clock.advance(5 * HOUR_MS);
    const accepted = ok<ServiceRequest>(
      await call('respondAssignment', { requestId: r.id, decision: 'accept' }, s.expert),
    );
    expect(accepted).toMatchObject({ status: 'in_progress', assigneeName: '赵专家', steps: ['report'] });
    expect(accepted.respondBy).toBeUndefined();
    expect(accepted.history.at(-1)).toMatchObject({ event: 'assignment_accepted', byName: '赵专家' });
    expect(await assignmentsOf(r.id)).toEqual([
      expect.objectContaining({ outcome: 'accepted', respondedAt: now(), onTime: true }),
    ]);
    expect(await noticesOf(s.staff.userId, 'request.assignment_accepted')).toHaveLength(1);
    expect(await noticesOf(s.liaison.userId, 'request.assignment_accepted')).toHaveLength(1);
    // Answered once: a second answer finds the status moved.
    failed(await call('respondAssignment', { requestId: r.id, decision: 'accept' }, s.expert), 'CONFLICT');
  });

  it('an answer after the due time is recorded as late', async () => {
    const s = await scene();
    const r = await acceptedRequest(s);
    ok(await assign(r, toExpert(s.expert), s.liaison));
    world.clock.advance(3 * DAY_MS);
    ok(await call('respondAssignment', { requestId: r.id, decision: 'accept' }, s.expert));
    expect((await assignmentsOf(r.id))[0]).toMatchObject({ outcome: 'accepted', onTime: false });
  });

  it('declines with a reason: back to the queue (handler kept), the handler and chief asked to reassign', async () => {
    const s = await scene();
    const r = await acceptedRequest(s);
    ok(await assign(r, toExpert(s.expert), s.liaison));

    const noReason = failed(
      await call('respondAssignment', { requestId: r.id, decision: 'decline' }, s.expert),
      'INVALID_INPUT',
    );
    expect(noReason.fields?.reason).toMatch(/^谢绝原因：/);
    expect((await stored(r.id))!.status).toBe('assigned');

    world.clock.advance(HOUR_MS);
    const declined = ok<ServiceRequest>(
      await call(
        'respondAssignment',
        { requestId: r.id, decision: 'decline', reason: '本周出差，无法及时处理' },
        s.expert,
      ),
    );
    expect(declined).toMatchObject({ status: 'accepted', handlerId: s.liaison.userId, handlerName: '孙联络' });
    const doc = (await stored(r.id))!;
    for (const field of ['assigneeId', 'assigneeName', 'assigneeKind', 'respondBy', 'assignedAt']) {
      expect([field, doc[field]]).toEqual([field, undefined]);
    }
    expect(doc.history.at(-1)).toMatchObject({ event: 'assignment_declined', note: '本周出差，无法及时处理' });
    expect(await assignmentsOf(r.id)).toEqual([
      expect.objectContaining({ outcome: 'declined', declineReason: '本周出差，无法及时处理', onTime: true }),
    ]);
    for (const who of [s.liaison, s.chief]) {
      const [told] = await noticesOf(who.userId, 'request.assignment_declined');
      expect(told!.body).toContain('本周出差，无法及时处理');
    }
    expect(await noticesOf(s.expert.userId, 'request.assignment_declined')).toEqual([]);

    // Theirs no more: not readable, and answering again is told why.
    failed(await call('getRequest', { requestId: r.id }, s.expert), 'FORBIDDEN');
    const again = failed(
      await call('respondAssignment', { requestId: r.id, decision: 'accept' }, s.expert),
      'CONFLICT',
    );
    expect(again.message).toContain('已谢绝');
    // The station can assign it again.
    ok(await assign(declined, toExpert(s.expert2), s.liaison));
  });

  it('an expert whose membership is revoked is refused at once', async () => {
    const s = await scene();
    const r = await acceptedRequest(s);
    ok(await assign(r, toExpert(s.expert), s.liaison));
    ok(await call('getRequest', { requestId: r.id }, s.expert));
    await world.store.update('memberships', { _id: s.expert.membershipId! }, { set: { status: 'revoked' } });
    failed(await call('getRequest', { requestId: r.id }, s.expert), 'FORBIDDEN');
    failed(await call('respondAssignment', { requestId: r.id, decision: 'accept' }, s.expert), 'FORBIDDEN');
    failed(await call('listRequests', {}, s.expert), 'FORBIDDEN');
  });
});

describe('an expert leaving the roster (expert.removeExpert)', () => {
  it('puts the requests waiting on them back in their station’s queue, with the reason in the history', async () => {
    const s = await scene();
    const waiting = await acceptedRequest(s);
    ok(await assign(waiting, toExpert(s.expert), s.liaison));
    const working = await acceptedRequest(s);
    ok(await assign(working, toExpert(s.expert), s.liaison));
    ok(await call('respondAssignment', { requestId: working.id, decision: 'accept' }, s.expert));
    const others = await acceptedRequest(s);
    ok(await assign(others, toExpert(s.expert2), s.liaison));
    const admin = await world.actor('admin');

    ok(
      await world.run('expert', { action: 'removeExpert', expertId: s.expert.userId, reason: '多次未按时响应' }, admin),
    );

    for (const id of [waiting.id, working.id]) {
      const r = (await stored(id))!;
      expect(r).toMatchObject({ status: 'accepted', handlerId: s.liaison.userId });
      expect(r.assigneeId).toBeUndefined();
      expect(r.respondBy).toBeUndefined();
      expect(r.history.at(-1)).toMatchObject({ event: 'assignment_returned', note: '赵专家被除名，需重新指派' });
      expect((await assignmentsOf(id)).at(-1)?.outcome).toBe('reassigned');
    }
    expect((await stored(others.id))!).toMatchObject({ status: 'assigned', assigneeId: s.expert2.userId });
    // The station can assign them again at once.
    const back = ok<ServiceRequest>(await call('getRequest', { requestId: waiting.id }, s.liaison));
    expect(back.steps).toContain('assign');
    ok(await assign(back, toExpert(s.expert2), s.liaison));
  });
});

describe('the written report (request.reportRequest)', () => {
  it('closes the request; the company reads the report without the internal note, the station with it', async () => {
    const s = await scene();
    const r = await acceptedRequest(s);
    ok(await assign(r, toExpert(s.expert), s.liaison));
    ok(await call('respondAssignment', { requestId: r.id, decision: 'accept' }, s.expert));
    world.clock.advance(DAY_MS);

    const foreign = await upload(s.liaison, 'not-mine.png');
    const notMine = failed(
      await call('reportRequest', { requestId: r.id, ...REPORT, attachments: [foreign] }, s.expert),
      'INVALID_INPUT',
    );
    expect(notMine.fields?.attachments).toContain('不是您上传的');
    const tooShort = failed(
      await call('reportRequest', { requestId: r.id, ...REPORT, situation: '短' }, s.expert),
      'INVALID_INPUT',
    );
    expect(tooShort.fields?.situation).toMatch(/^基本情况：/);
    expect((await stored(r.id))!.status).toBe('in_progress');

    const photo = await upload(s.expert);
    const closed = ok<StationRequest>(
      await call(
        'reportRequest',
        { requestId: r.id, ...REPORT, attachments: [photo], internalNote: '企业对费用较敏感' },
        s.expert,
      ),
    );
    expect(closed).toMatchObject({ status: 'closed', result: REPORT.outcome, closedAt: now() });
    expect(closed.report).toMatchObject({ ...REPORT, byName: '赵专家', at: now(), internalNote: '企业对费用较敏感' });
    expect(closed.report!.attachments).toEqual([expect.objectContaining({ id: photo, name: '检索报告.png' })]);
    expect((await assignmentsOf(r.id))[0]).toMatchObject({ outcome: 'accepted', reportedAt: now() });

    const [told] = await noticesOf(s.staff.userId, 'request.reported');
    expect(told).toMatchObject({ title: '服务报告已出具', link: ROUTES.request(r.id) });
    const companyView = ok<ServiceRequest>(await call('getRequest', { requestId: r.id }, s.staff));
    expect(companyView.view).toBe('company');
    expect(companyView.report).toMatchObject({ ...REPORT, byName: '赵专家' });
    expect(companyView.report).not.toHaveProperty('internalNote');
    expect(JSON.stringify(companyView)).not.toContain('企业对费用较敏感');
    const stationView = ok<StationRequest>(await call('getRequest', { requestId: r.id }, s.chief));
    expect(stationView.report?.internalNote).toBe('企业对费用较敏感');

    // A low rating of the expert's work names them to the chief.
    ok(await call('rateRequest', { requestId: r.id, stars: 2, comment: '建议不够具体' }, s.staff));
    const [alert] = await noticesOf(s.chief.userId, 'request.rating_low');
    expect(alert!.body).toContain('志愿服务专家：赵专家');
  });
});

describe('suggestions and the lists (suggestAssignees, listRequests)', () => {
  it('ranks available first, then speciality, industry and load', async () => {
    const s = await scene();
    await world.store.update('companies', { _id: s.companyId }, { set: { industry: 'biomed' } });
    const industryMatch = await expertAt(s.stationId, '陈专家', {
      specialities: ['application'],
      industries: ['biomed'],
    });
    const noMatch = await expertAt(s.stationId, '褚专家', { specialities: ['dispute'] });
    const away = await expertAt(s.stationId, '卫专家', {
      specialities: ['application'],
      industries: ['biomed'],
      unavailableFrom: '2025-01-01',
      unavailableUntil: '2099-01-01',
    });
    // 赵专家 already has one request on their desk; 吴专家 none.
    const busy = await acceptedRequest(s);
    ok(await assign(busy, toExpert(s.expert), s.liaison));
    const r = await acceptedRequest(s);

    const { items } = ok<{ items: AssigneeCandidate[] }>(
      await call('suggestAssignees', { requestId: r.id }, s.liaison),
    );
    const experts = items.filter((c) => c.kind === 'expert');
    expect(experts.map((c) => [c.name, c.matchesCategory, c.matchesIndustry, c.openCount])).toEqual([
      ['陈专家', true, true, 0],
      ['吴专家', true, false, 0],
      ['赵专家', true, false, 1],
      ['褚专家', false, false, 0],
      ['卫专家', true, true, 0],
    ]);
    expect(experts.at(-1)).toMatchObject({ userId: away.userId, unavailableUntil: '2099-01-01' });
    expect(experts.map((c) => c.userId)).not.toContain(s.unfiled.userId);
    expect(experts.map((c) => c.userId)).not.toContain(s.elsewhere.userId);
    expect(
      items
        .filter((c) => c.kind === 'liaison')
        .map((c) => c.name)
        .sort(),
    ).toEqual(['周联络', '孙联络'].sort());
    expect([industryMatch, noMatch].every((e) => experts.some((c) => c.userId === e.userId))).toBe(true);
  });

  it("'due' lists what awaits an answer, soonest first; 'overdue' only the late ones", async () => {
    const s = await scene();
    const sooner = await acceptedRequest(s);
    ok(await assign(sooner, toExpert(s.expert2), s.liaison));
    world.clock.advance(HOUR_MS); // assigned an hour later, due an hour later
    const later = await acceptedRequest(s);
    ok(await assign(later, toExpert(s.expert), s.liaison));
    const notAssigned = await acceptedRequest(s);
    await world.store.update('service_requests', { _id: sooner.id }, { set: { overdueAt: now() } });

    expect(await listedIds(s.liaison, { order: 'due' })).toEqual([sooner.id, later.id]);
    expect(await listedIds(s.liaison, { overdue: true })).toEqual([sooner.id]);
    expect(await listedIds(s.liaison)).toContain(notAssigned.id);
    const summaries = ok<{ items: RequestSummary[] }>(await call('listRequests', { order: 'due' }, s.liaison)).items;
    expect(summaries.map((i) => i.overdue)).toEqual([true, false]);
    expect(await listedIds(s.expert, { order: 'due' })).toEqual([later.id]);
    failed(await call('listRequests', { overdue: true, status: 'closed' }, s.liaison), 'INVALID_INPUT');
  });

  it("assignedToMe lists a liaison's own assignments, not the station's queue", async () => {
    const s = await scene();
    const theirs = await acceptedRequest(s);
    ok(await assign(theirs, { kind: 'liaison', userId: s.liaison.userId }, s.liaison));
    const experts = await acceptedRequest(s);
    ok(await assign(experts, toExpert(s.expert), s.liaison));

    expect(await listedIds(s.liaison, { assignedToMe: true })).toEqual([theirs.id]);
    expect(await listedIds(s.liaison)).toEqual(expect.arrayContaining([theirs.id, experts.id]));
    expect(await listedIds(s.expert, { assignedToMe: true })).toEqual([experts.id]);
  });

  it('every list shape of an expert, and the due and overdue ones, is served by an index', async () => {
    const s = await scene();
    const caller = {
      userId: s.expert.userId,
      displayName: '赵专家',
      memberships: [],
      acting: { id: s.expert.membershipId!, role: 'expert' as const, stationId: s.stationId },
    };
    const liaison = { ...caller, userId: s.liaison.userId, acting: { ...caller.acting, role: 'liaison' as const } };
    const admin = { ...caller, acting: { id: 'm-admin', role: 'admin' as const } };
    for (const who of [caller, liaison, admin]) {
      for (const input of [
        { order: 'due' as const },
        { order: 'newest' as const, overdue: true },
        { order: 'newest' as const },
        { order: 'due' as const, assignedToMe: true },
      ]) {
        const plan = world.store.queryPlan('service_requests', { ...requestsQuery(who, input), limit: 20 });
        expect(plan.join('\n')).toMatch(/(SEARCH|SCAN) service_requests USING (COVERING )?INDEX ix_service_requests_/);
      }
    }
  });
});

describe('the two-day answer and the work calendar (directory.getWorkCalendar / setWorkCalendar)', () => {
  afterAll(() => world.store.remove('work_calendars', {}));

  const moveTo = (at: number) => {
    expect(at).toBeGreaterThanOrEqual(now());
    world.clock.advance(at - now());
  };

  it('counts calendar days without a calendar, working days with one (Friday 15:00 → Tuesday 15:00)', async () => {
    const s = await scene();
    const admin = await world.actor('admin');
    expect(ok(await world.run('directory', { action: 'getWorkCalendar' }, s.liaison))).toEqual({
      set: false,
      holidays: [],
      workdays: [],
    });

    moveTo(shanghaiInstant('2025-06-06', '15:00')); // a Friday
    const first = await acceptedRequest(s);
    expect(ok<ServiceRequest>(await assign(first, toExpert(s.expert), s.liaison)).respondBy).toBe(
      shanghaiInstant('2025-06-08', '15:00'),
    );

    ok(await world.run('directory', { action: 'setWorkCalendar', holidays: [], workdays: [] }, admin));
    const second = await acceptedRequest(s);
    expect(ok<ServiceRequest>(await assign(second, toExpert(s.expert), s.liaison)).respondBy).toBe(
      shanghaiInstant('2025-06-10', '15:00'),
    );

    // A Monday holiday pushes it to Wednesday.
    const saved = ok(
      await world.run(
        'directory',
        { action: 'setWorkCalendar', holidays: ['2025-06-09', '2025-05-01', '2025-06-09'], workdays: [] },
        admin,
      ),
    );
    expect(saved).toMatchObject({ set: true, holidays: ['2025-05-01', '2025-06-09'], workdays: [], updatedAt: now() });
    const third = await acceptedRequest(s);
    expect(ok<ServiceRequest>(await assign(third, toExpert(s.expert), s.liaison)).respondBy).toBe(
      shanghaiInstant('2025-06-11', '15:00'),
    );
  });

  it('refuses a date both holiday and working day, or a bad date, in Chinese, and keeps the calendar', async () => {
    const admin = await world.actor('admin');
    const before = await world.store.get('work_calendars', 'default');
    const both = failed(
      await world.run(
        'directory',
        { action: 'setWorkCalendar', holidays: ['2025-10-01'], workdays: ['2025-10-01', '2025-09-28'] },
        admin,
      ),
      'INVALID_INPUT',
    );
    expect(both.fields?.workdays).toContain('2025-10-01 已列为法定节假日');
    const bad = failed(
      await world.run('directory', { action: 'setWorkCalendar', holidays: ['2025-02-30'], workdays: [] }, admin),
      'INVALID_INPUT',
    );
    expect(bad.fields?.['holidays.0']).toMatch(/^法定节假日：/);
    expect(await world.store.get('work_calendars', 'default')).toEqual(before);
    const liaison = await world.actor('liaison');
    failed(
      await world.run('directory', { action: 'setWorkCalendar', holidays: [], workdays: [] }, liaison),
      'FORBIDDEN',
    );
  });
});
