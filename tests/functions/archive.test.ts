/**
 * The consultation itself, through the runtime with a test clock: the consultant's day
 * (consult.listMyDay), no-shows (consult.markNoShow), the archive record written from a booking
 * or for a walk-in (archive.createRecord), and reading and searching the archive
 * (archive.listRecords / getRecord / findCompanies) — who may do what, that closing a booking
 * gives the company's quota back in the same transaction, one record per booking, text search,
 * and that the internal note never reaches the company.
 */
import type { Booking, ConsultationRecord, DayBooking, LedgerCompany } from '../../core/contract';
import type { Caller } from '../../core/ports';
import type { WeeklyRule } from '../../core/rules/slots';
import { HOUR_MS, MINUTE_MS, addDays, shanghaiDate, shanghaiInstant } from '../../core/rules/time';
import type { BookingDoc, BookingQuotaDoc, CompanyDoc, ConsultationRecordDoc } from '../../core/store/docs';
import type { CollectionName } from '../../core/store/schema';
import type { Handlers } from '../../cloudfunctions/_shared/runtime';
import { recordsQuery } from '../../cloudfunctions/archive/records-query';
import { handlers as archiveHandlers } from '../../cloudfunctions/archive/handlers';
import { seedRecord } from '../support/archive-seed';
import { failed, ok } from '../support/envelope';
import { newCreditCode, newRequestId, OTHER_STATION, OWN_STATION } from '../support/fixtures';
import { createWorld, OTHER_COMPANY, seedCompany, seedMember, type Actor, type World } from '../support/world';

/** Every day 09:00–17:00 in 30-minute slots, on site. */
const DAYTIME: WeeklyRule[] = [
  {
    weekdays: [1, 2, 3, 4, 5, 6, 7],
    start: '09:00',
    end: '17:00',
    slotMinutes: 30,
    channel: 'onsite',
    location: '一楼',
  },
];

let world: World;
beforeAll(async () => {
  world = await createWorld();
});
afterAll(() => world.close());

const now = () => world.clock.now();
/** A Shanghai wall-clock time `days` days after today (Shanghai). */
const at = (days: number, hhmm: string) => shanghaiInstant(addDays(shanghaiDate(now()), days), hhmm);

const consult = (action: string, input: Record<string, unknown>, actor: Actor | null) =>
  world.run('consult', { action, ...input }, actor);
const archive = (action: string, input: Record<string, unknown>, actor: Actor | null) =>
  world.run('archive', { action, ...input }, actor);

interface Staff extends Actor {
  companyId: string;
}

async function companyStaff(stationId = OWN_STATION): Promise<Staff> {
  const companyId = await seedCompany(world.store, now(), stationId);
  const staff = await seedMember(world.store, now(), 'company', { companyId }, '企业联系人');
  return { ...staff, companyId };
}

async function consultant(role: 'expert' | 'liaison' = 'expert', name = '赵专家', stationId = OWN_STATION) {
  const actor = await seedMember(world.store, now(), role, { stationId }, name);
  ok(
    await consult('saveAvailability', { stationId, consultantId: actor.userId, rules: DAYTIME, exceptions: [] }, actor),
  );
  return actor;
}

const member = (role: 'chief' | 'liaison' | 'expert' | 'admin', stationId = OWN_STATION, name?: string) =>
  seedMember(world.store, now(), role, role === 'admin' ? {} : { stationId }, name);

const book = async (staff: Staff, consultantId: string, slotStart: number) =>
  ok<Booking>(
    await consult(
      'book',
      {
        clientRequestId: newRequestId('book'),
        stationId: OWN_STATION,
        consultantId,
        slotStart,
        topic: 'application',
        question: '想咨询发明专利申请需要准备哪些材料',
      },
      staff,
    ),
  );

const quotaOf = async (companyId: string) =>
  (await world.store.get<BookingQuotaDoc>('booking_quota', `${companyId}:${OWN_STATION}`))?.open ?? 0;
const holdOf = (b: Booking) => world.store.get('slot_holds', `${b.consultantId}:${b.start}`);

const CONTENT = {
  category: 'application',
  summary: '企业拟申请发明专利，询问材料准备',
  answer: '建议先做查新检索，再准备申请文件',
  durationMinutes: 30,
};

