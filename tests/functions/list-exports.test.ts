/**
 * Every list a chief or admin sees exports to Excel, through the host: the chief's file reads back
 * with its Chinese header row and exactly the rows the list counts for the station (the ledger
 * and the roster past 1,000 rows: nothing cut at a page or at CloudBase's 1000-row read), none of
 * another station's (each seeded with 他站 in a name the file shows); a filter narrows the file
 * as it narrows the list; times are Shanghai's, and the file name says whose, what and when.
 */
import { Workbook } from 'exceljs';
import type { ActionName, FunctionName, Me } from '../../core/contract';
import type { Store } from '../../core/ports';
import { addDays, shanghaiDate, shanghaiInstant } from '../../core/rules/time';
import type { CompanyDoc, ExpertProfileDoc, RatingDoc, StationDoc } from '../../core/store/docs';
import { seedRecord } from '../support/archive-seed';
import { testClock } from '../support/clock';
import { seedBooking } from '../support/consult-seed';
import { profileInput } from '../support/expert-seed';
import { newCreditCode } from '../support/fixtures';
import { expectError, expectOk, startTestHost, type TestHost } from '../support/host';
import { seedReferral } from '../support/referral-seed';
import { seedRequest } from '../support/request-seed';
import { seedSession } from '../support/training-seed';
import { seedFollowUp, seedVisit } from '../support/visit-seed';

/** 00:30 on 1 July in Shanghai, still 30 June in UTC: the file names carry the Shanghai day. */
const NOW = shanghaiInstant('2025-07-01', '00:30');
const TODAY = '20250701';
const DAY = 86_400_000;
const LEDGER_ROWS = 1205;
const ROSTER_ROWS = 1003;
/** In a name or text of every row seeded at the other station: it must never reach the chief's file. */
const FOREIGN = '他站';

let t: TestHost;
let chief: string;
let admin: string;
let store: Store;
let own: StationDoc;
let other: StationDoc;
let ownCompany: string;

interface Export {
  fileName: string;
  header: unknown[];
  rows: unknown[][];
}

/** Calls an export, downloads the file and reads its one sheet back: the header row, then the rows. */
async function exportOf<F extends FunctionName>(
  fn: F,
  action: ActionName<F>,
  input: Record<string, unknown>,
  token = chief,
): Promise<Export> {
  const out = expectOk(await t.call(fn, action, input, token)) as { url: string; fileName: string };
  const res = await fetch(t.baseUrl + out.url);
  expect(res.status).toBe(200);
  const workbook = new Workbook();
  await workbook.xlsx.load(await res.arrayBuffer());
  expect(workbook.worksheets).toHaveLength(1);
  const lines: unknown[][] = [];
  workbook.worksheets[0]!.eachRow((row) => lines.push((row.values as unknown[]).slice(1)));
  return { fileName: out.fileName, header: lines[0]!, rows: lines.slice(1) };
}

/** How many rows the list says it has ("共 N 条") for the same filters. */
async function listTotal<F extends FunctionName>(
  fn: F,
  action: ActionName<F>,
  input: Record<string, unknown>,
  token = chief,
): Promise<number> {
  return (expectOk(await t.call(fn, action, { ...input, pageSize: 1 }, token)) as { total: number }).total;
}

const mentionsForeign = (rows: unknown[][]) => rows.some((r) => r.some((c) => String(c).includes(FOREIGN)));

let joinSeq = 0;
function companyAt(stationId: string, name: string, fields: Partial<CompanyDoc> = {}): CompanyDoc {
  const n = ++joinSeq;
  return {
    _id: `co-export-${n}`,
    name,
    creditCode: newCreditCode(),
    district: 'haidian',
    stationId,
    contactName: '联系人',
    contactMobile: '13800000000',
    status: 'confirmed',
    joinCode: `EXPJOIN${n}`,
    createdBy: 'seed',
    createdAt: NOW - 400 * DAY,
    lastVisitAt: 0,
    ...fields,
  };
}

function ratingAt(stationId: string, n: number, stars: number, companyName: string): RatingDoc {
  const at = shanghaiInstant('2025-06-10', '10:00') + n * DAY;
  return {
    _id: `rating:export-${stationId}-${n}`,
    stars,
    tags: [],
    comment: `评价${n}`,
    low: stars <= 2,
    lowAlerted: false,
    ratedBy: 'u-rater',
    ratedByName: '企业员工',
    ratedAt: at,
    updatedAt: at,
    updatedBy: 'u-rater',
    updatedByName: '企业员工',
    edits: 0,
    recordId: `walkin:export-${n}`,
    stationId,
    stationName: '站点',
    companyId: 'co-rated',
    companyName,
    consultantId: 'u-consultant',
    consultantName: '咨询师',
    consultedAt: at - DAY,
    category: 'consulting',
  };
}

