/**
 * Site visits (visit.logVisit / listVisits / getVisit) and follow-ups (visit.listFollowUps /
 * completeFollowUp), through the runtime with a test clock: a visit and the requests, follow-up,
 * holdings history and last-visit time it writes come in one step or not at all; a replay of the
 * same submission (the phone's outbox) never writes twice; companies read only the shared view;
 * follow-ups are listed by due date and completed once.
 */
import type { FollowUp, StationVisit, Visit, VisitItem } from '../../core/contract';
import type { Caller } from '../../core/ports';
import { DAY_MS, HOUR_MS, addDays, shanghaiDate } from '../../core/rules/time';
import type { CompanyDoc, FollowUpDoc, HoldingsHistoryDoc, ServiceRequestDoc, UploadDoc } from '../../core/store/docs';
import type { CollectionName } from '../../core/store/schema';
import { followUpsQuery } from '../../cloudfunctions/visit/actions/listFollowUps';
import { visitsQuery } from '../../cloudfunctions/visit/visits-query';
import { failed, ok } from '../support/envelope';
import { newRequestId, OTHER_STATION, OWN_STATION } from '../support/fixtures';
import { seedFollowUp, visitInput } from '../support/visit-seed';
import { createWorld, OTHER_COMPANY, seedCompany, seedMember, type Actor, type World } from '../support/world';

let world: World;
beforeAll(async () => {
  world = await createWorld();
});
afterAll(() => world.close());

const now = () => world.clock.now();
const today = () => shanghaiDate(now());

const visit = (action: string, input: Record<string, unknown>, actor: Actor | null) =>
  world.run('visit', { action, ...input }, actor);

const count = (collection: CollectionName, where: Record<string, string>) => world.store.count(collection, where);

/** What one company has in each collection a visit writes to. */
async function writtenFor(companyId: string) {
  return {
    visits: await count('visits', { companyId }),
    requests: await count('service_requests', { companyId }),
    followUps: await count('follow_ups', { companyId }),
    history: await count('holdings_history', { companyId }),
  };
}

const member = (role: 'chief' | 'liaison' | 'expert' | 'admin', stationId = OWN_STATION, name?: string) =>
  seedMember(world.store, now(), role, role === 'admin' ? {} : { stationId }, name);

const company = (stationId = OWN_STATION) => seedCompany(world.store, now(), stationId);

const TWO_NEEDS = [
  { category: 'application', description: '新产品需要申请发明专利，请安排专家指导', urgency: 'urgent' },
  { category: 'search', description: '希望检索竞争对手的专利布局情况' },
] as const;

