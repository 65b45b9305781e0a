/**
 * The annual workstation evaluation (seed 000) through the real host and the demo station, on the
 * test clock (Monday 2025-03-03): the figures filled in from the records equal a brute-force count
 * of them; reviewers score independently and a conflict removes one; the one-vote veto overrides
 * any score, recorded by hand or automatically when a correction lapses (or, per round, the
 * station is reviewed on what it submitted); what each side may see before and after
 * publication; scores refused once the round is closed; the PDF report's text and the Excel.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Workbook } from 'exceljs';
import type { StationEvaluation } from '../../core/contract';
import { DEFAULT_INDICATOR_SECTIONS } from '../../core/reference/evaluation-indicators';
import { itemsOf } from '../../core/rules/evaluation';
import { REQUEST_ANSWER_HOURS } from '../../core/rules/rollups';
import { addDays, HOUR_MS, isoWeekday, shanghaiDate, shanghaiInstant } from '../../core/rules/time';
import type {
  ConsultationRecordDoc,
  RatingDoc,
  RequestRatingDoc,
  ServiceRequestDoc,
  SurveyResponseDoc,
  TrainingSessionDoc,
  VisitDoc,
} from '../../core/store/docs';
import { DEMO_STATION_ID } from '../../server/demo';
import { DAY } from '../support/clock';
import { newRequestId, OTHER_STATION } from '../support/fixtures';
import { expectError, expectOk, startTestHost, type TestHost } from '../support/host';

let t: TestHost;
let admin: string;
let chief: string;
let reviewers: Array<{ token: string; userId: string }>;
/**
 * Logs the admin and the demo chief in and appoints three reviewers (the admin's 评审专家 codes,
 * redeemed by registered people: grants of no station). Again after the clock travelled past the
 * sessions' lifetime.
 */
async function signIn(): Promise<void> {
  admin = await t.login('admin');
  chief = await t.login('chief');
  reviewers = [];
  for (const [key, name] of [
    ['rv-a', '评审甲'],
    ['rv-b', '评审乙'],
    ['rv-c', '评审丙'],
  ] as const) {
    const code = expectOk(
      await t.call(
        'account',
        'createInvitation',
        { clientRequestId: newRequestId('rv'), stationId: DEMO_STATION_ID, role: 'reviewer' },
        admin,
      ),
    ).code;
    const session = await t.register(key, name);
    expectOk(await t.call('account', 'redeemInvitation', { code }, session.token));
    reviewers.push({ token: session.token, userId: session.user.id });
  }
}

beforeAll(async () => {
  t = await startTestHost();
  await signIn();
}, 60_000);
afterAll(() => t.close());

const ITEMS = itemsOf(DEFAULT_INDICATOR_SECTIONS);
const inDays = (n: number) => shanghaiDate(t.clock.now() + n * DAY);

/** A round of 2025 over the demo station (reviewers 甲 and 乙) and another (丙). */
async function openRound(extra: Record<string, unknown> = {}): Promise<string> {
  const round = expectOk(
    await t.call(
      'evaluation',
      'createRound',
      {
        clientRequestId: newRequestId('round'),
        year: 2025,
        title: '2025年度工作站评价',
        setId: 'set:1',
        stationIds: [DEMO_STATION_ID, OTHER_STATION],
        reviewers: [
          { userId: reviewers[0]!.userId, stationIds: [DEMO_STATION_ID] },
          { userId: reviewers[1]!.userId, stationIds: [DEMO_STATION_ID] },
          { userId: reviewers[2]!.userId, stationIds: [OTHER_STATION] },
        ],
        selfDeadline: inDays(10),
        reviewDeadline: inDays(20),
        ...extra,
      },
      admin,
    ),
  );
  return round.id;
}

const evaluationOf = async (roundId: string, token: string, stationId?: string) =>
  expectOk(await t.call('evaluation', 'getStationEvaluation', { roundId, ...(stationId ? { stationId } : {}) }, token));

/** Every item scored `fraction` of its maximum. */
const scoresAt = (fraction: number) => Object.fromEntries(ITEMS.map((i) => [i.id, i.maxScore * fraction]));
const selfAnswers = () =>
  Object.fromEntries(ITEMS.map((i) => [i.id, { selfScore: i.maxScore * 0.8, note: '按要求完成' }]));

async function submitSelf(roundId: string): Promise<StationEvaluation> {
  return expectOk(
    await t.call('evaluation', 'saveSubmission', { roundId, answers: selfAnswers(), submit: true }, chief),
  );
}