function expertAt(n: number, stationIds: string[], fields: Partial<ExpertProfileDoc> = {}): ExpertProfileDoc {
  const { acceptCommitment: _accept, ...profile } = profileInput(stationIds);
  return {
    _id: `u-export-expert-${String(n).padStart(5, '0')}`,
    ...profile,
    industries: profile.industries ?? [],
    qualifications: profile.qualifications ?? [],
    name: `专家${n}`,
    status: 'filed',
    commitmentAcceptedAt: NOW,
    createdAt: NOW,
    updatedAt: NOW,
    ...fields,
  } as ExpertProfileDoc;
}

beforeAll(async () => {
  t = await startTestHost({ clock: testClock(NOW) });
  store = t.host.store;
  chief = await t.login('chief');
  admin = await t.login('admin');
  const me = expectOk<Me>(await t.call('account', 'me', {}, chief));
  const stationId = me.memberships.find((m) => m.id === me.actingId)!.stationId!;
  own = (await store.get<StationDoc>('stations', stationId))!;
  other = (await store.find<StationDoc>('stations', { where: { _id: { $ne: stationId } }, limit: 1 }))[0]!;
  ownCompany = (await store.find<CompanyDoc>('companies', { where: { stationId }, limit: 1 }))[0]!._id;

  // 台账: more companies than one CloudBase read returns; every fifth in 朝阳区, every fourth never visited.
  for (let i = 0; i < LEDGER_ROWS; i++) {
    const lastVisitAt = i % 4 === 0 ? 0 : NOW - (i % 300) * DAY;
    await store.insert(
      'companies',
      companyAt(own._id, `台账企业${i}`, { district: i % 5 === 0 ? 'chaoyang' : 'haidian', lastVisitAt }),
    );
  }
  await store.insert('companies', companyAt(other._id, `${FOREIGN}台账企业`));

  // 咨询档案 and 本站评价
  await seedRecord(store, NOW, own._id, ownCompany, {
    consultedAt: shanghaiInstant('2025-06-20', '08:05'),
    category: 'application',
    summary: '申请发明专利的流程',
  });
  await seedRecord(store, NOW, own._id, ownCompany, { consultedAt: shanghaiInstant('2025-06-21', '15:30') });
  await seedRecord(store, NOW, other._id, 'co-foreign', { companyName: `${FOREIGN}咨询企业` });
  for (const [n, stars] of [
    [1, 5],
    [2, 2],
    [3, 1],
  ] as const) {
    await store.insert('ratings', ratingAt(own._id, n, stars, '评价企业'));
  }
  await store.insert('ratings', ratingAt(other._id, 9, 1, `${FOREIGN}评价企业`));

  // 走访记录 and 回访: open ones due over the next days, one done last month.
  await seedVisit(store, NOW, own._id, ownCompany, { visitedAt: shanghaiInstant('2025-06-30', '23:50') });
  await seedVisit(store, NOW, own._id, 'co-elsewhere', { companyName: '另一家企业' });
  await seedVisit(store, NOW, other._id, 'co-foreign', { companyName: `${FOREIGN}走访企业` });
  await seedFollowUp(store, NOW, own._id, ownCompany, { dueInDays: 3 });
  await seedFollowUp(store, NOW, own._id, ownCompany, { dueInDays: -2 });
  const done = await seedFollowUp(store, NOW, own._id, ownCompany, { dueInDays: -30 });
  await store.update(
    'follow_ups',
    { _id: done },
    { set: { status: 'done', record: '已电话回访', doneAt: NOW - 29 * DAY } },
  );
  await seedFollowUp(store, NOW, other._id, 'co-foreign', { ownerId: 'u-foreign' });
  await store.update('follow_ups', { stationId: other._id }, { set: { companyName: `${FOREIGN}回访企业` } });

  // 服务需求, 咨询预约, 线索移交, 培训
  await seedRequest(store, NOW, own._id, ownCompany);
  await seedRequest(store, NOW, own._id, ownCompany, { status: 'closed' });
  await seedRequest(store, NOW, other._id, 'co-foreign', { overrides: { companyName: `${FOREIGN}需求企业` } });
  await seedBooking(store, NOW, own._id, ownCompany);
  await seedBooking(store, NOW, other._id, 'co-foreign');
  await store.update('bookings', { stationId: other._id }, { set: { companyName: `${FOREIGN}预约企业` } });
  await seedReferral(store, NOW, own._id, other._id, { summary: '本站移交的线索' });
  await seedReferral(store, NOW, other._id, own._id, { summary: '移交给本站的线索' });
  await seedReferral(store, NOW, other._id, 'st-city-center', { summary: `${FOREIGN}之间的线索` });
  await seedSession(store, NOW, own._id, { title: '专利检索实务', startAt: shanghaiInstant('2025-07-08', '14:00') });
  await seedSession(store, NOW, own._id, { title: '已取消的培训', status: 'cancelled' });
  await seedSession(store, NOW, other._id, { title: `${FOREIGN}培训` });

  // 专家库: more experts serving the station than one read returns; one serving only the other station.
  for (let i = 0; i < ROSTER_ROWS; i++) {
    await store.insert('expert_profiles', expertAt(i, [own._id], i % 10 === 0 ? { status: 'submitted' } : {}));
  }
  await store.insert('expert_profiles', expertAt(99_999, [other._id], { name: `${FOREIGN}专家` }));
}, 120_000);
afterAll(() => t.close());

