/**
 * 年度专项服务清单 (directory.*SpecialServices, logSpecialProgress) through the runtime: a chief
 * drafts the year's list (readers see nothing), publishes it (readers see it; late after the
 * first quarter), records deliveries against each item (a retry records nothing more), and keeps
 * items with deliveries; the limits of the year and of time are refused in Chinese.
 */
import type { SpecialServiceList } from '../../core/contract';
import { shanghaiInstant } from '../../core/rules/time';
import { DAY } from '../support/clock';
import { failed, ok } from '../support/envelope';
import { newRequestId, OWN_STATION } from '../support/fixtures';
import { createWorld, type Actor, type World } from '../support/world';

let world: World;
beforeEach(async () => {
  world = await createWorld();
});
afterEach(() => world.close());

const call = (action: string, input: Record<string, unknown>, actor: Actor | null) =>
  world.run('directory', { action, ...input }, actor);

const ITEMS = [
  {
    content: '专精特新企业专利导航',
    targets: '辖区专精特新企业',
    frequency: 'quarterly',
    expected: '每家企业一份导航报告',
  },
  { content: '商标品牌培育辅导', targets: '拟申请驰名商标的企业', frequency: 'on_demand', expected: '培育品牌10个' },
];

/** Sets the test clock to a Shanghai day of 2026. */
const at = (date: string) => {
  world.clock.advance(shanghaiInstant(date, '10:00') - world.clock.now());
};

