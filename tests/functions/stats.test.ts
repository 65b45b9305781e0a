/**
 * Statistics through the runtime (stats.*), with the world's test clock (2025-03-03): a chief's
 * month beside the previous month and the same month last year, the breakdowns their charts
 * draw, the ledger's 待走访 and key-list coverage; a liaison's own figures; the admin's city view
 * of every station; the records just written are counted without waiting for the timer.
 */
import type { StationStats } from '../../core/contract';
import type { Store } from '../../core/ports';
import type { FollowUpDoc, UserDoc } from '../../core/store/docs';
import { stampedStore } from '../../cloudfunctions/_shared/change-stamps';
import { seedRecord } from '../support/archive-seed';
import { DAY } from '../support/clock';
import { stationConsultant } from '../support/consult-seed';
import { failed, ok } from '../support/envelope';
import { OTHER_STATION, OWN_STATION } from '../support/fixtures';
import { seedVisit } from '../support/visit-seed';
import { seedRequest } from '../support/request-seed';
import { createWorld, OWN_COMPANY, OTHER_COMPANY, seedCompany, type World } from '../support/world';

let world: World;
/** Writes as the actions write them: with their change stamp. */
let store: Store;
beforeAll(async () => {
  world = await createWorld();
  store = stampedStore(world.store, world.clock);
});
afterAll(() => world.close());

const now = () => world.clock.now();
const MARCH = { kind: 'month', anchor: '2025-03-03' } as const;

const figureOf = (s: StationStats, id: string) => s.sections.flatMap((x) => x.figures).find((f) => f.id === id) ?? null;
const chartOf = (s: StationStats, id: string) => s.sections.find((x) => x.id === id)?.chart?.items ?? [];