const fromBooking = (bookingId: string, extra: Record<string, unknown> = {}) => ({
  clientRequestId: newRequestId('record'),
  bookingId,
  ...CONTENT,
  ...extra,
});

const walkIn = (extra: Record<string, unknown>) => ({
  clientRequestId: newRequestId('walkin'),
  channel: 'online',
  ...CONTENT,
  ...extra,
});

const WRITTEN: CollectionName[] = [
  'bookings',
  'slot_holds',
  'booking_quota',
  'consultation_records',
  'companies',
  'requests_log',
  'audit_log',
  'notifications',
];
async function writtenCounts(): Promise<Record<string, number>> {
  return Object.fromEntries(await Promise.all(WRITTEN.map(async (c) => [c, await world.store.count(c)] as const)));
}

const noticesOf = (userId: string, kind: string) =>
  world.store.find<{ _id: string; title: string; body: string; link?: string }>('notifications', {
    where: { userId, kind },
  });

describe('今日咨询 (consult.listMyDay)', () => {
  it("lists the consultant's own bookings of the day, soonest first; the chief sees the station's", async () => {
    const [a, b] = [await consultant('expert', '甲专家'), await consultant('liaison', '乙联络')];
    const [staff, other] = [await companyStaff(), await companyStaff()];
    const late = await book(staff, a.userId, at(0, '16:00'));
    const early = await book(staff, a.userId, at(0, '14:00'));
    const theirs = await book(other, b.userId, at(0, '15:00'));
    const tomorrow = await book(other, a.userId, at(1, '10:00'));

    const day = ok<{ date: string; now: number; bookings: DayBooking[] }>(await consult('listMyDay', {}, a));
    expect(day.date).toBe(shanghaiDate(now()));
    expect(day.now).toBe(now());
    expect(day.bookings.map((x) => x.id)).toEqual([early.id, late.id]);
    expect(day.bookings[0]).toMatchObject({
      companyName: expect.stringContaining('测试企业'),
      topic: 'application',
      question: '想咨询发明专利申请需要准备哪些材料',
      status: 'booked',
    });

    const next = ok<{ bookings: DayBooking[] }>(await consult('listMyDay', { date: addDays(day.date, 1) }, a));
    expect(next.bookings.map((x) => x.id)).toEqual([tomorrow.id]);

    const chief = await member('chief');
    const station = ok<{ bookings: DayBooking[] }>(await consult('listMyDay', {}, chief)).bookings.map((x) => x.id);
    expect(station).toEqual(expect.arrayContaining([early.id, theirs.id, late.id]));
    expect(station.indexOf(early.id)).toBeLessThan(station.indexOf(theirs.id));

    failed(await consult('listMyDay', {}, staff), 'FORBIDDEN');
  });

  it('marks a done booking with the id of its record', async () => {
    const expert = await consultant();
    const staff = await companyStaff();
    const booking = await book(staff, expert.userId, at(0, '13:00'));
    const record = ok<ConsultationRecord>(await archive('createRecord', fromBooking(booking.id), expert));
    const day = ok<{ bookings: DayBooking[] }>(await consult('listMyDay', {}, expert));
    expect(day.bookings).toEqual([expect.objectContaining({ id: booking.id, status: 'done', recordId: record.id })]);
    expect(record.id).toBe(`booking:${booking.id}`);
  });
});