describe('企业台账', () => {
  let file: Export;
  beforeAll(async () => {
    file = await exportOf('enterprise', 'exportLedger', {});
  }, 60_000);

  it("writes every company of the chief's station, past 1,000 rows, and none of another station", async () => {
    expect(file.header.slice(0, 4)).toEqual(['企业名称', '统一社会信用代码', '所在区', '行业']);
    expect(file.rows.length).toBeGreaterThan(LEDGER_ROWS);
    expect(file.rows).toHaveLength(await listTotal('enterprise', 'listLedger', {}));
    expect(mentionsForeign(file.rows)).toBe(false);
  });

  it('lists the never-visited first, then the longest unvisited, as the list does', () => {
    const visited = file.header.indexOf('最近走访');
    const firstVisited = file.rows.findIndex((r) => r[visited] !== '从未走访');
    expect(firstVisited).toBeGreaterThan(0);
    expect(file.rows.slice(firstVisited).every((r) => r[visited] !== '从未走访')).toBe(true);
    const times = file.rows.slice(firstVisited).map((r) => String(r[visited]));
    expect(times).toEqual([...times].sort());
  });

  it('is named for the station, the ledger and the Shanghai day', () => {
    expect(file.fileName).toBe(`${own.name}_企业台账_${TODAY}.xlsx`);
  });

  it('narrows the file as the list: one district, not visited for 90 days', async () => {
    const filters = { district: 'chaoyang', notVisitedDays: 90 };
    const narrowed = await exportOf('enterprise', 'exportLedger', filters);
    expect(narrowed.rows.length).toBeGreaterThan(0);
    expect(narrowed.rows.length).toBeLessThan(file.rows.length);
    expect(narrowed.rows).toHaveLength(await listTotal('enterprise', 'listLedger', filters));
    expect(narrowed.rows.every((r) => r[2] === '朝阳区')).toBe(true);
  });

  it("gives an admin the station they name: another station's ledger, none of the chief's", async () => {
    const theirs = await exportOf('enterprise', 'exportLedger', { stationId: other._id }, admin);
    expect(theirs.fileName).toBe(`${other.name}_企业台账_${TODAY}.xlsx`);
    expect(theirs.rows.map((r) => r[0])).toContain(`${FOREIGN}台账企业`);
    expect(theirs.rows.some((r) => String(r[0]).startsWith('台账企业'))).toBe(false);
  });

  it("refuses the chief another station's ledger", async () => {
    expectError(await t.call('enterprise', 'exportLedger', { stationId: other._id }, chief), 'FORBIDDEN');
  });
});

