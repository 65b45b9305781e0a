/**
 * The demo a newcomer meets after `npm start`: logged in as each demo role over the host's HTTP
 * API, every screen the role reaches has content — a company can book at once, the consultants
 * have today's consultations, follow-ups and a ledger with 待走访, the chief sees ratings (a low
 * one), requests in every status, trainings with a waitlist, questionnaire results and a talent
 * pool, and everyone has unread notices. Run on three different "first start" days (a Monday
 * morning, a Tuesday 400 days later, a Saturday evening) to show the dates follow the start.
 * Also: a second start on the same data adds nothing, and `demo: false` stays empty.
 */
import { rmSync } from 'node:fs';
import { DEMO_ACCOUNTS, DEMO_COMPANY_ID, DEMO_MARKER_ID, DEMO_STATION_ID, DEMO_USERS } from '../../server/demo';
import { REQUEST_STATUS } from '../../core/enums';
import { shanghaiDate } from '../../core/rules/time';
import { DAY, TEST_START, testClock } from '../support/clock';
import { expectOk, startTestHost, type TestHost } from '../support/host';

/** Saturday 2025-03-08 20:00 in Beijing: every one of the day's consultations is over. */
const SATURDAY_EVENING = Date.UTC(2025, 2, 8, 12, 0, 0);

const STARTS: Array<[label: string, start: number]> = [
  ['a Monday morning', TEST_START],
  ['a Tuesday 400 days later', TEST_START + 400 * DAY + 2 * 60 * 60 * 1000],
  ['a Saturday evening', SATURDAY_EVENING],
];