describe('no-show (consult.markNoShow)', () => {
  it('only once the consultation has started: before, CONFLICT in Chinese and nothing written', async () => {
    const expert = await consultant();
    const staff = await companyStaff();
    const booking = await book(staff, expert.userId, at(1, '09:00'));
    const before = await writtenCounts();
    const error = failed(await consult('markNoShow', { bookingId: booking.id }, expert), 'CONFLICT');
    expect(error.message).toMatch(/^咨询尚未开始（.*09:00–09:30），开始后才能标记未到场$/);
    expect(await writtenCounts()).toEqual(before);
  });

  it('by the assigned consultant: status, history, the quota released in one go; the hold stays', async () => {
    const expert = await consultant();
    const other = await consultant('expert', '钱专家');
    const staff = await companyStaff();
    const booking = await book(staff, expert.userId, at(0, '11:30'));
    world.clock.advance(booking.start + 10 * MINUTE_MS - now());

    failed(await consult('markNoShow', { bookingId: booking.id }, staff), 'FORBIDDEN');
    failed(await consult('markNoShow', { bookingId: booking.id }, other), 'FORBIDDEN');
    expect(await quotaOf(staff.companyId)).toBe(1);

    const marked = ok<Booking>(await consult('markNoShow', { bookingId: booking.id }, expert));
    expect(marked.status).toBe('no_show');
    expect(marked.history.map((h) => h.event)).toEqual(['booked', 'no_show']);
    expect(marked.history.at(-1)).toMatchObject({ by: expert.userId, at: now() });
    expect(await world.store.get<BookingDoc>('bookings', booking.id)).toMatchObject({ status: 'no_show' });
    expect(await quotaOf(staff.companyId)).toBe(0);
    expect(await holdOf(booking)).toMatchObject({ bookingId: booking.id });
    const [notice] = await noticesOf(staff.userId, 'booking.no_show');
    expect(notice!.body).toContain('未到场');

    const again = failed(await consult('markNoShow', { bookingId: booking.id }, expert), 'CONFLICT');
    expect(again.message).toBe('该预约已标记为未到场，请刷新查看');
    failed(await archive('createRecord', fromBooking(booking.id), expert), 'CONFLICT');
  });

  it('a company at its limit can book again once one is marked no-show (or done)', async () => {
    const expert = await consultant();
    const staff = await companyStaff();
    const first = await book(staff, expert.userId, at(0, '14:00'));
    const second = await book(staff, expert.userId, at(1, '09:00'));
    await book(staff, expert.userId, at(1, '09:30'));
    failed(
      await consult(
        'book',
        {
          clientRequestId: newRequestId('book'),
          stationId: OWN_STATION,
          consultantId: expert.userId,
          slotStart: at(1, '10:00'),
          topic: 'application',
          question: '第四个预约应被拒绝',
        },
        staff,
      ),
      'CONFLICT',
    );

    world.clock.advance(first.start + MINUTE_MS - now());
    const chief = await member('chief');
    ok(await consult('markNoShow', { bookingId: first.id }, chief));
    expect(await quotaOf(staff.companyId)).toBe(2);
    await book(staff, expert.userId, at(1, '10:00'));
    expect(await quotaOf(staff.companyId)).toBe(3);

    ok(await archive('createRecord', fromBooking(second.id), expert));
    expect(await quotaOf(staff.companyId)).toBe(2);
    await book(staff, expert.userId, at(1, '10:30'));
    expect(await quotaOf(staff.companyId)).toBe(3);
  });
});