describe('咨询档案', () => {
  it('writes every record of the station, newest first, in Shanghai time; a category narrows it', async () => {
    const file = await exportOf('archive', 'exportRecords', {});
    expect(file.header.slice(0, 3)).toEqual(['咨询时间', '企业', '咨询人员']);
    expect(file.rows).toHaveLength(await listTotal('archive', 'listRecords', {}));
    expect(mentionsForeign(file.rows)).toBe(false);
    const times = file.rows.map((r) => String(r[0]));
    expect(times).toEqual([...times].sort().reverse());
    expect(file.fileName).toBe(`${own.name}_咨询档案_${TODAY}.xlsx`);

    const narrowed = await exportOf('archive', 'exportRecords', { category: 'application' });
    expect(narrowed.rows).toHaveLength(await listTotal('archive', 'listRecords', { category: 'application' }));
    expect(narrowed.rows.map((r) => r[0])).toContain('2025-06-20 08:05');
    expect(narrowed.rows.every((r) => r[4] === file.rows.find((x) => x[0] === '2025-06-20 08:05')![4])).toBe(true);
  });

  it("gives an admin every station's records under 全部站点, and refuses the chief another station's", async () => {
    const all = await exportOf('archive', 'exportRecords', {}, admin);
    expect(all.fileName).toBe(`全部站点_咨询档案_${TODAY}.xlsx`);
    expect(all.rows).toHaveLength(await listTotal('archive', 'listRecords', {}, admin));
    expect(mentionsForeign(all.rows)).toBe(true);
    expectError(await t.call('archive', 'exportRecords', { stationId: other._id }, chief), 'FORBIDDEN');
  });
});

describe('本站评价', () => {
  it("writes the station's ratings, newest first; 差评 only narrows it to 2 stars or fewer", async () => {
    const file = await exportOf('archive', 'exportRatings', { stationId: own._id });
    expect(file.header.slice(0, 2)).toEqual(['评价时间', '企业']);
    expect(file.rows).toHaveLength(await listTotal('archive', 'listRatings', { stationId: own._id }));
    const times = file.rows.map((r) => String(r[0]));
    expect(times).toEqual([...times].sort().reverse());
    expect(times).toContain('2025-06-13 10:00');
    expect(mentionsForeign(file.rows)).toBe(false);
    expect(file.fileName).toBe(`${own.name}_咨询评价_${TODAY}.xlsx`);

    const low = await exportOf('archive', 'exportRatings', { stationId: own._id, lowOnly: true });
    const stars = low.header.indexOf('星级');
    expect(low.rows).toHaveLength(await listTotal('archive', 'listRatings', { stationId: own._id, lowOnly: true }));
    expect(low.rows.map((r) => r[stars])).toEqual(expect.arrayContaining([2, 1]));
    expect(low.rows.every((r) => Number(r[stars]) <= 2)).toBe(true);
  });
});

describe('走访记录 and 回访', () => {
  it("writes the station's visits, newest first (23:50 on 30 June stays in June); one company narrows it", async () => {
    const file = await exportOf('visit', 'exportVisits', {});
    expect(file.header.slice(0, 3)).toEqual(['走访时间', '企业', '形式']);
    expect(file.rows).toHaveLength(await listTotal('visit', 'listVisits', {}));
    expect(file.rows.map((r) => r[0])).toContain('2025-06-30 23:50');
    expect(mentionsForeign(file.rows)).toBe(false);
    expect(file.fileName).toBe(`${own.name}_走访记录_${TODAY}.xlsx`);

    const one = await exportOf('visit', 'exportVisits', { companyId: 'co-elsewhere' });
    expect(one.rows.map((r) => r[1])).toEqual(['另一家企业']);
  });

  it("writes the station's follow-ups, open and done, by due date", async () => {
    const file = await exportOf('visit', 'exportFollowUps', {});
    const listed = expectOk(await t.call('visit', 'listFollowUps', { view: 'today', pageSize: 1 }, chief));
    const done = await listTotal('visit', 'listFollowUps', { view: 'done' });
    expect(file.header).toEqual(['到期日', '企业', '负责人', '来源', '回访事项', '状态', '回访记录', '完成时间']);
    expect(file.rows).toHaveLength(listed.counts.today + listed.counts.overdue + listed.counts.upcoming + done);
    const dates = file.rows.map((r) => String(r[0]));
    expect(dates).toEqual([...dates].sort());
    expect(file.rows).toContainEqual(expect.arrayContaining([addDays(shanghaiDate(NOW), -30), '已回访', '已电话回访']));
    expect(file.rows.map((r) => r[0])).toContain(addDays(shanghaiDate(NOW), 3));
    expect(mentionsForeign(file.rows)).toBe(false);
    expect(file.fileName).toBe(`${own.name}_回访_${TODAY}.xlsx`);
  });
});