describe.each(STARTS)('the demo station, first started on %s', (_label, start) => {
  let t: TestHost;
  const tokens: Record<string, string> = {};
  const today = shanghaiDate(start);

  beforeAll(async () => {
    t = await startTestHost({ clock: testClock(start) });
    for (const a of DEMO_ACCOUNTS) tokens[a.username] = await t.login(a.username);
  }, 60_000);
  afterAll(() => t.close());

  /** One action as a demo role; the data of its (ok) reply. */
  const call = async (
    who: string,
    fn: Parameters<TestHost['call']>[0],
    action: string,
    input: Record<string, unknown> = {},
  ): Promise<Record<string, unknown>> =>
    expectOk(await t.call(fn, action as never, input, tokens[who])) as Record<string, unknown>;

  it.each(DEMO_ACCOUNTS.map((a) => a.username))('%s has unread notices', async (who) => {
    const inbox = await call(who, 'account', 'listNotices', { unreadOnly: true });
    expect(inbox.unread).toBeGreaterThan(0);
  });

  it('company: free slots in the next days, its bookings past and coming, records it can rate, requests, trainings', async () => {
    const slots = (await call('company', 'consult', 'listSlots', {
      stationId: DEMO_STATION_ID,
      from: today,
      days: 7,
    })) as { days: Array<{ free: number }>; slots: Array<{ start: number; consultantId: string }> };
    expect(slots.slots.length).toBeGreaterThan(0);
    expect(slots.slots.every((s) => s.start > start)).toBe(true);
    expect(new Set(slots.slots.map((s) => s.consultantId))).toEqual(new Set([DEMO_USERS.liaison, DEMO_USERS.expert]));

    const bookings = (await call('company', 'consult', 'listBookings', { pageSize: 50 })) as {
      items: Array<{ status: string; start: number }>;
    };
    const statuses = new Set(bookings.items.map((b) => b.status));
    expect(statuses).toEqual(new Set(['booked', 'done', 'cancelled']));
    expect(bookings.items.some((b) => b.status === 'booked' && b.start > start)).toBe(true);
    expect(bookings.items.some((b) => b.status === 'done' && b.start < start)).toBe(true);

    const records = (await call('company', 'archive', 'listRecords', {})) as { items: Array<{ id: string }> };
    expect(records.items.length).toBe(3);
    const ratings = await Promise.all(
      records.items.map(
        (r) =>
          call('company', 'archive', 'getRating', { recordId: r.id }) as Promise<{ rating: unknown; canRate: boolean }>,
      ),
    );
    // Two rated (one of them 2 stars), one the company may still rate.
    expect(ratings.filter((r) => r.rating !== null)).toHaveLength(2);
    expect(ratings.filter((r) => r.rating === null && r.canRate)).toHaveLength(1);

    const requests = (await call('company', 'request', 'listRequests', { pageSize: 50 })) as {
      items: Array<{ status: string }>;
    };
    expect(new Set(requests.items.map((r) => r.status))).toEqual(new Set(REQUEST_STATUS.values));

    const trainings = (await call('company', 'training', 'myTrainings', {})) as { items: unknown[] };
    expect(trainings.items.length).toBeGreaterThanOrEqual(2);

    // 企业档案 filled in, with holdings, and the station's visits to it (the low rating's follow-up call among them).
    const profile = (await call('company', 'enterprise', 'getProfile', { companyId: DEMO_COMPANY_ID })) as {
      industry?: string;
      holdings: Record<string, number>;
    };
    expect(profile.industry).toBe('ai');
    expect(profile.holdings.invention).toBeGreaterThan(0);
    const visits = (await call('company', 'visit', 'listVisits', {})) as { items: Array<{ form: string }> };
    expect(visits.items.map((v) => v.form).sort()).toEqual(['onsite', 'phone']);
  });

  it('liaison: today’s consultations, records, follow-ups overdue and due today, a ledger with 待走访 and never-visited companies', async () => {
    const day = (await call('liaison', 'consult', 'listMyDay', {})) as { date: string; bookings: unknown[] };
    expect(day.date).toBe(today);
    expect(day.bookings.length).toBeGreaterThan(0);

    const records = (await call('liaison', 'archive', 'listRecords', {})) as { total: number };
    expect(records.total).toBeGreaterThan(5);

    const followUps = (await call('liaison', 'visit', 'listFollowUps', { view: 'overdue' })) as {
      items: unknown[];
      counts: { today: number; overdue: number; upcoming: number };
    };
    expect(followUps.counts.overdue).toBeGreaterThan(0);
    expect(followUps.counts.today).toBeGreaterThan(0);
    expect(followUps.counts.upcoming).toBeGreaterThan(0);
    const done = (await call('liaison', 'visit', 'listFollowUps', { view: 'done' })) as { items: unknown[] };
    expect(done.items.length).toBeGreaterThan(0);

    const ledger = (await call('liaison', 'enterprise', 'listLedger', { pageSize: 50 })) as {
      total: number;
      items: Array<{ daysSinceVisit: number | null }>;
    };
    expect(ledger.total).toBeGreaterThanOrEqual(30);
    const since = ledger.items.map((c) => c.daysSinceVisit);
    expect(since.filter((d) => d === null).length).toBeGreaterThan(3);
    expect(since.filter((d) => d !== null && d <= 30).length).toBeGreaterThan(3);
    expect(since.filter((d) => d !== null && d > 90).length).toBeGreaterThan(3);
    const overdue = (await call('liaison', 'enterprise', 'listLedger', { notVisitedDays: 30 })) as { total: number };
    expect(overdue.total).toBeGreaterThan(10);
    expect(overdue.total).toBeLessThan(ledger.total);

    const mine = (await call('liaison', 'archive', 'myRatingSummary', {})) as { count: number; average: number };
    expect(mine.count).toBeGreaterThan(0);
  });

  it('expert: today’s consultation, records, follow-ups and ratings (the low one among them)', async () => {
    const records = (await call('expert', 'archive', 'listRecords', {})) as { total: number };
    expect(records.total).toBeGreaterThan(2);
    const followUps = (await call('expert', 'visit', 'listFollowUps', { view: 'upcoming' })) as {
      counts: { overdue: number; upcoming: number };
    };
    expect(followUps.counts.overdue + followUps.counts.upcoming).toBeGreaterThan(0);
    const mine = (await call('expert', 'archive', 'myRatingSummary', {})) as { count: number; average: number };
    expect(mine.count).toBe(2);
    expect(mine.average).toBe(3);
    const day = (await call('expert', 'consult', 'listMyDay', {})) as { date: string; bookings: unknown[] };
    expect(day.date).toBe(today);
    expect(day.bookings).toHaveLength(1);
  });

  it('chief: station ratings with a low one, requests in every status, a full training with a waitlist, results, wanted topics, talent pool, a company to review', async () => {
    const low = (await call('chief', 'archive', 'listRatings', { stationId: DEMO_STATION_ID, lowOnly: true })) as {
      items: Array<{ stars: number }>;
    };
    expect(low.items.length).toBe(1);
    expect(low.items[0]!.stars).toBeLessThanOrEqual(2);
    const all = (await call('chief', 'archive', 'listRatings', { stationId: DEMO_STATION_ID })) as {
      count: number;
      consultants: unknown[];
    };
    expect(all.count).toBeGreaterThan(3);
    expect(all.consultants).toHaveLength(2);

    for (const status of REQUEST_STATUS.values) {
      const queue = (await call('chief', 'request', 'listRequests', { stationId: DEMO_STATION_ID, status })) as {
        total: number;
      };
      expect([status, queue.total > 0]).toEqual([status, true]);
    }

    const sessions = (await call('chief', 'training', 'listStationSessions', { stationId: DEMO_STATION_ID })) as {
      items: Array<{
        id: string;
        startAt: number;
        waitlistCount: number;
        confirmedCount: number;
        capacity: number;
        checkedInCount: number;
      }>;
    };
    const coming = sessions.items.filter((s) => s.startAt > start);
    expect(coming.some((s) => s.waitlistCount > 0 && s.confirmedCount === s.capacity)).toBe(true);
    expect(coming.some((s) => s.confirmedCount < s.capacity)).toBe(true);
    const past = sessions.items.find((s) => s.startAt < start)!;
    expect(past.checkedInCount).toBeGreaterThan(5);

    const results = (await call('chief', 'survey', 'getResults', { targetKind: 'training', targetId: past.id })) as {
      responses: number;
    };
    expect(results.responses).toBeGreaterThan(0);
    const wanted = (await call('chief', 'survey', 'wantedTopics', { stationId: DEMO_STATION_ID })) as {
      items: unknown[];
    };
    expect(wanted.items.length).toBeGreaterThan(0);
    const pool = (await call('chief', 'training', 'talentPool', { stationId: DEMO_STATION_ID })) as { total: number };
    expect(pool.total).toBeGreaterThan(5);

    const pending = (await call('chief', 'account', 'listCompanies', {
      stationId: DEMO_STATION_ID,
      status: 'pending',
    })) as { total: number };
    expect(pending.total).toBe(1);
  });

  it('admin: the station’s ledger, visits, request queue, a company to confirm and the invitation that was used', async () => {
    const ledger = (await call('admin', 'enterprise', 'listLedger', { stationId: DEMO_STATION_ID })) as {
      total: number;
    };
    expect(ledger.total).toBeGreaterThanOrEqual(30);
    const invitations = (await call('admin', 'account', 'listInvitations', { stationId: DEMO_STATION_ID })) as {
      items: Array<{ status: string }>;
    };
    expect(invitations.items.map((i) => i.status)).toContain('used');
    const queue = (await call('admin', 'request', 'listRequests', { stationId: DEMO_STATION_ID })) as { total: number };
    expect(queue.total).toBeGreaterThan(5);
    const visits = (await call('admin', 'visit', 'listVisits', { stationId: DEMO_STATION_ID })) as { total: number };
    expect(visits.total).toBeGreaterThan(20);
    const pending = (await call('admin', 'account', 'listCompanies', {
      stationId: DEMO_STATION_ID,
      status: 'pending',
    })) as { total: number };
    expect(pending.total).toBe(1);
  });

  it('district admin: 海淀区’s stations side by side, the demo station’s figures, and the escalated answer', async () => {
    const period = { kind: 'month', anchor: today };
    const city = (await call('district', 'stats', 'cityStats', { period })) as {
      scopeName: string;
      rows: Array<{ stationId: string; figures: Record<string, number | null> }>;
    };
    expect(city.scopeName).toBe('海淀区');
    expect(city.rows.map((r) => r.stationId)).toContain(DEMO_STATION_ID);
    expect(city.rows.every((r) => r.stationId.startsWith('st-haidian'))).toBe(true);
    const visits = (await call('district', 'visit', 'listVisits', { stationId: DEMO_STATION_ID })) as { total: number };
    expect(visits.total).toBeGreaterThan(20);
    const inbox = (await call('district', 'account', 'listNotices', {})) as {
      items: Array<{ kind: string; link?: string }>;
    };
    const escalated = inbox.items.find((n) => n.kind === 'request.escalated');
    expect(escalated?.link).toBeTruthy();
    // The notice opens the request: a district admin reads the district's.
    const requestId = new URLSearchParams(escalated!.link!.split('?')[1]).get('requestId')!;
    const request = (await call('district', 'request', 'getRequest', { requestId })) as { stationId: string };
    expect(request.stationId).toBe(DEMO_STATION_ID);
  });

  it('complaints: the company’s closed one, the chief’s to answer, the admin’s overdue and escalated, 李联络’s passed on', async () => {
    type Page = { items: Array<{ status: string; overdue: boolean; route: string; complainantName: string }> };
    const mine = (await call('company', 'complaint', 'listMyComplaints', {})) as Page;
    expect(mine.items.map((c) => c.status)).toEqual(['closed']);
    const chiefQueue = (await call('chief', 'complaint', 'listComplaints', {})) as Page;
    expect(chiefQueue.items.map((c) => c.status).sort()).toEqual(['closed', 'escalated', 'submitted']);
    expect(chiefQueue.items.every((c) => c.route === 'chief')).toBe(true);
    const overdue = (await call('admin', 'complaint', 'listComplaints', { overdue: true })) as Page;
    expect(overdue.items.map((c) => c.route)).toEqual(['admin']);
    const escalated = (await call('admin', 'complaint', 'listComplaints', { status: 'escalated' })) as Page;
    expect(escalated.items).toHaveLength(1);
    const aboutLiaison = (await call('liaison', 'complaint', 'listSharedWithMe', {})) as Page;
    expect(aboutLiaison.items.map((c) => c.complainantName)).toEqual(['投诉人信息已保密']);
    const inbox = (await call('admin', 'account', 'listNotices', {})) as { items: Array<{ kind: string }> };
    expect(inbox.items.map((n) => n.kind)).toContain('complaint.overdue');
    const improvements = (await call('liaison', 'quality', 'listImprovements', { overdue: true })) as { total: number };
    expect(improvements.total).toBe(1);
    const archive = (await call('chief', 'quality', 'stationArchive', { year: Number(today.slice(0, 4)) })) as {
      improvements: { total: number };
    };
    expect(archive.improvements.total).toBeGreaterThanOrEqual(1);
    expect((archive as unknown as { reviews: unknown[] }).reviews).toHaveLength(1);
  });

  it('evaluation: last year’s published grade for the chief, this year’s draft with figures, 钱评审’s station to score', async () => {
    type Round = { id: string; status: string; assigned?: Array<{ id: string; status: string }> };
    const rounds = (await call('chief', 'evaluation', 'listRounds', {})) as unknown as Round[];
    expect(rounds.map((r) => r.status)).toEqual(['open', 'published']);
    const past = (await call('chief', 'evaluation', 'getStationEvaluation', { roundId: rounds[1]!.id })) as {
      result?: { gradeLabel: string; score: number };
    };
    expect(past.result?.gradeLabel).toBe('良好');
    expect(past.result?.score).toBeGreaterThanOrEqual(80);
    expect(past.result?.score).toBeLessThan(90);
    const current = (await call('chief', 'evaluation', 'getStationEvaluation', { roundId: rounds[0]!.id })) as {
      editable: boolean;
      answers: Record<string, { auto?: { value: number | null } }>;
    };
    expect(current.editable).toBe(true);
    expect(current.answers['guidance.consultations']!.auto!.value).toBeGreaterThan(0);
    const assigned = (await call('reviewer', 'evaluation', 'listRounds', {})) as unknown as Round[];
    expect(assigned[0]!.assigned).toEqual([expect.objectContaining({ id: DEMO_STATION_ID, status: 'pending' })]);
  });

  it('articles: one of each kind published, the city’s and the station’s, readable by a guest', async () => {
    const page = expectOk(await t.call('content', 'listArticles', {})) as {
      items: Array<{ kind: string; id: string }>;
    };
    expect(page.items.map((a) => a.kind).sort()).toEqual(['case', 'news', 'notice', 'policy']);
    const policy = expectOk(
      await t.call('content', 'getArticle', { articleId: page.items.find((a) => a.kind === 'policy')!.id }),
    ) as { html: string };
    expect(policy.html).toContain('<td>50 万元</td>');
  });

  it('首页: the company’s station, the pushed policy in 消息, the published special services with progress, search', async () => {
    const home = (await call('company', 'content', 'home')) as {
      station: { id: string } | null;
      articles: Array<{ kind: string }>;
      specialServices: unknown[];
      specialYear: number;
    };
    expect(home.station?.id).toBe(DEMO_STATION_ID);
    expect(home.articles.map((a) => a.kind)).toContain('policy');
    expect(home.specialServices).toHaveLength(3);
    const inbox = (await call('company', 'account', 'listNotices', {})) as { items: Array<{ kind: string }> };
    expect(inbox.items.map((n) => n.kind)).toContain('content.article');
    const list = (await call('chief', 'directory', 'getSpecialServices', {
      stationId: DEMO_STATION_ID,
      year: home.specialYear,
    })) as { status: string; items: Array<{ done: number }> };
    expect(list.status).toBe('published');
    const found = (await call('company', 'content', 'search', { q: '专利转化' })) as {
      article: { items: Array<{ title: string }> };
    };
    expect(found.article.items.map((h) => h.title)).toContain('专利转化运用专项资金政策解读');
  });

  it('流动工作室: a numbered studio in the network, one waiting at each of the town branch and the city bureau', async () => {
    const studios = (await call('company', 'directory', 'listStations', { kind: 'mobile_studio' })) as {
      items: Array<{ id: string; name: string }>;
    };
    const founded = studios.items.find((st) => st.name === '北京智芯微电子科技有限公司知识产权保护流动工作室')!;
    expect(founded).toBeDefined();
    const atBranch = (await call('branch', 'studio', 'listApplications', { status: 'reviewing', stage: 'branch' })) as {
      total: number;
    };
    expect(atBranch.total).toBe(1);
    const atBureau = (await call('bureau', 'studio', 'listApplications', { status: 'reviewing', stage: 'bureau' })) as {
      items: Array<{ id: string }>;
    };
    expect(atBureau.items).toHaveLength(1);
    const waiting = (await call('bureau', 'studio', 'getApplication', { applicationId: atBureau.items[0]!.id })) as {
      canDecide: boolean;
      staffingGaps: string[];
      history: Array<{ kind: string }>;
    };
    expect(waiting).toMatchObject({ canDecide: true, staffingGaps: [] });
    expect(waiting.history.map((h) => h.kind)).toEqual(['submit', 'return', 'resubmit', 'approve', 'approve']);
    const summary = (await call('section', 'studio', 'studioSummary', {
      stationId: founded.id,
      year: Number(today.slice(0, 4)),
    })) as { number: string; services: Array<{ count: number }> };
    expect(summary.number).toMatch(/^LDGZS-\d{4}-001$/);
    const todos = (await call('branch', 'stats', 'workbench', {})) as { todos: Array<{ id: string; count: number }> };
    expect(todos.todos).toEqual([{ id: 'studio_applications', count: 1 }]);
  });

  it('the expert roster: 赵专家 filed with his assignments counted, 周律师 waiting for the admin to file him', async () => {
    const roster = (await call('admin', 'expert', 'listExperts', { stationId: DEMO_STATION_ID })) as {
      items: Array<{ expertId: string; name: string; status: string; openCount: number; answeredCount: number }>;
    };
    expect(roster.items.map((e) => [e.name, e.status])).toEqual([
      ['周律师', 'submitted'],
      ['赵专家', 'filed'],
    ]);
    const zhao = roster.items.find((e) => e.expertId === DEMO_USERS.expert)!;
    expect([zhao.openCount, zhao.answeredCount]).toEqual([2, 2]);
    const own = (await call('expert', 'expert', 'getMyProfile')) as { status: string; commitmentAcceptedAt: number };
    expect(own.status).toBe('filed');
    const chiefs = (await call('chief', 'expert', 'listExperts')) as { total: number };
    expect(chiefs.total).toBe(2);
  });
});

