/**
 * Statistics through the runtime (stats.*), with the world's test clock (2025-03-03): a chief's
 * month beside the previous month and the same month last year, the breakdowns their charts
 * draw, the ledger's 待走访 and key-list coverage; a liaison's own figures; the admin's city view
 * of every station; the records just written are counted without waiting for the timer.
 */
import type { StationStats } from '../../core/contract';
import type { Store } from '../../core/ports';
import type { UserDoc } from '../../core/store/docs';
import { stampedStore } from '../../cloudfunctions/_shared/change-stamps';
import { seedRecord } from '../support/archive-seed';
import { DAY } from '../support/clock';
import { stationConsultant } from '../support/consult-seed';
import { failed, ok } from '../support/envelope';
import { OTHER_STATION, OWN_STATION } from '../support/fixtures';
import { seedVisit } from '../support/visit-seed';
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