describe('logging a visit (visit.logVisit)', () => {
  it('writes the visit, one request per need and the follow-up in one step', async () => {
    const liaison = await member('liaison', OWN_STATION, '李联络');
    const companyId = await company();
    const followUpDate = addDays(today(), 14);
    const input = visitInput(companyId, now(), { needs: [...TWO_NEEDS], nextFollowUpDate: followUpDate });

    const v = ok<StationVisit>(await visit('logVisit', input, liaison));

    expect(v).toMatchObject({
      view: 'station',
      companyId,
      stationId: OWN_STATION,
      findings: input.findings,
      internalNote: '企业对代理费用较敏感',
      nextFollowUpDate: followUpDate,
      createdByName: '李联络',
      photos: [],
    });
    expect(v.id).toMatch(/^visit:/);
    expect(v.requestIds).toEqual([`req:${v.id}:1`, `req:${v.id}:2`]);
    expect(await writtenFor(companyId)).toEqual({ visits: 1, requests: 2, followUps: 1, history: 0 });

    const requests = await world.store.find<ServiceRequestDoc>('service_requests', {
      where: { companyId },
      orderBy: [['_id', 'asc']],
    });
    expect(requests.map((r) => [r._id, r.source, r.visitId, r.category, r.urgency, r.status])).toEqual([
      [`req:${v.id}:1`, 'visit', v.id, 'application', 'urgent', 'submitted'],
      [`req:${v.id}:2`, 'visit', v.id, 'search', 'normal', 'submitted'],
    ]);
    expect(requests[0]!.stationId).toBe(OWN_STATION);
    expect(requests[0]!.createdBy).toBe(liaison.userId);

    const fu = await world.store.get<FollowUpDoc>('follow_ups', `fu:visit:${v.id}`);
    expect(fu).toMatchObject({
      source: 'visit',
      sourceId: v.id,
      ownerId: liaison.userId,
      ownerName: '李联络',
      dueDate: followUpDate,
      status: 'open',
      companyId,
    });
  });

  it('a visit without needs or follow-up date writes the visit alone', async () => {
    const liaison = await member('liaison');
    const companyId = await company();
    ok(await visit('logVisit', visitInput(companyId, now()), liaison));
    expect(await writtenFor(companyId)).toEqual({ visits: 1, requests: 0, followUps: 0, history: 0 });
  });

  it('the same submission replayed three times, one after another, is one visit and one request per need', async () => {
    const liaison = await member('liaison');
    const companyId = await company();
    const input = visitInput(companyId, now(), { needs: [...TWO_NEEDS], nextFollowUpDate: addDays(today(), 7) });
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push(ok<StationVisit>(await visit('logVisit', input, liaison)).id);
    expect(new Set(ids).size).toBe(1);
    expect(await writtenFor(companyId)).toEqual({ visits: 1, requests: 2, followUps: 1, history: 0 });
  });

  it('the same submission replayed three times at once is still one visit and one request per need', async () => {
    const liaison = await member('liaison');
    const companyId = await company();
    const input = visitInput(companyId, now(), { needs: [...TWO_NEEDS], nextFollowUpDate: addDays(today(), 7) });
    const answers = await Promise.all([1, 2, 3].map(() => visit('logVisit', input, liaison)));
    const ids = answers.filter((a) => a.ok).map((a) => (a as { data: StationVisit }).data.id);
    expect(ids.length).toBeGreaterThanOrEqual(1);
    expect(new Set(ids).size).toBe(1);
    // A replay still in flight is told to wait, never given a second visit.
    for (const a of answers.filter((x) => !x.ok)) expect(failed(a, 'CONFLICT').message).toContain('处理中');
    expect(await writtenFor(companyId)).toEqual({ visits: 1, requests: 2, followUps: 1, history: 0 });
    // And once settled, sending it again answers with the same visit.
    expect(ok<StationVisit>(await visit('logVisit', input, liaison)).id).toBe(ids[0]);
  });

  it('the database refuses a replay: the visit id is the idempotency, no request-log entry is kept', async () => {
    const liaison = await member('liaison');
    const companyId = await company();
    const input = visitInput(companyId, now(), { needs: [...TWO_NEEDS] });
    const first = ok<StationVisit>(await visit('logVisit', input, liaison));
    expect(
      await world.store.get('requests_log', `${liaison.userId}:visit.logVisit:${input.clientRequestId}`),
    ).toBeNull();
    const again = ok<StationVisit>(await visit('logVisit', input, liaison));
    expect(again.id).toBe(first.id);
    expect(await writtenFor(companyId)).toEqual({ visits: 1, requests: 2, followUps: 0, history: 0 });
  });

  it('a new submission (another request id) is another visit', async () => {
    const liaison = await member('liaison');
    const companyId = await company();
    ok(await visit('logVisit', visitInput(companyId, now()), liaison));
    ok(await visit('logVisit', visitInput(companyId, now()), liaison));
    expect((await writtenFor(companyId)).visits).toBe(2);
  });

  it('an invalid need answers INVALID_INPUT naming the field, and writes nothing at all', async () => {
    const liaison = await member('liaison');
    const companyId = await company();
    const needs = [TWO_NEEDS[0], { category: 'search' as const, description: '  ', urgency: 'normal' as const }];
    const input = visitInput(companyId, now(), {
      needs,
      nextFollowUpDate: addDays(today(), 7),
      holdings: { invention: 3 },
    });
    const error = failed(await visit('logVisit', input, liaison), 'INVALID_INPUT');
    expect(error.fields?.['needs.1.description']).toMatch(/^需求描述：/);
    expect(await writtenFor(companyId)).toEqual({ visits: 0, requests: 0, followUps: 0, history: 0 });
    const doc = await world.store.get<CompanyDoc>('companies', companyId);
    expect(doc?.lastVisitAt ?? 0).toBe(0);
    expect(doc?.holdings).toBeUndefined();
  });

  it('refuses a visit time more than a day ahead, naming 走访时间; up to a day ahead is accepted', async () => {
    const liaison = await member('liaison');
    const companyId = await company();
    const ahead = (ms: number) => visitInput(companyId, now(), { visitedAt: now() + ms });
    const error = failed(await visit('logVisit', ahead(DAY_MS + 60_000), liaison), 'INVALID_INPUT');
    expect(error.fields?.visitedAt).toMatch(/^走访时间：/);
    expect(await writtenFor(companyId)).toMatchObject({ visits: 0 });
    ok(await visit('logVisit', ahead(23 * HOUR_MS), liaison));
  });

  it('refuses negative holdings, more than 9 photos and over-long text, naming each field', async () => {
    const liaison = await member('liaison');
    const companyId = await company();
    const negative = failed(
      await visit('logVisit', visitInput(companyId, now(), { holdings: { invention: -1 } }), liaison),
      'INVALID_INPUT',
    );
    expect(negative.fields?.['holdings.invention']).toMatch(/^发明专利：/);

    const photos = Array.from({ length: 10 }, (_, i) => `up_photo_${i}`);
    const tooMany = failed(await visit('logVisit', visitInput(companyId, now(), { photos }), liaison), 'INVALID_INPUT');
    expect(tooMany.fields?.photos).toBe('照片：最多 9 个');

    const long = failed(
      await visit('logVisit', visitInput(companyId, now(), { sharedSummary: '很'.repeat(1001) }), liaison),
      'INVALID_INPUT',
    );
    expect(long.fields?.sharedSummary).toBe('走访小结：最多 1000 个字');
    expect(await writtenFor(companyId)).toMatchObject({ visits: 0 });
  });

  it('refuses a next follow-up date before the visit day', async () => {
    const liaison = await member('liaison');
    const companyId = await company();
    const input = visitInput(companyId, now(), { nextFollowUpDate: addDays(today(), -3) });
    const error = failed(await visit('logVisit', input, liaison), 'INVALID_INPUT');
    expect(error.fields?.nextFollowUpDate).toMatch(/^下次回访日期：/);
  });

  it("updates the company's holdings with a history entry of the visit (hh:<visitId>)", async () => {
    const liaison = await member('liaison', OWN_STATION, '李联络');
    const companyId = await company();
    await world.store.update('companies', { _id: companyId }, { set: { 'holdings.trademark_domestic': 2 } });
    const v = ok<StationVisit>(
      await visit('logVisit', visitInput(companyId, now(), { holdings: { invention: 3, utility: 5 } }), liaison),
    );
    expect(v.holdings).toMatchObject({ invention: 3, utility: 5, trademark_domestic: 2, design: 0 });

    const entry = await world.store.get<HoldingsHistoryDoc>('holdings_history', `hh:${v.id}`);
    expect(entry).toMatchObject({
      companyId,
      stationId: OWN_STATION,
      source: 'visit',
      visitId: v.id,
      by: liaison.userId,
      byName: '李联络',
      before: { invention: 0, utility: 0, trademark_domestic: 2 },
      after: { invention: 3, utility: 5, trademark_domestic: 2 },
    });
    const doc = await world.store.get<CompanyDoc>('companies', companyId);
    expect(doc?.holdings).toMatchObject({ invention: 3, utility: 5, trademark_domestic: 2 });

    // The same figures again change nothing, so no second history entry.
    ok(await visit('logVisit', visitInput(companyId, now(), { holdings: { invention: 3 } }), liaison));
    expect(await count('holdings_history', { companyId })).toBe(1);
  });

  it("moves the company's last-visit time forward, never back", async () => {
    const liaison = await member('liaison');
    const companyId = await company();
    const recent = now() - HOUR_MS;
    ok(await visit('logVisit', visitInput(companyId, now(), { visitedAt: recent }), liaison));
    expect((await world.store.get<CompanyDoc>('companies', companyId))?.lastVisitAt).toBe(recent);
    // A visit of last week, logged late, leaves it at the more recent one.
    ok(await visit('logVisit', visitInput(companyId, now(), { visitedAt: now() - 7 * DAY_MS }), liaison));
    expect((await world.store.get<CompanyDoc>('companies', companyId))?.lastVisitAt).toBe(recent);
  });

  it("attaches the liaison's own uploaded photos; someone else's upload writes nothing", async () => {
    const liaison = await member('liaison');
    const other = await member('liaison');
    const companyId = await company();
    const upload = async (ownerId: string) => {
      const stored = await world.files.put(
        `uploads/${ownerId}/p.jpg`,
        new Uint8Array([0xff, 0xd8, 0xff]),
        'image/jpeg',
      );
      const doc: UploadDoc = {
        _id: `up_${newRequestId('photo').replace(/-/g, '_')}`,
        ownerId,
        fileId: stored.fileId,
        name: '车间.jpg',
        contentType: 'image/jpeg',
        size: stored.size,
        purpose: 'visit',
        createdAt: now(),
      };
      await world.store.insert('uploads', doc);
      return doc._id;
    };
    const mine = await upload(liaison.userId);
    const theirs = await upload(other.userId);

    const refused = failed(
      await visit('logVisit', visitInput(companyId, now(), { photos: [theirs], needs: [...TWO_NEEDS] }), liaison),
      'INVALID_INPUT',
    );
    expect(refused.message).toContain('照片');
    expect(await writtenFor(companyId)).toMatchObject({ visits: 0, requests: 0 });

    const v = ok<StationVisit>(await visit('logVisit', visitInput(companyId, now(), { photos: [mine] }), liaison));
    expect(v.photoCount).toBe(1);
    expect(v.photos).toEqual([
      { id: mine, name: '车间.jpg', contentType: 'image/jpeg', size: 3, url: expect.stringContaining('p.jpg') },
    ]);
  });

  it("refuses a company of another station's ledger (FORBIDDEN) and an unknown one (NOT_FOUND), writing nothing", async () => {
    const liaison = await member('liaison');
    const before = await world.store.get<CompanyDoc>('companies', OTHER_COMPANY);
    const everything = { needs: [...TWO_NEEDS], nextFollowUpDate: addDays(today(), 7), holdings: { invention: 3 } };
    failed(await visit('logVisit', visitInput(OTHER_COMPANY, now(), everything), liaison), 'FORBIDDEN');
    failed(await visit('logVisit', visitInput('co-nowhere', now(), everything), liaison), 'NOT_FOUND');
    expect(await writtenFor(OTHER_COMPANY)).toEqual({ visits: 0, requests: 0, followUps: 0, history: 0 });
    expect(await world.store.get<CompanyDoc>('companies', OTHER_COMPANY)).toEqual(before);
  });

  it('is for liaisons and chiefs: an expert or a company is refused', async () => {
    const companyId = await company();
    const expert = await member('expert');
    const staff = await seedMember(world.store, now(), 'company', { companyId });
    failed(await visit('logVisit', visitInput(companyId, now()), expert), 'FORBIDDEN');
    failed(await visit('logVisit', visitInput(companyId, now()), staff), 'FORBIDDEN');
    const chief = await member('chief');
    ok(await visit('logVisit', visitInput(companyId, now()), chief));
  });
});