const review = (roundId: string, who: number, fraction: number) =>
  t.call(
    'evaluation',
    'saveReview',
    { roundId, stationId: DEMO_STATION_ID, scores: scoresAt(fraction), comment: '材料齐全', submit: true },
    reviewers[who]!.token,
  );

describe('the self-evaluation, filled in from the records', () => {
  it('gives each figure the brute-force count of the station’s records of the year', async () => {
    const roundId = await openRound();
    const mine = await evaluationOf(roundId, chief);
    const from = shanghaiInstant('2025-01-01');
    const to = shanghaiInstant('2026-01-01');
    const within = { $gte: from, $lt: to };
    const store = t.host.store;
    const station = { stationId: DEMO_STATION_ID };
    const records = await store.find<ConsultationRecordDoc>('consultation_records', {
      where: { ...station, consultedAt: within },
      limit: 1000,
    });
    const visits = await store.find<VisitDoc>('visits', { where: { ...station, visitedAt: within }, limit: 1000 });
    const sessions = (
      await store.find<TrainingSessionDoc>('trainings', { where: { ...station, startAt: within }, limit: 1000 })
    ).filter((s) => s.status !== 'cancelled');
    const requests = await store.find<ServiceRequestDoc>('service_requests', {
      where: { ...station, createdAt: within },
      limit: 1000,
    });
    const acceptedAt = (r: ServiceRequestDoc) => r.history.find((h) => h.event === 'accepted')?.at;
    const accepted = requests.filter((r) => acceptedAt(r) !== undefined);
    const inTime = accepted.filter((r) => acceptedAt(r)! - r.createdAt <= REQUEST_ANSWER_HOURS * HOUR_MS);
    const stars = [
      ...(await store.find<RatingDoc>('ratings', { where: { ...station, ratedAt: within }, limit: 1000 })).map(
        (r) => r.stars,
      ),
      ...(
        await store.find<RequestRatingDoc>('request_ratings', { where: { ...station, ratedAt: within }, limit: 1000 })
      ).map((r) => r.stars),
      ...(
        await store.find<SurveyResponseDoc>('survey_responses', {
          where: { ...station, targetKind: 'training', submittedAt: within },
          limit: 1000,
        })
      ).flatMap((s) => (typeof s.answers.overall === 'number' ? [Math.round(s.answers.overall)] : [])),
    ];
    const round1 = (n: number) => Math.round(n * 10) / 10;
    const expected: Record<string, number | null> = {
      'training.sessions': sessions.length,
      'training.trainees': sessions.reduce((n, s) => n + (s.checkedInCount ?? 0), 0),
      'guidance.consultations': records.length,
      'guidance.visits': visits.length,
      'assistance.closed': requests.filter((r) => r.status === 'closed' && r.closedAt).length,
      'assistance.timely': accepted.length ? round1((inTime.length / accepted.length) * 100) : null,
      'results.satisfaction': stars.length ? round1(stars.reduce((a, b) => a + b, 0) / stars.length) : null,
    };
    const filled = Object.fromEntries(Object.keys(expected).map((id) => [id, mine.answers[id]!.auto!.value]));
    expect(filled).toEqual(expected);
    // The demo station did work this year: the comparison is not of zeros.
    expect(records.length).toBeGreaterThan(0);
    expect(mine.answers['guidance.consultations']!.auto!.source).toBe('系统记录：2025年度咨询服务次数');
  });

  it('takes a typed-over figure only with a justification, and submits only when every item has a self-score', async () => {
    const roundId = await openRound();
    const typed = expectError(
      await t.call('evaluation', 'saveSubmission', { roundId, answers: { 'guidance.visits': { value: 99 } } }, chief),
      'INVALID_INPUT',
    );
    expect(typed.message).toBe('「走访服务企业」修改系统数据须填写修改理由');
    const partial = expectError(
      await t.call(
        'evaluation',
        'saveSubmission',
        { roundId, answers: { 'basic.site': { selfScore: 6 } }, submit: true },
        chief,
      ),
      'INVALID_INPUT',
    );
    expect(partial.message).toBe('请填写「服务制度与服务事项清单公示」的自评分后再提交');
    const submitted = await submitSelf(roundId);
    expect(submitted).toMatchObject({ status: 'submitted', editable: false });
    expectError(await t.call('evaluation', 'saveSubmission', { roundId, answers: {} }, chief), 'CONFLICT');
  });
});

