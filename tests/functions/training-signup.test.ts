/**
 * 100 people sign up for a 30-seat training at the same moment, through the host over HTTP (real
 * Fastify, real SQLite, 100 registered accounts). The database settles it: exactly 30 seats in
 * the order the database took the sign-ups, 70 on the waitlist behind them, never a 31st seat.
 * Cancellations hand their seats to the first waiting; the list exports to Excel intact.
 */
import { Workbook } from 'exceljs';
import type { Signup } from '../../core/contract';
import type { NotificationDoc, SignupDoc, TrainingSessionDoc } from '../../core/store/docs';
import { newRequestId, OWN_STATION } from '../support/fixtures';
import { expectError, expectOk, startTestHost, type Reply, type TestHost } from '../support/host';
import { seedCheckin, sessionForm } from '../support/training-seed';

const RACERS = 100;
const CAPACITY = 30;
const TITLE = '专利申请实务（并发报名）';

let t: TestHost;
let chief: string;
let sessionId: string;
let racers: Array<{ token: string; userId: string; mobile: string }>;

const mobileOf = (i: number) => `1390000${String(i).padStart(4, '0')}`;

beforeAll(async () => {
  t = await startTestHost();
  chief = await t.login('chief');
  const created = expectOk(
    await t.call(
      'training',
      'createSession',
      {
        clientRequestId: newRequestId('race-session'),
        stationId: OWN_STATION,
        ...sessionForm(t.clock.now(), { capacity: CAPACITY, title: TITLE }),
      },
      chief,
    ),
  );
  sessionId = created.id;
  racers = await Promise.all(
    Array.from({ length: RACERS }, async (_, i) => {
      const session = await t.register(`trainee${i}`, `学员${i}`);
      return { token: session.token, userId: session.user.id, mobile: mobileOf(i) };
    }),
  );
}, 120_000);
afterAll(() => t.close());

const sessionDoc = async () => (await t.host.store.get<TrainingSessionDoc>('trainings', sessionId))!;
const signupsWith = (status: SignupDoc['status']) =>
  t.host.store.find<SignupDoc>('signups', { where: { sessionId, status }, orderBy: [['seq', 'asc']], limit: 1000 });