describe('需求队列', () => {
  it("writes the station's requests; a status narrows it as it narrows the queue", async () => {
    const file = await exportOf('request', 'exportRequests', {});
    expect(file.header.slice(0, 4)).toEqual(['提交时间', '企业', '类别', '紧急程度']);
    expect(file.rows).toHaveLength(await listTotal('request', 'listRequests', {}));
    expect(mentionsForeign(file.rows)).toBe(false);
    expect(file.fileName).toBe(`${own.name}_服务需求_${TODAY}.xlsx`);

    const closed = await exportOf('request', 'exportRequests', { status: 'closed' });
    expect(closed.rows.length).toBeGreaterThan(0);
    expect(closed.rows).toHaveLength(await listTotal('request', 'listRequests', { status: 'closed' }));
    expect(closed.rows.every((r) => r[6] === '已办结')).toBe(true);
  });
});

describe('咨询预约', () => {
  it("writes the station's bookings, soonest first; a status narrows it", async () => {
    const file = await exportOf('consult', 'exportBookings', {});
    expect(file.header.slice(0, 4)).toEqual(['预约时间', '企业', '预约人', '咨询人员']);
    expect(file.rows).toHaveLength(await listTotal('consult', 'listBookings', {}));
    const times = file.rows.map((r) => String(r[0]));
    expect(times).toEqual([...times].sort());
    expect(mentionsForeign(file.rows)).toBe(false);
    expect(file.fileName).toBe(`${own.name}_咨询预约_${TODAY}.xlsx`);

    const booked = await exportOf('consult', 'exportBookings', { status: 'booked' });
    expect(booked.rows).toHaveLength(await listTotal('consult', 'listBookings', { status: 'booked' }));
    expect(booked.rows.every((r) => r[7] === '已预约')).toBe(true);
  });
});

describe('线索移交', () => {
  it("writes what the station sent and received, and a direction narrows it; never two other stations'", async () => {
    const file = await exportOf('referral', 'exportReferrals', {});
    expect(file.header.slice(0, 3)).toEqual(['移交时间', '移交站点', '来源']);
    expect(file.rows).toHaveLength(await listTotal('referral', 'listReferrals', {}));
    const summaries = file.rows.map((r) => r[4]);
    expect(summaries).toEqual(expect.arrayContaining(['本站移交的线索', '移交给本站的线索']));
    expect(mentionsForeign(file.rows)).toBe(false);
    expect(file.fileName).toBe(`${own.name}_线索移交_${TODAY}.xlsx`);

    const sent = await exportOf('referral', 'exportReferrals', { box: 'sent' });
    expect(sent.rows).toHaveLength(await listTotal('referral', 'listReferrals', { box: 'sent' }));
    expect(sent.rows.map((r) => r[4])).not.toContain('移交给本站的线索');
  });
});

describe('培训管理', () => {
  it('writes every session of the station, cancelled ones too, latest first', async () => {
    const file = await exportOf('training', 'exportSessions', { stationId: own._id });
    expect(file.header.slice(0, 3)).toEqual(['开始时间', '结束时间', '培训主题']);
    expect(file.rows).toHaveLength(await listTotal('training', 'listStationSessions', { stationId: own._id }));
    expect(file.rows.map((r) => r[2])).toEqual(expect.arrayContaining(['专利检索实务', '已取消的培训']));
    expect(file.rows).toContainEqual(expect.arrayContaining(['2025-07-08 14:00', '专利检索实务']));
    const starts = file.rows.map((r) => String(r[0]));
    expect(starts).toEqual([...starts].sort().reverse());
    expect(mentionsForeign(file.rows)).toBe(false);
    expect(file.fileName).toBe(`${own.name}_培训_${TODAY}.xlsx`);
  });
});

describe('专家库', () => {
  let file: Export;
  beforeAll(async () => {
    file = await exportOf('expert', 'exportExperts', {});
  }, 60_000);

  it('writes every expert serving the station, past 1,000 rows, and none serving only another', async () => {
    expect(file.header.slice(0, 3)).toEqual(['姓名', '单位', '职称']);
    expect(file.rows.length).toBeGreaterThan(ROSTER_ROWS - 1);
    expect(file.rows).toHaveLength(await listTotal('expert', 'listExperts', {}));
    expect(new Set(file.rows.map((r) => r[0])).size).toBe(file.rows.length);
    expect(mentionsForeign(file.rows)).toBe(false);
    expect(file.fileName).toBe(`${own.name}_专家库_${TODAY}.xlsx`);
  });

  it('narrows the file by status as the roster', async () => {
    const submitted = await exportOf('expert', 'exportExperts', { status: 'submitted' });
    expect(submitted.rows.length).toBeGreaterThan(100);
    expect(submitted.rows).toHaveLength(await listTotal('expert', 'listExperts', { status: 'submitted' }));
    expect(submitted.rows.every((r) => r[7] === '待备案')).toBe(true);
  });
});