describe('the archive record of a booking (archive.createRecord)', () => {
  it('closes the booking as done, with history, the quota released and the company told', async () => {
    const expert = await consultant();
    const staff = await companyStaff();
    const booking = await book(staff, expert.userId, at(2, '10:00'));
    const record = ok<ConsultationRecord>(
      await archive(
        'createRecord',
        fromBooking(booking.id, {
          followUp: true,
          followUpDate: addDays(shanghaiDate(booking.start), 7),
          internalNote: '企业预算有限，建议优先国内申请',
        }),
        expert,
      ),
    );
    expect(record).toMatchObject({
      view: 'station',
      id: `booking:${booking.id}`,
      bookingId: booking.id,
      stationId: OWN_STATION,
      companyId: staff.companyId,
      consultantId: expert.userId,
      consultantName: '赵专家',
      consultedAt: booking.start,
      channel: 'onsite',
      ...CONTENT,
      followUp: true,
      followUpDate: addDays(shanghaiDate(booking.start), 7),
      attachments: [],
      rightsClue: false,
      internalNote: '企业预算有限，建议优先国内申请',
      createdBy: expert.userId,
    });
    const closed = await world.store.get<BookingDoc>('bookings', booking.id);
    expect(closed).toMatchObject({ status: 'done' });
    expect(closed!.history.map((h) => h.event)).toEqual(['booked', 'done']);
    expect(await quotaOf(staff.companyId)).toBe(0);
    expect(await holdOf(booking)).toMatchObject({ bookingId: booking.id });
    const [notice] = await noticesOf(staff.userId, 'record.archived');
    expect(notice).toMatchObject({ title: '咨询记录已归档' });
    expect(notice!.link).toBe(`/packages/consult/pages/record/index?recordId=booking%3A${booking.id}`);
  });

  it('one record per booking: a second one is CONFLICT; a retry of the same submission is the first', async () => {
    const expert = await consultant();
    const staff = await companyStaff();
    const booking = await book(staff, expert.userId, at(2, '11:00'));
    const input = fromBooking(booking.id);
    const first = ok<ConsultationRecord>(await archive('createRecord', input, expert));
    expect(ok<ConsultationRecord>(await archive('createRecord', input, expert))).toEqual(first);

    const before = await writtenCounts();
    const chief = await member('chief');
    const error = failed(await archive('createRecord', fromBooking(booking.id), chief), 'CONFLICT');
    expect(error.message).toBe('该预约已完成并写过咨询记录，请刷新查看');
    expect(await writtenCounts()).toEqual(before);
    expect(await world.store.count('consultation_records', { bookingId: booking.id })).toBe(1);
  });

  it('is one transaction: when the record cannot be inserted, the booking stays open and counted', async () => {
    const expert = await consultant();
    const staff = await companyStaff();
    const booking = await book(staff, expert.userId, at(2, '11:30'));
    // A record already holds the id (say, from a run that crashed between two writes).
    await world.store.insert('consultation_records', { _id: `booking:${booking.id}`, stray: true });
    const before = await writtenCounts();
    const error = failed(await archive('createRecord', fromBooking(booking.id), expert), 'CONFLICT');
    expect(error.message).toBe('该预约已有咨询记录，不能重复填写');
    expect(await world.store.get<BookingDoc>('bookings', booking.id)).toMatchObject({
      status: 'booked',
      history: [expect.objectContaining({ event: 'booked' })],
    });
    expect(await quotaOf(staff.companyId)).toBe(1);
    expect(await writtenCounts()).toEqual(before);
    await world.store.remove('consultation_records', { _id: `booking:${booking.id}` });
  });

  it('is written by the assigned consultant or the chief; not by a company, another consultant or an admin', async () => {
    const expert = await consultant();
    const staff = await companyStaff();
    const booking = await book(staff, expert.userId, at(3, '09:00'));
    const refused = [
      staff,
      await consultant('liaison', '孙联络'),
      await member('admin'),
      await member('chief', OTHER_STATION),
    ];
    const before = await writtenCounts();
    for (const actor of refused) {
      failed(await archive('createRecord', fromBooking(booking.id), actor), 'FORBIDDEN');
    }
    expect(await writtenCounts()).toEqual(before);

    const chief = await member('chief', OWN_STATION, '周站长');
    const record = ok<ConsultationRecord>(await archive('createRecord', fromBooking(booking.id), chief));
    expect(record).toMatchObject({ consultantId: expert.userId, createdByName: '周站长' });
    // The consultant hears of it (they did not write it), as does the company.
    expect(await noticesOf(expert.userId, 'record.archived')).toHaveLength(1);
  });

  it.each([
    ['another company beside the booking', { companyId: OTHER_COMPANY }, 'companyId', /企业以预约为准/],
    ['another consultant', { consultantId: 'u-someone' }, 'consultantId', /咨询人员以预约为准/],
    ['a time of its own', { consultedAt: 1 }, 'consultedAt', /以预约时段为准/],
    ['a follow-up without a date', { followUp: true }, 'followUpDate', /请选择回访日期/],
    ['a follow-up before the consultation', { followUp: true, followUpDate: '2020-01-01' }, 'followUpDate', /不能早于/],
    ['a summary over 1000 characters', { summary: '问'.repeat(1001) }, 'summary', /问题摘要/],
    ['a duration of 0', { durationMinutes: 0 }, 'durationMinutes', /咨询时长/],
    ['an unknown category', { category: 'gossip' }, 'category', /咨询类别/],
  ])('bad input (%s) is INVALID_INPUT naming the field, nothing written', async (_name, extra, field, says) => {
    const expert = await consultant();
    const staff = await companyStaff();
    const booking = await book(staff, expert.userId, at(3, '10:00'));
    const before = await writtenCounts();
    const error = failed(await archive('createRecord', fromBooking(booking.id, extra), expert), 'INVALID_INPUT');
    expect(error.fields?.[field]).toMatch(says);
    expect(await writtenCounts()).toEqual(before);
    expect(await world.store.get<BookingDoc>('bookings', booking.id)).toMatchObject({ status: 'booked' });
  });

  it('tells the station chief about a rights-protection clue to refer on', async () => {
    const chief = await member('chief', OWN_STATION);
    const expert = await consultant();
    const staff = await companyStaff();
    const booking = await book(staff, expert.userId, at(3, '11:00'));
    const record = ok<ConsultationRecord>(
      await archive('createRecord', fromBooking(booking.id, { rightsClue: true }), expert),
    );
    expect(record.rightsClue).toBe(true);
    const [notice] = await noticesOf(chief.userId, 'record.rights_clue');
    expect(notice).toMatchObject({ title: '维权线索待转介' });
  });
});