describe('a station’s statistics', () => {
  let stats: StationStats;
  beforeAll(async () => {
    const t = now();
    // This month: three consultations (two by phone), one the month before, one a year ago.
    await seedRecord(store, t, OWN_STATION, OWN_COMPANY, { consultedAt: t - DAY, channel: 'phone' });
    await seedRecord(store, t, OWN_STATION, OWN_COMPANY, { consultedAt: t - 2 * 3600_000, channel: 'phone' });
    await seedRecord(store, t, OWN_STATION, OWN_COMPANY, { consultedAt: t - 3600_000, channel: 'onsite' });
    await seedRecord(store, t, OWN_STATION, OWN_COMPANY, { consultedAt: t - 10 * DAY });
    await seedRecord(store, t, OWN_STATION, OWN_COMPANY, { consultedAt: t - 365 * DAY });
    // Another station's consultation never counts here.
    await seedRecord(store, t, OTHER_STATION, OTHER_COMPANY, { consultedAt: t - DAY });
    // Two visits to one company this month; a second company on the 专精特新 list, not visited.
    await seedVisit(store, t, OWN_STATION, OWN_COMPANY, { visitedAt: t - DAY });
    await seedVisit(store, t, OWN_STATION, OWN_COMPANY, { visitedAt: t - 3600_000 });
    await world.store.update(
      'companies',
      { _id: OWN_COMPANY },
      { set: { 'keyFlags.specialized': true, lastVisitAt: t - 3600_000 } },
    );
    const listed = await seedCompany(world.store, t, OWN_STATION);
    await world.store.update('companies', { _id: listed }, { set: { 'keyFlags.specialized': true } });

    stats = ok<StationStats>(
      await world.run('stats', { action: 'stationStats', period: MARCH }, await world.actor('chief')),
    );
  });

  it('puts the month beside the previous month and the same month last year', () => {
    expect(stats.period).toMatchObject({ from: '2025-03-01', to: '2025-03-31', label: '2025年3月' });
    expect(stats.previous.label).toBe('2025年2月');
    expect(stats.lastYear.label).toBe('2024年3月');
    expect(figureOf(stats, 'consult')).toMatchObject({ value: 3, previous: 1, lastYear: 1 });
  });

  it('breaks consultations down by channel and by consultant, by name', async () => {
    expect(chartOf(stats, 'consult')).toEqual([
      { name: '电话', value: 2 },
      { name: '现场', value: 1 },
    ]);
    const consultant = await stationConsultant(world.store, now(), OWN_STATION);
    const name = (await world.store.get<UserDoc>('users', consultant))!.displayName;
    expect(chartOf(stats, 'consultant')).toEqual([{ name, value: 3 }]);
  });

  it('counts visits, the companies they covered, 待走访 and the coverage of each key list', () => {
    expect(figureOf(stats, 'visits')?.value).toBe(2);
    expect(figureOf(stats, 'covered')?.value).toBe(1);
    // The second 专精特新 company was never visited: one of two on the list.
    expect(figureOf(stats, 'coverage_specialized')?.value).toBe(50);
    expect(figureOf(stats, 'pending')?.value).toBeGreaterThanOrEqual(1);
  });

  it('draws the trend day by day for a month', () => {
    expect(stats.trend.grain).toBe('d');
    expect(stats.trend.points).toHaveLength(31);
    const consult = stats.trend.series.find((s) => s.name === '咨询')!;
    expect(consult.values[1]).toBe(1); // 2 March: the one a day before
    expect(consult.values[2]).toBe(2); // 3 March: the two of today
  });

  it('counts a record written a moment ago, without waiting for the timer', async () => {
    await seedRecord(store, now(), OWN_STATION, OWN_COMPANY, { consultedAt: now() - 60_000 });
    const again = ok<StationStats>(
      await world.run('stats', { action: 'stationStats', period: MARCH }, await world.actor('chief')),
    );
    expect(figureOf(again, 'consult')?.value).toBe(4);
  });

  it('gives a liaison only their own work, whatever station they name', async () => {
    const liaison = await world.actor('liaison');
    await seedRecord(store, now(), OWN_STATION, OWN_COMPANY, {
      consultantId: liaison.userId,
      consultedAt: now() - 60_000,
    });
    const own = ok<StationStats>(
      await world.run('stats', { action: 'stationStats', period: MARCH, stationId: OTHER_STATION }, liaison),
    );
    expect(own.scopeName).toMatch(/^我的工作/);
    expect(figureOf(own, 'consult')?.value).toBe(1);
    expect(figureOf(own, 'pending')).toBeNull();
  });

  it('asks an admin which station', async () => {
    const reply = await world.run('stats', { action: 'stationStats', period: MARCH }, await world.actor('admin'));
    expect(failed(reply, 'INVALID_INPUT').message).toContain('请选择要查看统计的站点');
  });

  it('refuses a chief another station’s figures', async () => {
    const reply = await world.run(
      'stats',
      { action: 'stationStats', period: MARCH, stationId: OTHER_STATION },
      await world.actor('chief'),
    );
    failed(reply, 'FORBIDDEN');
  });
});

describe('the city view', () => {
  it('puts every station in service side by side on the headline figures', async () => {
    const city = ok<{
      rows: Array<{ stationId: string; figures: Record<string, number | null> }>;
      columns: Array<{ id: string }>;
    }>(await world.run('stats', { action: 'cityStats', period: MARCH }, await world.actor('admin')));
    expect(city.columns.map((c) => c.id)).toEqual(
      expect.arrayContaining(['consult', 'visits', 'covered', 'satisfaction']),
    );
    const own = city.rows.find((r) => r.stationId === OWN_STATION)!;
    const other = city.rows.find((r) => r.stationId === OTHER_STATION)!;
    expect(own.figures.consult).toBeGreaterThanOrEqual(4);
    expect(own.figures.covered).toBe(1);
    expect(other.figures.consult).toBe(1);
    expect(other.figures.visits).toBe(0);
  });
});