describe('reading visits (visit.listVisits / getVisit)', () => {
  async function visited() {
    const liaison = await member('liaison');
    const companyId = await company();
    const staff = await seedMember(world.store, now(), 'company', { companyId }, '企业联系人');
    const older = ok<StationVisit>(
      await visit('logVisit', visitInput(companyId, now(), { visitedAt: now() - 3 * DAY_MS }), liaison),
    );
    const newer = ok<StationVisit>(await visit('logVisit', visitInput(companyId, now()), liaison));
    return { liaison, companyId, staff, older, newer };
  }

  const STATION_ONLY = ['findings', 'internalNote', 'visitors', 'met', 'holdings', 'requestIds', 'createdBy'];

  it('company staff read only the shared view of their own visits', async () => {
    const { companyId, staff, older, newer } = await visited();
    const list = ok<{ items: VisitItem[]; total: number }>(await visit('listVisits', {}, staff));
    expect(list.total).toBe(2);
    expect(list.items.map((v) => v.id)).toEqual([newer.id, older.id]);
    for (const item of list.items) {
      expect(item.view).toBe('company');
      expect(item.companyId).toBe(companyId);
      for (const key of STATION_ONLY) expect(Object.keys(item)).not.toContain(key);
    }
    const one = ok<Visit>(await visit('getVisit', { visitId: newer.id }, staff));
    expect(one).toMatchObject({ view: 'company', sharedSummary: newer.sharedSummary, form: 'onsite', photos: [] });
    for (const key of STATION_ONLY) expect(Object.keys(one)).not.toContain(key);
    expect(JSON.stringify(one)).not.toContain('代理费用');
  });

  it("a company cannot read another company's visits", async () => {
    const { newer } = await visited();
    const stranger = await seedMember(world.store, now(), 'company', { companyId: await company() });
    failed(await visit('getVisit', { visitId: newer.id }, stranger), 'FORBIDDEN');
    failed(await visit('listVisits', { companyId: newer.companyId }, stranger), 'FORBIDDEN');
  });

  it('the station reads its visits newest first, everything included, filtered by company', async () => {
    const { companyId, older, newer } = await visited();
    const chief = await member('chief');
    const list = ok<{ items: VisitItem[]; total: number }>(await visit('listVisits', { companyId }, chief));
    expect(list.items.map((v) => v.id)).toEqual([newer.id, older.id]);
    expect(list.items[0]).toMatchObject({
      view: 'station',
      findings: newer.findings,
      internalNote: '企业对代理费用较敏感',
    });
    const all = ok<{ items: VisitItem[]; total: number }>(await visit('listVisits', { pageSize: 1 }, chief));
    expect(all.items).toHaveLength(1);
    expect(all.total).toBeGreaterThanOrEqual(2);
  });

  it("another station's liaison is refused the visit and the station's list", async () => {
    const { newer } = await visited();
    const stranger = await member('liaison', OTHER_STATION);
    failed(await visit('getVisit', { visitId: newer.id }, stranger), 'FORBIDDEN');
    failed(await visit('listVisits', { stationId: OWN_STATION }, stranger), 'FORBIDDEN');
    const theirs = ok<{ items: VisitItem[] }>(await visit('listVisits', { companyId: newer.companyId }, stranger));
    expect(theirs.items).toEqual([]);
    failed(await visit('getVisit', { visitId: 'visit:nothing' }, stranger), 'NOT_FOUND');
  });

  it('serves every role’s query from a declared index', () => {
    const caller = (acting: Omit<NonNullable<Caller['acting']>, 'id'>): Caller => ({
      userId: 'u1',
      displayName: 'x',
      memberships: [],
      acting: { id: `m-${acting.role}`, ...acting },
    });
    const cases: Array<[Caller, Record<string, string>]> = [
      [caller({ role: 'company', companyId: 'c1' }), {}],
      [caller({ role: 'liaison', stationId: OWN_STATION }), {}],
      [caller({ role: 'chief', stationId: OWN_STATION }), { companyId: 'c1' }],
      [caller({ role: 'admin' }), {}],
      [caller({ role: 'admin' }), { stationId: OWN_STATION }],
      [caller({ role: 'admin' }), { companyId: 'c1' }],
    ];
    for (const [who, filter] of cases) {
      const plan = world.store.queryPlan('visits', { ...visitsQuery(who, filter), limit: 20 }).join('\n');
      expect([who.acting?.role, filter, plan]).toEqual([
        who.acting?.role,
        filter,
        expect.stringMatching(/(SEARCH|SCAN) visits USING (COVERING )?INDEX ix_visits_/),
      ]);
    }
  });
});