describe('walk-in, phone and online consultations (archive.createRecord without a booking)', () => {
  it("for a company of the station's ledger, given by the caller", async () => {
    const liaison = await consultant('liaison', '李联络');
    const companyId = await seedCompany(world.store, now(), OWN_STATION);
    const consultedAt = now() - HOUR_MS;
    const record = ok<ConsultationRecord>(
      await archive('createRecord', walkIn({ companyId, consultedAt, channel: 'phone' }), liaison),
    );
    expect(record).toMatchObject({
      view: 'station',
      stationId: OWN_STATION,
      companyId,
      consultantId: liaison.userId,
      consultantName: '李联络',
      consultedAt,
      channel: 'phone',
    });
    expect(record.id).toMatch(/^walkin:[A-Za-z0-9_-]{32}$/);
    expect(record.bookingId).toBeUndefined();
  });

  it('for a company met for the first time: added to the ledger (confirmed) with the record, atomically', async () => {
    const expert = await consultant('expert', '吴专家');
    const creditCode = newCreditCode();
    const record = ok<ConsultationRecord>(
      await archive(
        'createRecord',
        walkIn({ newCompany: { name: '北京初见科技有限公司', creditCode, contactName: '钱经理' } }),
        expert,
      ),
    );
    const [company] = await world.store.find<CompanyDoc>('companies', { where: { creditCode } });
    expect(company).toMatchObject({
      _id: record.companyId,
      name: '北京初见科技有限公司',
      stationId: OWN_STATION,
      status: 'confirmed',
      district: 'haidian',
      contactName: '钱经理',
      createdBy: expert.userId,
    });
    expect(company!.joinCode).toMatch(/^[A-Z2-9]{8}$/);
    expect(record).toMatchObject({ companyName: '北京初见科技有限公司', channel: 'online' });

    // The same credit code again: the registered company, not a second one.
    const again = ok<ConsultationRecord>(
      await archive('createRecord', walkIn({ newCompany: { name: '别名', creditCode } }), expert),
    );
    expect(again.companyId).toBe(record.companyId);
    expect(await world.store.count('companies', { creditCode })).toBe(1);
  });

  it('a retry of one submission never archives twice, even without the request log', async () => {
    const liaison = await consultant('liaison');
    const creditCode = newCreditCode();
    const input = walkIn({ newCompany: { name: '北京重试科技有限公司', creditCode } });
    const first = ok<ConsultationRecord>(await archive('createRecord', input, liaison));
    const before = await writtenCounts();
    expect(ok<ConsultationRecord>(await archive('createRecord', input, liaison))).toEqual(first);
    expect(await writtenCounts()).toEqual(before);

    // The deterministic id alone: drop the runtime's log of the first result and submit again.
    await world.store.remove('requests_log', { _id: { $ne: '' } });
    const replay = ok<ConsultationRecord>(await archive('createRecord', input, liaison));
    expect(replay.id).toBe(first.id);
    expect(await world.store.count('consultation_records', { companyId: first.companyId })).toBe(1);
    expect(await world.store.count('companies', { creditCode })).toBe(1);
  });

  it('the chief may name one of the station’s consultants; a liaison only themself', async () => {
    const expert = await consultant('expert', '郑专家');
    const chief = await member('chief');
    const companyId = await seedCompany(world.store, now(), OWN_STATION);
    const record = ok<ConsultationRecord>(
      await archive('createRecord', walkIn({ companyId, consultantId: expert.userId }), chief),
    );
    expect(record).toMatchObject({ consultantId: expert.userId, consultantName: '郑专家' });

    const liaison = await consultant('liaison');
    const outsider = await companyStaff();
    const before = await writtenCounts();
    failed(await archive('createRecord', walkIn({ companyId, consultantId: expert.userId }), liaison), 'FORBIDDEN');
    const error = failed(
      await archive('createRecord', walkIn({ companyId, consultantId: outsider.userId }), chief),
      'INVALID_INPUT',
    );
    expect(error.fields?.consultantId).toContain('咨询人员');
    failed(await archive('createRecord', walkIn({ companyId }), outsider), 'FORBIDDEN');
    expect(await writtenCounts()).toEqual(before);
  });

  it.each([
    ['no company', {}, 'companyId', /请选择企业/],
    ['a company of another station', { companyId: OTHER_COMPANY }, 'companyId', /不在本站台账/],
    ['a company that does not exist', { companyId: 'co-none' }, 'companyId', /不在本站台账/],
    [
      'both a company and a new one',
      { companyId: OTHER_COMPANY, newCompany: { name: '北京两可科技有限公司', creditCode: '91110108MA0000000A' } },
      'newCompany',
      /二者选其一/,
    ],
    [
      'a new company with a bad credit code',
      { newCompany: { name: '北京坏码公司', creditCode: '123' } },
      'newCompany.creditCode',
      /统一社会信用代码/,
    ],
    ['no channel', { companyId: 'co-own', channel: undefined }, 'channel', /请选择咨询方式/],
    ['a time in the future', { companyId: 'co-own', consultedAt: Date.UTC(2099, 0, 1) }, 'consultedAt', /不能晚于现在/],
    [
      'ten attachments',
      { companyId: 'co-own', attachments: Array.from({ length: 10 }, (_, i) => `up_${i}`) },
      'attachments',
      /附件：最多 9 个/,
    ],
    [
      'an internal note over 500 characters',
      { companyId: 'co-own', internalNote: '注'.repeat(501) },
      'internalNote',
      /内部备注/,
    ],
  ])('bad input (%s) is INVALID_INPUT naming the field, nothing written', async (_name, extra, field, says) => {
    const liaison = await consultant('liaison');
    const before = await writtenCounts();
    const error = failed(await archive('createRecord', walkIn(extra), liaison), 'INVALID_INPUT');
    expect(error.fields?.[field]).toMatch(says);
    expect(await writtenCounts()).toEqual(before);
  });
});

