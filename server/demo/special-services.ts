/**
 * The demo station's 年度专项服务清单 for the demo's year: written and published by the chief in
 * January (or just now, on a demo loaded before then), with deliveries recorded on the dates
 * already past — so the station page and 首页 list it, and the chief sees its progress.
 */
import { shanghaiInstant } from '../../core/rules/time';
import { DEMO_STATION_ID, DEMO_USERS } from './accounts';
import { HOUR, type DemoStage } from './stage';

const ITEMS = [
  {
    content: '专精特新企业专利导航',
    targets: '园区专精特新企业',
    frequency: 'quarterly',
    expected: '每家企业形成一份专利导航分析报告',
  },
  {
    content: '知识产权政策进企业宣讲',
    targets: '园区全部入驻企业',
    frequency: 'monthly',
    expected: '全年宣讲12场，覆盖企业200家次',
  },
  {
    content: '海外知识产权纠纷应对指导',
    targets: '有出海业务的软件企业',
    frequency: 'on_demand',
    expected: '建立应对预案，指导企业应诉',
  },
] as const;

/** Deliveries: item index, month-day, note. */
const DELIVERIES: ReadonlyArray<[number, string, string]> = [
  [0, '03-18', '为8家专精特新企业完成一季度专利导航'],
  [0, '06-17', '二季度专利导航：聚焦工业软件领域'],
  [0, '09-16', '三季度专利导航：新增3家企业'],
  [1, '02-26', '开展专利转化政策宣讲，32家企业参加'],
  [1, '04-22', '开展商标品牌政策宣讲，27家企业参加'],
  [1, '07-15', '开展数据知识产权登记政策宣讲'],
  [2, '05-09', '指导一家企业应对海外商标异议'],
];

export async function demoSpecialServices(s: DemoStage): Promise<void> {
  const year = Number(s.today.slice(0, 4));
  const january = shanghaiInstant(`${year}-01-20`, '10:00');
  s.at(Math.min(january, s.start - 2 * HOUR));
  const saved = await s.act(DEMO_USERS.chief, 'directory', 'saveSpecialServices', {
    stationId: DEMO_STATION_ID,
    year,
    items: ITEMS.map((i) => ({ ...i })),
  });
  await s.act(DEMO_USERS.chief, 'directory', 'publishSpecialServices', { stationId: DEMO_STATION_ID, year });
  for (const [index, monthDay, note] of DELIVERIES) {
    const doneAt = shanghaiInstant(`${year}-${monthDay}`, '15:00');
    if (doneAt >= s.start) continue;
    s.at(doneAt + HOUR);
    await s.act(DEMO_USERS.chief, 'directory', 'logSpecialProgress', {
      clientRequestId: s.requestId(`special-${index}-${monthDay}`),
      stationId: DEMO_STATION_ID,
      year,
      itemId: saved.items[index]!.id,
      doneAt,
      note,
    });
  }
}
