/**
 * A company books a slot on the WeChat build: 服务网点 → the demo station → 预约咨询, a topic from
 * the picker, the first free slot, a question, 确认预约 → 预约成功 → 查看我的预约 lists it. Runs
 * dist/weapp on the WeChat shim; the Store is SQLite through the same seam as pages.test.ts
 * (`cloudbasePorts()` replaced with the demo host's ports, tests/support/weapp-cloud.ts).
 */
import { join } from 'node:path';
import { PAGES } from '../../core/pages';
import type { BookingDoc } from '../../core/store/docs';
import { DEMO_COMPANY_ID } from '../../server/demo';
import { installWechat, type Wechat } from '../support/wechat';
import { openWeappCloud, WEAPP_NOW, type WeappCloud } from '../support/weapp-cloud';
import { setNow } from '../ui/support/clock';

jest.mock('../../cloudfunctions/_shared/cloudbase/ports', () => ({
  cloudbasePorts: () => (require('../support/weapp-cloud') as typeof import('../support/weapp-cloud')).weappPorts(),
}));

const DIST = join(__dirname, '../../dist/weapp');
const ZGC = '中关村软件园知识产权公共服务工作站';
const QUESTION = '我们的软件产品想同时申请著作权和发明专利，应该先做哪一个？';

let cloud: WeappCloud;
let wechat: Wechat;
beforeAll(async () => {
  setNow(WEAPP_NOW);
  cloud = await openWeappCloud();
  wechat = installWechat({ distDir: DIST, route: cloud.routeAs('company') });
});
afterAll(async () => {
  wechat?.uninstall();
  jest.useRealTimers();
  await cloud?.close();
});

test('a company books a slot and finds it in 我的预约', async () => {
  await wechat.open(PAGES.network);
  await wechat.tap(ZGC);
  expect(wechat.current().route).toBe(PAGES.station.slice(1));
  await wechat.tap('预约咨询');
  expect(wechat.current().route).toBe(PAGES.book.slice(1));
  expect(wechat.text()).toContain('尚未选择时段');

  // The topic picker is WeChat's own <picker>: choosing fires its change event with the index.
  const topic = wechat.find('form-field__control', '请选择咨询主题')!;
  await wechat.fire(topic.cn![0]!, 'change', { value: 0 });
  expect(wechat.text()).toContain('知识产权政策宣贯');

  // 09:00 on Monday, two hours' notice: the first free slot is 李联络's at 11:00.
  await wechat.tap('11:00–11:30');
  expect(wechat.text()).not.toContain('尚未选择时段');
  const question = wechat.find('nut-textarea-textarea')!;
  await wechat.fire(question, 'input', { value: QUESTION, cursor: QUESTION.length });
  await wechat.tap('确认预约');

  const confirmed = wechat.text();
  expect(confirmed).toContain('预约成功');
  expect(confirmed).toContain('2026-03-02');
  expect(confirmed).toContain('11:00');
  const [booking] = await cloud.host.store.find<BookingDoc>('bookings', {
    where: { companyId: DEMO_COMPANY_ID, start: Date.UTC(2026, 2, 2, 3, 0, 0), status: 'booked' },
  });
  expect(booking?.question).toBe(QUESTION);
  expect(booking?.topic).toBe('policy'); // 知识产权政策宣贯, the first of the picker

  // 我的预约 takes the form's place: back leads to the station, not to a spent form.
  await wechat.tap('查看我的预约');
  expect(wechat.navigations.at(-1)).toEqual({ kind: 'redirectTo', url: expect.stringContaining(PAGES.bookings) });
  expect(wechat.stack()).toEqual([PAGES.network, PAGES.station, PAGES.bookings].map((p) => p.slice(1)));
  const list = wechat.text();
  expect(list).toContain('2026-03-02 周一');
  expect(list).toContain('11:00–11:30');
  expect(wechat.errors).toEqual([]);
  expect(wechat.calls.filter((c) => !c.ok)).toEqual([]);
});