describe('reading the archive (archive.listRecords / getRecord)', () => {
  type Page = { items: ConsultationRecord[]; total: number; page: number; pageSize: number };
  const list = async (actor: Actor, input: Record<string, unknown> = {}) =>
    ok<Page>(await archive('listRecords', { pageSize: 50, ...input }, actor));
  const ids = (page: Page) => page.items.map((r) => r.id);

  let e1: Actor;
  let e2: Actor;
  let a: Staff;
  let b: Staff;
  let records: Record<string, string>;
  beforeAll(async () => {
    e1 = await member('expert', OWN_STATION, '一号专家');
    e2 = await member('expert', OWN_STATION, '二号专家');
    [a, b] = [await companyStaff(), await companyStaff()];
    const foreign = await companyStaff(OTHER_STATION);
    const t = now();
    const seed = (companyId: string, consultant: Actor, days: number, extra: Partial<ConsultationRecordDoc>) =>
      seedRecord(world.store, t, OWN_STATION, companyId, {
        consultantId: consultant.userId,
        consultedAt: shanghaiInstant(addDays('2025-01-01', days), '10:00'),
        ...extra,
      });
    records = {
      a1: await seed(a.companyId, e1, 0, { category: 'application', answer: '建议通过 PCT 途径进入欧洲' }),
      a2: await seed(a.companyId, e2, 5, {
        category: 'dispute',
        summary: '收到侵权警告函',
        answer: '先评估不侵权抗辩',
      }),
      a3: await seed(a.companyId, e1, 10, { category: 'finance', answer: '可办理专利质押融资', internalNote: '' }),
      b1: await seed(b.companyId, e2, 7, { category: 'application', answer: '商标先行检索' }),
      f1: await seedRecord(world.store, t, OTHER_STATION, foreign.companyId, { answer: '外站点的记录 pct' }),
    };
  });

  it('a company reads its own, newest first, and never the internal note', async () => {
    const page = await list(a);
    expect(ids(page)).toEqual([records.a3, records.a2, records.a1]);
    expect(page.total).toBe(3);
    for (const item of page.items) {
      expect(item.view).toBe('company');
      expect(Object.keys(item)).not.toContain('internalNote');
      expect(Object.keys(item)).not.toContain('createdBy');
    }
    const one = ok<ConsultationRecord>(await archive('getRecord', { recordId: records.a1 }, a));
    expect(one.view).toBe('company');
    expect(Object.keys(one)).not.toContain('internalNote');
    // The station sees the note the seed wrote.
    const chief = await member('chief');
    expect(ok<ConsultationRecord>(await archive('getRecord', { recordId: records.a1 }, chief))).toMatchObject({
      view: 'station',
      internalNote: '企业对续展费用较敏感',
    });
  });

  it("another company's archive is FORBIDDEN, by list filter or by id", async () => {
    const error = failed(await archive('listRecords', { companyId: b.companyId }, a), 'FORBIDDEN');
    expect(error.message).toBe('您只能查看本企业的咨询档案');
    failed(await archive('getRecord', { recordId: records.b1 }, a), 'FORBIDDEN');
    failed(await archive('getRecord', { recordId: 'walkin:none' }, a), 'NOT_FOUND');
  });

  it('an expert sees only the records they gave; a liaison and the chief the station; an admin all', async () => {
    expect(ids(await list(e1))).toEqual([records.a3, records.a1]);
    expect(ids(await list(e2))).toEqual([records.b1, records.a2]);
    failed(await archive('getRecord', { recordId: records.a2 }, e1), 'FORBIDDEN');
    failed(await archive('listRecords', { consultantId: e2.userId }, e1), 'FORBIDDEN');

    const liaison = await member('liaison');
    const station = await list(liaison);
    expect(ids(station)).toEqual(expect.arrayContaining([records.a1, records.a2, records.a3, records.b1]));
    expect(ids(station)).not.toContain(records.f1);
    expect(station.items.every((r) => r.view === 'station' && r.stationId === OWN_STATION)).toBe(true);
    failed(await archive('listRecords', { stationId: OTHER_STATION }, liaison), 'FORBIDDEN');
    failed(await archive('getRecord', { recordId: records.f1 }, liaison), 'FORBIDDEN');

    const admin = await member('admin');
    expect((await list(admin)).total).toBe(await world.store.count('consultation_records'));
    expect(ids(await list(admin, { stationId: OTHER_STATION }))).toContain(records.f1);
  });

  it('searches by company, category, consultant, date range and text, together', async () => {
    const chief = await member('chief');
    expect(ids(await list(chief, { companyId: a.companyId }))).toEqual([records.a3, records.a2, records.a1]);
    expect(ids(await list(chief, { companyId: a.companyId, category: 'application' }))).toEqual([records.a1]);
    expect(ids(await list(chief, { consultantId: e2.userId, companyId: a.companyId }))).toEqual([records.a2]);
    // Inclusive Shanghai dates: 2025-01-06 … 2025-01-08 holds a2 (day 5) and b1 (day 7).
    expect(ids(await list(chief, { from: '2025-01-06', to: '2025-01-08' }))).toEqual([records.b1, records.a2]);
    expect(ids(await list(chief, { from: '2025-01-11', to: '2025-01-11' }))).toEqual([records.a3]);
    // A substring of the answer, any case; of the summary; combined with a filter.
    expect(ids(await list(chief, { keyword: 'pct' }))).toEqual([records.a1]);
    expect(ids(await list(chief, { keyword: '质押' }))).toEqual([records.a3]);
    expect(ids(await list(chief, { keyword: '侵权警告' }))).toEqual([records.a2]);
    expect(ids(await list(chief, { keyword: '先行检索', category: 'application' }))).toEqual([records.b1]);
    expect(ids(await list(chief, { keyword: '先行检索', category: 'finance' }))).toEqual([]);
    expect((await list(chief, { keyword: '没有这样的内容' })).total).toBe(0);

    const error = failed(
      await archive('listRecords', { from: '2025-02-01', to: '2025-01-01' }, chief),
      'INVALID_INPUT',
    );
    expect(error.fields?.to).toContain('结束日期');
  });

  it('paginates: pages tile the list with the total', async () => {
    const chief = await member('chief');
    const all = ids(await list(chief, { companyId: a.companyId }));
    const pages = [];
    for (let page = 1; page <= 2; page++) {
      pages.push(ok<Page>(await archive('listRecords', { companyId: a.companyId, page, pageSize: 2 }, chief)));
    }
    expect(pages.map((p) => p.total)).toEqual([3, 3]);
    expect(pages.flatMap(ids)).toEqual(all);
  });

  it("the contract strips an internal note from the company's view even if a handler passed it", async () => {
    const leaky: Handlers<'archive'> = {
      ...archiveHandlers,
      getRecord: async () =>
        ({
          ...(ok<ConsultationRecord>(await archive('getRecord', { recordId: records.a1 }, a)) as object),
          internalNote: '不该给企业看的',
          createdBy: 'u-secret',
        }) as ConsultationRecord,
    };
    const env = await world.run('archive', { action: 'getRecord', recordId: records.a1 }, a, leaky as never);
    const data = ok<Record<string, unknown>>(env);
    expect(data.view).toBe('company');
    expect(data).not.toHaveProperty('internalNote');
    expect(data).not.toHaveProperty('createdBy');
  });

  it("serves every role's query and each filter from a declared index", async () => {
    const caller = (acting: Omit<NonNullable<Caller['acting']>, 'id'>): Caller => ({
      userId: 'u1',
      displayName: 'x',
      memberships: [],
      acting: { id: `m-${acting.role}`, ...acting },
    });
    const scopes = {
      company: caller({ role: 'company', companyId: 'c1' }),
      liaison: caller({ role: 'liaison', stationId: OWN_STATION }),
      expert: caller({ role: 'expert', stationId: OWN_STATION }),
      admin: caller({ role: 'admin' }),
    };
    const filters = [
      {},
      { companyId: 'c2' },
      { category: 'finance' as const },
      { consultantId: 'u2' },
      { from: '2025-01-01', to: '2025-01-31' },
      { keyword: '专利' },
    ];
    for (const [role, who] of Object.entries(scopes)) {
      for (const filter of filters) {
        // Refused, never queried: a company naming another company, an expert another consultant.
        if (role === 'company' && 'companyId' in filter) continue;
        if (role === 'expert' && 'consultantId' in filter) continue;
        const plan = world.store.queryPlan('consultation_records', { ...recordsQuery(who, filter), limit: 20 });
        expect([role, filter, plan.join('\n')]).toEqual([
          role,
          filter,
          'keyword' in filter
            ? // The text search is a lookup in the text index (server/store/sqlite-text.ts).
              expect.stringContaining('SCAN consultation_records__text VIRTUAL TABLE')
            : expect.stringMatching(
                /(SEARCH|SCAN) consultation_records USING (COVERING )?INDEX ix_consultation_records_/,
              ),
        ]);
      }
    }
  });
});