describe('confidentiality', () => {
  it('shows the station nothing of its score until published, then its grade and report', async () => {
    const roundId = await openRound();
    await submitSelf(roundId);
    expectOk(await review(roundId, 0, 0.9));
    const before = await evaluationOf(roundId, chief);
    expect([before.result, before.reviews, before.vetoes]).toEqual([undefined, [], []]);
    expectError(await t.call('evaluation', 'stationReport', { roundId }, chief), 'FORBIDDEN');
    expectOk(await t.call('evaluation', 'publishRound', { roundId }, admin));
    const after = await evaluationOf(roundId, chief);
    expect(after.result).toMatchObject({ grade: 'excellent', score: 90 });
    expect(after.reviews).toEqual([]);
  });

  it('lets a reviewer read only the stations assigned to them, and only their own scores, never a result', async () => {
    const roundId = await openRound();
    expectOk(await review(roundId, 1, 0.7));
    const own = await evaluationOf(roundId, reviewers[0]!.token, DEMO_STATION_ID);
    expect(own.side).toBe('reviewer');
    expect(own.reviews.map((r) => r.reviewerName)).toEqual(['评审甲']);
    expect(own.result).toBeUndefined();
    expectError(
      await t.call('evaluation', 'getStationEvaluation', { roundId, stationId: DEMO_STATION_ID }, reviewers[2]!.token),
      'FORBIDDEN',
    );
    expectError(
      await t.call('evaluation', 'getStationEvaluation', { roundId, stationId: OTHER_STATION }, reviewers[0]!.token),
      'FORBIDDEN',
    );
    const liaison = await t.login('liaison');
    expectError(await t.call('evaluation', 'getStationEvaluation', { roundId }, liaison), 'FORBIDDEN');
    expectError(await t.call('evaluation', 'roundResults', { roundId }, chief), 'FORBIDDEN');
  });
});

describe('reports', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'eval-report-'));

  it('prints the station’s report as a PDF whose text names the station, the grade and the scores in Chinese', async () => {
    const roundId = await openRound();
    await submitSelf(roundId);
    expectOk(await review(roundId, 0, 0.9));
    expectOk(await t.call('evaluation', 'publishRound', { roundId }, admin));
    const out = expectOk(await t.call('evaluation', 'stationReport', { roundId }, chief));
    expect(out.fileName).toMatch(/评价报告\.pdf$/);
    const res = await fetch(t.baseUrl + out.url);
    expect(res.headers.get('content-type')).toContain('application/pdf');
    const file = join(tmp, 'report.pdf');
    writeFileSync(file, Buffer.from(await res.arrayBuffer()));
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toContain('中关村软件园知识产权公共服务工作站');
    expect(text).toContain('评价结果：优秀');
    expect(text).toContain('综合得分：90 分');
    expect(text).toContain('固定办公场所、服务设施与挂牌');
  });

  it('exports the round’s ranking and every reviewer’s scores to Excel', async () => {
    const roundId = await openRound();
    await submitSelf(roundId);
    expectOk(await review(roundId, 0, 0.9));
    expectOk(await review(roundId, 1, 0.5));
    const out = expectOk(await t.call('evaluation', 'exportRound', { roundId }, admin));
    const book = new Workbook();
    await book.xlsx.load(await (await fetch(t.baseUrl + out.url)).arrayBuffer());
    const results = book.getWorksheet('评价结果')!;
    const rows = results
      .getSheetValues()
      .filter(Boolean)
      .map((r) => (r as unknown[]).slice(1));
    expect(rows).toContainEqual([1, '中关村软件园知识产权公共服务工作站', 70, '合格', 2]);
    expect(book.getWorksheet('专家评分')!.rowCount).toBe(1 + 3);
  });
});