describe(`${RACERS} sign-ups at once for ${CAPACITY} seats`, () => {
  let replies: Reply<Signup>[];

  beforeAll(async () => {
    replies = await Promise.all(
      racers.map((r, i) =>
        t.call(
          'training',
          'signUp',
          {
            clientRequestId: newRequestId('race-signup'),
            sessionId,
            name: `学员${i}`,
            companyName: `北京第${i}科技有限公司`,
            title: '知识产权专员',
            mobile: r.mobile,
          },
          r.token,
        ),
      ),
    );
  }, 120_000);

  it('accepts everyone: 30 get a seat, 70 join the waitlist', () => {
    const signups = replies.map((r) => expectOk(r));
    expect(signups.filter((s) => s.status === 'confirmed')).toHaveLength(CAPACITY);
    expect(signups.filter((s) => s.status === 'waitlisted')).toHaveLength(RACERS - CAPACITY);
  });

  it('numbers them 1…100 in the order the database took them: seats are 1…30, the waitlist follows', () => {
    const signups = replies.map((r) => expectOk(r));
    const seqs = signups.map((s) => s.seq).sort((a, b) => a - b);
    expect(seqs).toEqual(Array.from({ length: RACERS }, (_, i) => i + 1));
    for (const s of signups) {
      expect(s.status).toBe(s.seq <= CAPACITY ? 'confirmed' : 'waitlisted');
      if (s.status === 'waitlisted') expect(s.waitlistPosition).toBeGreaterThanOrEqual(1);
    }
  });

  it('never holds a 31st seat: the session counters and the stored sign-ups agree', async () => {
    const s = await sessionDoc();
    expect(s).toMatchObject({ confirmedCount: CAPACITY, waitlistCount: RACERS - CAPACITY, signupSeq: RACERS });
    expect(await t.host.store.count('signups', { sessionId, status: 'confirmed' })).toBe(CAPACITY);
    expect(await t.host.store.count('signups', { sessionId, status: 'waitlisted' })).toBe(RACERS - CAPACITY);
    const waiting = await signupsWith('waitlisted');
    expect(waiting.map((w) => w.seq)).toEqual(Array.from({ length: RACERS - CAPACITY }, (_, i) => CAPACITY + i + 1));
  });

  it('shows the public no seats left, and a waiting person their place in line', async () => {
    const anonymous = expectOk(await t.call('training', 'getSession', { sessionId }));
    expect(anonymous.session).toMatchObject({ seatsLeft: 0, confirmedCount: CAPACITY, waitlistCount: 70 });
    expect(anonymous.mySignup).toBeNull();

    const tenthInLine = replies.map((r) => expectOk(r)).find((s) => s.seq === CAPACITY + 10)!;
    const racer = racers[Number(tenthInLine.name.replace('学员', ''))]!;
    const mine = expectOk(await t.call('training', 'getSession', { sessionId }, racer.token));
    expect(mine.mySignup).toMatchObject({ status: 'waitlisted', waitlistPosition: 10 });
    expect(mine.canManage).toBe(false);
  });

  it('refuses a second sign-up of the same person and keeps the counters', async () => {
    const racer = racers[0]!;
    const again = await t.call(
      'training',
      'signUp',
      { clientRequestId: newRequestId('again'), sessionId, name: '学员0', companyName: '某公司', mobile: racer.mobile },
      racer.token,
    );
    expect(expectError(again, 'CONFLICT').message).toMatch(/^您已报名该培训/);
    expect(await sessionDoc()).toMatchObject({ confirmedCount: CAPACITY, signupSeq: RACERS });
  });

  describe('five seated people cancel at once', () => {
    let seatedBySeq: Signup[];

    beforeAll(async () => {
      seatedBySeq = replies
        .map((r) => expectOk(r))
        .filter((s) => s.status === 'confirmed')
        .sort((a, b) => a.seq - b.seq);
      const leaving = seatedBySeq.slice(0, 5).map((s) => racers[Number(s.name.replace('学员', ''))]!);
      const answers = await Promise.all(leaving.map((r) => t.call('training', 'cancelSignup', { sessionId }, r.token)));
      for (const a of answers) expect(expectOk(a).status).toBe('cancelled');
    });

    it('gives the five seats to the first five waiting (seq 31…35), and the seats stay 30', async () => {
      const seated = await signupsWith('confirmed');
      expect(seated).toHaveLength(CAPACITY);
      expect(seated.map((s) => s.seq)).toEqual([...seatedBySeq.slice(5).map((s) => s.seq), ...[31, 32, 33, 34, 35]]);
      for (const p of seated.filter((s) => s.seq > CAPACITY)) expect(p.promotedAt).toBe(t.clock.now());
      const waiting = await signupsWith('waitlisted');
      expect(waiting[0]!.seq).toBe(36);
      expect(await sessionDoc()).toMatchObject({ confirmedCount: CAPACITY, waitlistCount: 65 });
      expect(await t.host.store.count('signups', { sessionId, status: 'cancelled' })).toBe(5);
    });

    it('tells each promoted person in their inbox, and nobody else', async () => {
      const notices = await t.host.store.find<NotificationDoc>('notifications', {
        where: { kind: 'training.promoted' },
        limit: 100,
      });
      const promoted = (await signupsWith('confirmed')).filter((s) => s.seq > CAPACITY).map((s) => s.userId);
      expect(notices.map((n) => n.userId).sort()).toEqual([...promoted].sort());
      expect(notices[0]!.title).toBe('候补成功，您已获得培训名额');
      expect(notices[0]!.link).toBe(`/packages/training/pages/session/index?sessionId=${sessionId}`);
    });

    it('lets a person who cancelled sign up again, at the back of the waitlist', async () => {
      const back = racers[Number(seatedBySeq[0]!.name.replace('学员', ''))]!;
      const again = expectOk(
        await t.call(
          'training',
          'signUp',
          {
            clientRequestId: newRequestId('back'),
            sessionId,
            name: '回来了',
            companyName: '某公司',
            mobile: back.mobile,
          },
          back.token,
        ),
      );
      expect(again).toMatchObject({ status: 'waitlisted', seq: RACERS + 1, waitlistPosition: 66, name: '回来了' });
      expect(again.id).toBe(`${sessionId}:${back.userId}`);
      expect(await sessionDoc()).toMatchObject({ confirmedCount: CAPACITY, waitlistCount: 66, signupSeq: RACERS + 1 });
    });
  });

  describe('the chief', () => {
    it('lists the waitlist in order, paginated, with the count of each tab', async () => {
      const page2 = expectOk(
        await t.call('training', 'listSignups', { sessionId, status: 'waitlisted', page: 2, pageSize: 20 }, chief),
      );
      expect(page2.counts).toEqual({ confirmed: 30, waitlisted: 66, cancelled: 4 });
      expect(page2.total).toBe(66);
      expect(page2.items.map((s) => s.waitlistPosition)).toEqual(Array.from({ length: 20 }, (_, i) => 21 + i));
      const seqs = page2.items.map((s) => s.seq);
      expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    });

    it('exports the list to an .xlsx that reads back with Chinese headers and every row', async () => {
      const seated = (await signupsWith('confirmed'))[0]!;
      await seedCheckin(t.host.store, seated, t.clock.now());
      const out = expectOk(await t.call('training', 'exportSignups', { sessionId }, chief));
      expect(out.fileName).toMatch(/^专利申请实务（并发报名）_报名名单_\d{8}\.xlsx$/);
      // A signed, expiring URL (server/file-urls.ts).
      expect(out.url).toMatch(
        new RegExp(`^/files/exports/${OWN_STATION}/[A-Za-z0-9_-]+\\.xlsx\\?exp=\\d+&sig=[A-Za-z0-9_-]+$`),
      );

      const res = await fetch(t.baseUrl + out.url);
      expect(res.status).toBe(200);
      const workbook = new Workbook();
      await workbook.xlsx.load(await res.arrayBuffer());
      const sheet = workbook.getWorksheet('报名名单')!;
      expect(sheet.getRow(1).values).toEqual([
        undefined,
        '序号',
        '姓名',
        '单位',
        '职务',
        '手机号',
        '报名状态',
        '报名方式',
        '报名顺序',
        '报名时间',
        '签到时间',
      ]);
      expect(sheet.rowCount).toBe(1 + 100);
      const first = sheet.getRow(2).values as unknown[];
      expect(first.slice(1, 9)).toEqual([
        1,
        seated.name,
        seated.companyName,
        '知识产权专员',
        seated.mobile,
        '已报名',
        '自行报名',
        seated.seq,
      ]);
      expect(first[10]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
      const statuses = Array.from({ length: 100 }, (_, i) => sheet.getRow(i + 2).getCell(6).value);
      expect(statuses.filter((v) => v === '已报名')).toHaveLength(30);
      expect(statuses.filter((v) => v === '候补中')).toHaveLength(66);
      expect(statuses.filter((v) => v === '已取消')).toHaveLength(4);
      expect(await t.host.store.count('audit_log', { event: 'training.exportSignups:export_signups' })).toBe(1);
    });

    it('exports the talent pool: who attended, with the courses, as an .xlsx', async () => {
      const attended = (await signupsWith('confirmed'))[0]!;
      // The demo station's own trainings have attendees too: this session's are the ones with its course.
      const pool = expectOk(await t.call('training', 'talentPool', { stationId: OWN_STATION, pageSize: 50 }, chief));
      expect(pool.items.filter((p) => p.courses.includes(TITLE)).map((p) => [p.name, p.mobile, p.courses])).toEqual([
        [attended.name, attended.mobile, [TITLE]],
      ]);
      const out = expectOk(await t.call('training', 'exportTalentPool', { stationId: OWN_STATION }, chief));
      expect(out.fileName).toMatch(/_培训人才库_\d{8}\.xlsx$/);
      const workbook = new Workbook();
      await workbook.xlsx.load(await (await fetch(t.baseUrl + out.url)).arrayBuffer());
      const sheet = workbook.getWorksheet('人才库')!;
      expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([
        '姓名',
        '单位',
        '职务',
        '手机号',
        '参训次数',
        '参加课程',
        '最近参训',
      ]);
      const rows = Array.from({ length: sheet.rowCount - 1 }, (_, i) =>
        (sheet.getRow(i + 2).values as unknown[]).slice(1, 7),
      );
      expect(rows).toHaveLength(pool.total);
      expect(rows.filter((r) => r[3] === attended.mobile)).toEqual([
        [attended.name, attended.companyName, '知识产权专员', attended.mobile, 1, TITLE],
      ]);
    });
  });
});