describe('the annual special-service list', () => {
  it('is the chief’s draft until published, then everyone’s, with the deliveries recorded against it', async () => {
    at('2026-02-10');
    const chief = await world.actor('chief');
    const company = await world.actor('company');
    const year = 2026;
    const draft = ok<SpecialServiceList>(
      await call('saveSpecialServices', { stationId: OWN_STATION, year, items: ITEMS }, chief),
    );
    expect(draft).toMatchObject({ status: 'draft', canEdit: true });
    expect(
      ok<SpecialServiceList>(await call('getSpecialServices', { stationId: OWN_STATION, year }, company)),
    ).toMatchObject({
      status: 'none',
      items: [],
      canEdit: false,
    });
    const published = ok<SpecialServiceList>(
      await call('publishSpecialServices', { stationId: OWN_STATION, year }, chief),
    );
    expect(published).toMatchObject({ status: 'published', late: false });
    const [navigation, brand] = published.items;
    expect(navigation).toMatchObject({ planned: 4, done: 0 });
    expect(brand).toMatchObject({ planned: null, done: 0 });

    const clientRequestId = newRequestId('sp');
    const log = {
      clientRequestId,
      stationId: OWN_STATION,
      year,
      itemId: navigation!.id,
      doneAt: world.clock.now() - DAY,
      note: '为5家专精特新企业开展专利导航',
    };
    ok(await call('logSpecialProgress', log, chief));
    const again = ok<SpecialServiceList>(await call('logSpecialProgress', log, chief));
    expect(again.items[0]).toMatchObject({ done: 1 });
    expect(again.items[0]!.progress).toEqual([
      expect.objectContaining({ note: '为5家专精特新企业开展专利导航', byName: 'chief 测试' }),
    ]);

    const read = ok<SpecialServiceList>(await call('getSpecialServices', { stationId: OWN_STATION, year }, company));
    expect(read.items.map((i) => i.content)).toEqual(['专精特新企业专利导航', '商标品牌培育辅导']);
    expect(read.items[0]).toMatchObject({ done: 1 });
    expect(read.items[0]!.progress).toBeUndefined();

    // An item with deliveries stays; one without may go; ids (and so deliveries) are kept.
    expect(
      failed(
        await call(
          'saveSpecialServices',
          { stationId: OWN_STATION, year, items: [{ id: brand!.id, ...ITEMS[1] }] },
          chief,
        ),
        'CONFLICT',
      ).message,
    ).toBe('「专精特新企业专利导航」已有开展记录，不能删除');
    const edited = ok<SpecialServiceList>(
      await call(
        'saveSpecialServices',
        {
          stationId: OWN_STATION,
          year,
          items: [{ id: navigation!.id, ...ITEMS[0], expected: '每家企业两份导航报告' }],
        },
        chief,
      ),
    );
    expect(edited).toMatchObject({
      status: 'published',
      items: [{ id: navigation!.id, done: 1, expected: '每家企业两份导航报告' }],
    });
  });

  it('shows in the station statistics: deliveries in the period, each item against its plan', async () => {
    at('2026-02-10');
    const chief = await world.actor('chief');
    const liaison = await world.actor('liaison');
    const list = ok<SpecialServiceList>(
      await call('saveSpecialServices', { stationId: OWN_STATION, year: 2026, items: ITEMS }, chief),
    );
    ok(await call('publishSpecialServices', { stationId: OWN_STATION, year: 2026 }, chief));
    for (const doneAt of [shanghaiInstant('2026-01-20', '10:00'), shanghaiInstant('2026-02-05', '10:00')]) {
      ok(
        await call(
          'logSpecialProgress',
          {
            clientRequestId: newRequestId('sp'),
            stationId: OWN_STATION,
            year: 2026,
            itemId: list.items[0]!.id,
            doneAt,
            note: '开展专利导航',
          },
          chief,
        ),
      );
    }
    type Stats = {
      sections: Array<{
        id: string;
        figures: Array<{ value: number; previous: number }>;
        chart: { items: Array<{ name: string; value: number }> } | null;
      }>;
    };
    const stats = ok<Stats>(
      await world.run('stats', { action: 'stationStats', period: { kind: 'month', anchor: '2026-02-10' } }, chief),
    );
    const special = stats.sections.find((s) => s.id === 'special')!;
    expect(special.figures[0]).toMatchObject({ value: 1, previous: 1 });
    expect(special.chart!.items).toEqual([
      { name: '专精特新企业专利导航（计划4次）', value: 2 },
      { name: '商标品牌培育辅导（按需）', value: 0 },
    ]);
    // A liaison's statistics are their own work: no station list there.
    const own = ok<Stats>(
      await world.run('stats', { action: 'stationStats', period: { kind: 'month', anchor: '2026-02-10' } }, liaison),
    );
    expect(own.sections.map((s) => s.id)).not.toContain('special');
  });

  it('is marked late when published after the first quarter', async () => {
    at('2026-04-02');
    const chief = await world.actor('chief');
    ok(await call('saveSpecialServices', { stationId: OWN_STATION, year: 2026, items: ITEMS }, chief));
    const published = ok<SpecialServiceList>(
      await call('publishSpecialServices', { stationId: OWN_STATION, year: 2026 }, chief),
    );
    expect(published.late).toBe(true);
  });

  it('refuses a past year, a delivery before publishing, in the future or outside its year', async () => {
    at('2026-12-20');
    const chief = await world.actor('chief');
    expect(
      failed(
        await call('saveSpecialServices', { stationId: OWN_STATION, year: 2025, items: ITEMS }, chief),
        'INVALID_INPUT',
      ).message,
    ).toBe('只能编制本年度或下一年度的专项服务清单');
    const next = ok<SpecialServiceList>(
      await call('saveSpecialServices', { stationId: OWN_STATION, year: 2027, items: ITEMS }, chief),
    );
    const log = (doneAt: number, year = 2027) => ({
      clientRequestId: newRequestId('sp'),
      stationId: OWN_STATION,
      year,
      itemId: next.items[0]!.id,
      doneAt,
      note: '开展专利导航',
    });
    expect(failed(await call('logSpecialProgress', log(world.clock.now() - DAY), chief), 'CONFLICT').message).toBe(
      '专项服务清单发布后才能登记开展情况',
    );
    ok(await call('publishSpecialServices', { stationId: OWN_STATION, year: 2027 }, chief));
    expect(failed(await call('logSpecialProgress', log(world.clock.now() + DAY), chief), 'INVALID_INPUT').message).toBe(
      '开展时间不能晚于现在',
    );
    expect(failed(await call('logSpecialProgress', log(world.clock.now() - DAY), chief), 'INVALID_INPUT').message).toBe(
      '开展时间须在2027年内',
    );
  });
});