describe('企业关注: what companies ask about, and what to do about it', () => {
  type Insights = {
    categories: Array<{ name: string; count: number }>;
    keywords: Array<{ word: string; count: number }>;
    wantedTopics: Array<{ topic: string; count: number }>;
    visitNeeds: Array<{ name: string; count: number }>;
    suggestions: Array<{
      id: string;
      kind: string;
      title: string;
      reason: string;
      examples: string[];
      company?: { id: string };
    }>;
  };
  const APRIL = { kind: 'month', anchor: '2025-04-10' } as const;
  let asker: string;
  let insights: Insights;
  beforeAll(async () => {
    const t = Date.UTC(2025, 3, 10, 2, 0, 0); // 10 April, 10:00 in Beijing
    asker = await seedCompany(world.store, now(), OWN_STATION);
    const questions = ['商标被抢注如何异议', '商标续展需要哪些材料', '驰名商标认定的条件', '商标许可合同备案'];
    for (const summary of questions) {
      await seedRecord(store, now(), OWN_STATION, asker, { consultedAt: t, category: 'licensing', summary });
    }
    await seedRecord(store, now(), OWN_STATION, OWN_COMPANY, {
      consultedAt: t,
      category: 'finance',
      summary: '专利质押融资',
    });
    for (const user of ['u-a', 'u-b', 'u-c']) {
      await store.insert('survey_responses', {
        _id: `training:tr-x:${user}`,
        questionnaireId: 'q-training-default',
        targetKind: 'training',
        targetId: 'tr-x',
        stationId: OWN_STATION,
        userId: user,
        answers: { overall: 5, topics: ['专利挖掘与布局'] },
        submittedAt: t,
        updatedAt: t,
      });
    }
    await seedRequest(store, t, OWN_STATION, OWN_COMPANY, { overrides: { source: 'visit', category: 'licensing' } });
    insights = ok<Insights>(
      await world.run('stats', { action: 'insights', period: APRIL }, await world.actor('chief')),
    );
  });

  it('counts the categories, the words of the questions, the topics wanted and the needs found on visits', () => {
    expect(insights.categories[0]).toEqual({ name: '知识产权转让、许可', count: 4 });
    expect(insights.keywords[0]).toEqual({ word: '商标', count: 4 });
    expect(insights.wantedTopics).toEqual([{ topic: '专利挖掘与布局', count: 3 }]);
    expect(insights.visitNeeds).toEqual([{ name: '知识产权转让、许可', count: 1 }]);
  });

  it('suggests a training on what is asked most, with the questions behind it, and one asked for in questionnaires', () => {
    const byCategory = insights.suggestions.find((s) => s.id === 'training:category:licensing')!;
    expect(byCategory.reason).toBe('本期 4 次咨询涉及「知识产权转让、许可」（占 80%），走访发现 1 项相关需求');
    expect(byCategory.examples).toHaveLength(3);
    expect(insights.suggestions.map((s) => s.id)).toContain('training:topic:专利挖掘与布局');
    // One finance question is no topic of its own.
    expect(insights.suggestions.map((s) => s.id)).not.toContain('training:category:finance');
  });

  it('suggests visiting a company that keeps asking and was never visited, and plans it once', async () => {
    const visit = insights.suggestions.find((s) => s.kind === 'visit')!;
    expect(visit.company?.id).toBe(asker);
    expect(visit.reason).toBe('本期咨询 4 次，从未走访');
    const chief = await world.actor('chief');
    const dueDate = '2025-03-10';
    const first = ok<{ created: boolean; followUpId: string }>(
      await world.run('stats', { action: 'planVisit', companyId: asker, dueDate }, chief),
    );
    const again = ok<{ created: boolean; followUpId: string }>(
      await world.run('stats', { action: 'planVisit', companyId: asker, dueDate }, chief),
    );
    expect([first.created, again.created]).toEqual([true, false]);
    expect(again.followUpId).toBe(first.followUpId);
    const planned = await world.store.get<FollowUpDoc>('follow_ups', first.followUpId);
    expect(planned).toMatchObject({ source: 'plan', ownerId: chief.userId, status: 'open' });
  });
});