describe('restarting a demo host', () => {
  it('adds nothing on the second start, even a year later', async () => {
    const clock = testClock();
    const first = await startTestHost({ clock });
    const dataDir = first.dataDir;
    let before: Awaited<ReturnType<TestHost['counts']>>;
    try {
      before = await first.counts();
      expect(before.bookings).toBeGreaterThan(5);
    } finally {
      await first.host.close();
    }
    clock.advance(400 * DAY);
    const second = await startTestHost({ dataDir, clock });
    try {
      const after = await second.counts();
      expect(after).toEqual(before);
    } finally {
      await second.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('an interrupted first start', () => {
  it('is reported on the next start instead of leaving a half-filled station', async () => {
    const first = await startTestHost();
    const dataDir = first.dataDir;
    try {
      // What a crash in the middle of the load leaves: the marker still says loading.
      await first.host.store.update('migrations', { _id: DEMO_MARKER_ID }, { set: { state: 'loading' } });
    } finally {
      await first.host.close();
    }
    try {
      await expect(startTestHost({ dataDir })).rejects.toThrow('演示数据上次没有加载完');
      const clean = await startTestHost({ dataDir, demo: false });
      await clean.close();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('without demo data', () => {
  it('has no station activity at all', async () => {
    const t = await startTestHost({ demo: false });
    try {
      const counts = await t.counts();
      for (const c of [
        'users',
        'companies',
        'availability',
        'bookings',
        'consultation_records',
        'ratings',
        'visits',
        'service_requests',
        'trainings',
        'signups',
        'checkins',
        'survey_responses',
        'notifications',
      ] as const) {
        expect([c, counts[c]]).toEqual([c, 0]);
      }
    } finally {
      await t.close();
    }
  });
});