describe('review and result', () => {
  it('counts two reviewers submitting at once, as the mean of their totals', async () => {
    const roundId = await openRound();
    await submitSelf(roundId);
    const [a, b] = await Promise.all([review(roundId, 0, 0.9), review(roundId, 1, 0.8)]);
    expectOk(a);
    expectOk(b);
    const seen = await evaluationOf(roundId, admin, DEMO_STATION_ID);
    expect(seen.result).toMatchObject({ score: 85, grade: 'good', gradeLabel: '良好', reviewers: 2 });
  });

  it('leaves out a reviewer who declared a conflict: they no longer read the station', async () => {
    const roundId = await openRound();
    expectOk(
      await t.call(
        'evaluation',
        'declareConflict',
        { roundId, stationId: DEMO_STATION_ID, reason: '本人曾在该工作站任职' },
        reviewers[1]!.token,
      ),
    );
    expectError(
      await t.call('evaluation', 'getStationEvaluation', { roundId, stationId: DEMO_STATION_ID }, reviewers[1]!.token),
      'FORBIDDEN',
    );
    expectOk(await review(roundId, 0, 0.95));
    const seen = await evaluationOf(roundId, admin, DEMO_STATION_ID);
    expect(seen.result).toMatchObject({ score: 95, grade: 'excellent', reviewers: 1 });
  });

  it('makes the result 否决 whatever the score, a veto recorded while scores arrive included', async () => {
    const roundId = await openRound();
    const [veto, a, b] = await Promise.all([
      t.call(
        'evaluation',
        'recordVeto',
        { roundId, stationId: DEMO_STATION_ID, condition: 'crime', evidence: '一年内有侵犯知识产权犯罪判决' },
        reviewers[0]!.token,
      ),
      review(roundId, 0, 1),
      review(roundId, 1, 1),
    ]);
    [veto, a, b].forEach((r) => expectOk(r));
    const seen = await evaluationOf(roundId, admin, DEMO_STATION_ID);
    expect(seen.result).toMatchObject({ score: 100, grade: 'vetoed', gradeLabel: '否决', vetoed: true });
    const again = expectError(
      await t.call(
        'evaluation',
        'recordVeto',
        { roundId, stationId: DEMO_STATION_ID, condition: 'crime', evidence: '再次记录同一情形' },
        admin,
      ),
      'CONFLICT',
    );
    expect(again.message).toBe('该否决情形已记录');
  });

  it('refuses a score after the review deadline and after publication', async () => {
    const roundId = await openRound({ reviewDeadline: inDays(12) });
    t.clock.advance(13 * DAY);
    const late = expectError(await review(roundId, 0, 0.9), 'CONFLICT');
    expect(late.message).toBe('本轮评审已截止，不能再提交评分');
    const round2 = await openRound();
    expectOk(await t.call('evaluation', 'publishRound', { roundId: round2 }, admin));
    expectError(await review(round2, 0, 0.9), 'CONFLICT');
  });
});

describe('corrections (补正) and their deadline', () => {
  // The clock travels weeks here: fresh sessions.
  beforeAll(signIn, 60_000);

  /** Moves the clock to the next Monday 10:00 (Shanghai), so the working days are known. */
  function toMonday() {
    let date = addDays(shanghaiDate(t.clock.now()), 1);
    while (isoWeekday(date) !== 1) date = addDays(date, 1);
    t.clock.advance(shanghaiInstant(date, '10:00') - t.clock.now());
  }

  async function returned(lapse: 'veto' | 'review'): Promise<string> {
    toMonday();
    const roundId = await openRound({ lapse, correctionDays: 5 });
    await submitSelf(roundId);
    const back = expectOk(
      await t.call(
        'evaluation',
        'requestCorrection',
        { roundId, stationId: DEMO_STATION_ID, reasons: '缺少年度工作计划与经费使用台账' },
        reviewers[0]!.token,
      ),
    );
    expect(back.status).toBe('returned');
    return roundId;
  }

  it('under 000’s rule, records the veto automatically when the correction lapses', async () => {
    const roundId = await returned('veto');
    const due = (await evaluationOf(roundId, chief)).correction!.dueAt;
    // Returned on a Monday 10:00: five working days later is the next Monday 10:00.
    expect(due).toBe(shanghaiInstant(addDays(shanghaiDate(t.clock.now()), 7), '10:00'));
    t.clock.advance(due - t.clock.now());
    await t.host.runJobs(); // due, not past: nothing lapses
    expect((await evaluationOf(roundId, admin, DEMO_STATION_ID)).vetoes).toEqual([]);
    t.clock.advance(1);
    await t.host.runJobs();
    const seen = await evaluationOf(roundId, admin, DEMO_STATION_ID);
    expect(seen.vetoes).toEqual([expect.objectContaining({ condition: 'materials', automatic: true })]);
    expect(seen.result?.grade).toBe('vetoed');
    expect(seen.correction?.lapsed).toBe(true);
  });

  it('under the review-as-submitted rule, sends it back to review with no veto', async () => {
    const roundId = await returned('review');
    const due = (await evaluationOf(roundId, chief)).correction!.dueAt;
    t.clock.advance(due - t.clock.now() + 1);
    await t.host.runJobs();
    const seen = await evaluationOf(roundId, admin, DEMO_STATION_ID);
    expect(seen.vetoes).toEqual([]);
    expect(seen.status).toBe('submitted');
    expectOk(await review(roundId, 0, 0.9));
  });
});