describe('follow-ups (visit.listFollowUps / completeFollowUp)', () => {
  type FollowUpPage = {
    items: FollowUp[];
    total: number;
    counts: { today: number; overdue: number; upcoming: number };
  };

  async function owed() {
    const liaison = await member('liaison', OWN_STATION, '李联络');
    const companyId = await company();
    const seed = (dueInDays: number) =>
      seedFollowUp(world.store, now(), OWN_STATION, companyId, { ownerId: liaison.userId, dueInDays });
    const overdueOld = await seed(-5);
    const overdue = await seed(-1);
    const dueToday = await seed(0);
    const upcoming = await seed(3);
    return { liaison, companyId, overdueOld, overdue, dueToday, upcoming };
  }

  it("lists the liaison's own as due today, overdue (oldest first) and upcoming, with the counts", async () => {
    const { liaison, overdueOld, overdue, dueToday, upcoming } = await owed();
    const list = async (view: string) => ok<FollowUpPage>(await visit('listFollowUps', { view }, liaison));

    const todays = await list('today');
    expect(todays.items.map((f) => [f.id, f.due])).toEqual([[dueToday, 'today']]);
    expect(todays.counts).toEqual({ today: 1, overdue: 2, upcoming: 1 });
    expect((await list('overdue')).items.map((f) => [f.id, f.due])).toEqual([
      [overdueOld, 'overdue'],
      [overdue, 'overdue'],
    ]);
    expect((await list('upcoming')).items.map((f) => f.id)).toEqual([upcoming]);

    // The next day, today's is overdue and nothing is due.
    world.clock.advance(DAY_MS);
    try {
      const next = await list('today');
      expect(next.items).toEqual([]);
      expect(next.counts).toEqual({ today: 0, overdue: 3, upcoming: 1 });
    } finally {
      world.clock.advance(-DAY_MS);
    }
  });

  it("another liaison sees none of them; the station's chief sees them all", async () => {
    const { dueToday } = await owed();
    const colleague = await member('liaison');
    const mine = ok<FollowUpPage>(await visit('listFollowUps', { view: 'today' }, colleague));
    expect(mine.items.map((f) => f.id)).not.toContain(dueToday);
    const chief = await member('chief');
    const station = ok<FollowUpPage>(await visit('listFollowUps', { view: 'today', pageSize: 50 }, chief));
    expect(station.items.map((f) => f.id)).toContain(dueToday);
  });

  it('completes one with its record; a second completion is refused (该回访已完成); a retry gets the first answer', async () => {
    const { liaison, dueToday } = await owed();
    const input = { clientRequestId: newRequestId('fu'), followUpId: dueToday, record: '已电话回访，专利申请已提交' };
    const done = ok<FollowUp>(await visit('completeFollowUp', input, liaison));
    expect(done).toMatchObject({ id: dueToday, status: 'done', due: null, record: input.record, doneByName: '李联络' });

    expect(ok<FollowUp>(await visit('completeFollowUp', input, liaison))).toEqual(done);
    const again = failed(
      await visit('completeFollowUp', { ...input, clientRequestId: newRequestId('fu'), record: '再次回访' }, liaison),
      'CONFLICT',
    );
    expect(again.message).toBe('该回访已完成');
    expect((await world.store.get<FollowUpDoc>('follow_ups', dueToday))?.record).toBe(input.record);

    const list = ok<FollowUpPage>(await visit('listFollowUps', { view: 'done' }, liaison));
    expect(list.items.map((f) => f.id)).toEqual([dueToday]);
    expect(list.counts.today).toBe(0);
  });

  it("another liaison may not complete it, nor another station's chief; the station's chief may", async () => {
    const { upcoming, overdue } = await owed();
    const record = { record: '已上门回访' };
    const colleague = await member('liaison');
    const strangerChief = await member('chief', OTHER_STATION);
    const crid = () => ({ clientRequestId: newRequestId('fu') });
    failed(await visit('completeFollowUp', { ...crid(), followUpId: upcoming, ...record }, colleague), 'FORBIDDEN');
    failed(await visit('completeFollowUp', { ...crid(), followUpId: upcoming, ...record }, strangerChief), 'FORBIDDEN');
    const chief = await member('chief');
    ok(await visit('completeFollowUp', { ...crid(), followUpId: overdue, ...record }, chief));
    failed(await visit('completeFollowUp', { ...crid(), followUpId: 'fu:visit:none', ...record }, chief), 'NOT_FOUND');
  });

  it('a consultation record asking for a follow-up owes its consultant one, in the same step', async () => {
    const liaison = await member('liaison', OWN_STATION, '李联络');
    const companyId = await company();
    const dueDate = addDays(today(), 10);
    const record = ok<{ id: string }>(
      await world.run(
        'archive',
        {
          action: 'createRecord',
          clientRequestId: newRequestId('record'),
          companyId,
          channel: 'phone',
          category: 'consulting',
          summary: '咨询商标续展的时间要求',
          answer: '注册商标有效期满前十二个月内可办理续展',
          durationMinutes: 20,
          followUp: true,
          followUpDate: dueDate,
        },
        liaison,
      ),
    );
    const fu = await world.store.get<FollowUpDoc>('follow_ups', `fu:consultation:${record.id}`);
    expect(fu).toMatchObject({ source: 'consultation', ownerId: liaison.userId, dueDate, companyId, status: 'open' });
    const upcoming = ok<FollowUpPage>(await visit('listFollowUps', { view: 'upcoming' }, liaison));
    expect(upcoming.items.map((f) => [f.source, f.sourceId])).toEqual([['consultation', record.id]]);
  });

  it('serves every list from a declared index', () => {
    const caller = (role: 'liaison' | 'expert' | 'chief'): Caller => ({
      userId: 'u1',
      displayName: 'x',
      memberships: [],
      acting: { id: `m-${role}`, role, stationId: OWN_STATION },
    });
    for (const role of ['liaison', 'expert', 'chief'] as const) {
      for (const view of ['today', 'overdue', 'upcoming', 'done'] as const) {
        const plan = world.store
          .queryPlan('follow_ups', { ...followUpsQuery(caller(role), view, '2025-03-03'), limit: 20 })
          .join('\n');
        expect([role, view, plan]).toEqual([
          role,
          view,
          expect.stringMatching(/SEARCH follow_ups USING (COVERING )?INDEX ix_follow_ups_/),
        ]);
      }
    }
  });
});