describe('the station ledger for the record form (archive.findCompanies)', () => {
  it("lists the station's companies by name, narrowed by part of the name or the credit code", async () => {
    const expert = await member('expert');
    const creditCode = newCreditCode();
    const liaison = await consultant('liaison');
    ok(await archive('createRecord', walkIn({ newCompany: { name: '北京甲乙丙检索有限公司', creditCode } }), liaison));
    const find = async (keyword?: string) =>
      ok<{ items: LedgerCompany[]; total: number }>(
        await archive(
          'findCompanies',
          { stationId: OWN_STATION, ...(keyword ? { keyword } : {}), pageSize: 50 },
          expert,
        ),
      );
    const all = await find();
    expect(all.items.map((c) => c.name)).toEqual([...all.items.map((c) => c.name)].sort());
    expect((await find('甲乙丙')).items).toEqual([
      expect.objectContaining({ name: '北京甲乙丙检索有限公司', creditCode, status: 'confirmed' }),
    ]);
    expect((await find(creditCode.slice(-6).toLowerCase())).items.map((c) => c.creditCode)).toEqual([creditCode]);
    expect(all.items.map((c) => c.id)).not.toContain(OTHER_COMPANY);
    failed(await archive('findCompanies', { stationId: OTHER_STATION }, expert), 'FORBIDDEN');

    // Served by the declared (stationId, name) index, the text test running over its rows.
    const plan = world.store.queryPlan('companies', {
      where: { stationId: OWN_STATION, $or: [{ name: { $contains: '甲' } }, { creditCode: { $contains: '甲' } }] },
      orderBy: [['name', 'asc']],
      limit: 20,
    });
    expect(plan.join('\n')).toMatch(/SEARCH companies USING INDEX ix_companies_stationId_name__id\b/);
  });
});
