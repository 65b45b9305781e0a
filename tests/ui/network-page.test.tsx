import NetworkPage from '@/pages/network/index';
import * as directory from '@/services/directory';
import { ServiceError } from '@/services/errors';
import { aPage, aStation } from './support/directory-fixtures';
import { bodyText, byTestId, mountPage, waitFor, type MountedPage } from './support/page-harness';
import { mockTaro, type TaroMocks } from './support/taro-mocks';

jest.mock('@/services/directory', () => require('./support/directory-mock').directoryMock());
const api = jest.mocked(directory);

const ZGC = aStation();
const RAPID = aStation({
  id: 'st-chaoyang-rapid',
  name: '朝阳区知识产权快速维权中心',
  kind: 'rapid_protection_center',
  level: 'district',
  district: 'chaoyang',
  phone: '010-85000000',
  keyIndustries: ['文化创意'],
});

function chip(testId: string, value: string): Element {
  const found = byTestId(testId).find((el) => el.getAttribute('data-value') === value);
  if (!found) throw new Error(`no ${testId} ${value}`);
  return found;
}

function cardNames(): string[] {
  return byTestId('station-card').map((card) => card.querySelector('.station-card__name')?.textContent ?? '');
}

describe('服务网点 page', () => {
  let taro: TaroMocks;
  let page: MountedPage;

  beforeEach(() => {
    jest.clearAllMocks();
    taro = mockTaro();
  });

  afterEach(() => {
    page?.unmount();
    jest.restoreAllMocks();
  });

  it('lists station cards with Chinese kind and level labels, district, address, phone, hours and industries', async () => {
    api.listStations.mockResolvedValue(aPage([ZGC, RAPID]));
    page = await mountPage(NetworkPage);

    await waitFor(() => expect(byTestId('station-card')).toHaveLength(2));
    expect(api.listStations).toHaveBeenCalledWith({ page: 1, pageSize: 20 });
    const [first, second] = byTestId('station-card').map((c) => (c.textContent ?? '').replace(/\s+/g, ' '));
    expect(first).toContain('海淀区中关村知识产权工作站');
    expect(first).toContain('维权援助服务站');
    expect(first).toContain('工作站');
    expect(first).toContain('海淀区');
    expect(first).toContain('北京市海淀区中关村大街1号');
    expect(first).toContain('010-62345678');
    expect(first).toContain('周一至周五 9:00-17:30');
    expect(first).toContain('新一代信息技术');
    expect(second).toContain('快速维权中心');
    expect(second).toContain('区级');
    expect(second).not.toContain('rapid_protection_center');
    expect(bodyText()).toContain('共 2 个服务网点');
    expect(bodyText()).toContain('没有更多了');
  });

  it('shows every district as a chip, and tapping one lists that district', async () => {
    api.listStations.mockResolvedValueOnce(aPage([ZGC, RAPID])).mockResolvedValueOnce(aPage([RAPID]));
    page = await mountPage(NetworkPage);
    await waitFor(() => expect(byTestId('station-card')).toHaveLength(2));

    const labels = byTestId('district-chip').map((c) => c.textContent);
    expect(labels[0]).toBe('全部');
    expect(labels).toEqual(expect.arrayContaining(['东城区', '海淀区', '朝阳区', '延庆区', '经开区']));
    expect(labels).toHaveLength(18);

    page.utils.fireEvent.click(chip('district-chip', 'chaoyang'));

    await waitFor(() => expect(cardNames()).toEqual(['朝阳区知识产权快速维权中心']));
    expect(api.listStations).toHaveBeenLastCalledWith({ district: 'chaoyang', page: 1, pageSize: 20 });
    expect(chip('district-chip', 'chaoyang').getAttribute('data-active')).toBe('true');
    expect(chip('district-chip', '').getAttribute('data-active')).toBe('false');
  });

  it('filters by kind and level together with the district', async () => {
    api.listStations.mockResolvedValue(aPage([RAPID]));
    page = await mountPage(NetworkPage);
    await waitFor(() => expect(byTestId('station-card')).toHaveLength(1));

    expect(byTestId('kind-chip').map((c) => c.textContent)).toEqual([
      '全部类型',
      '知识产权保护中心',
      '快速维权中心',
      '商标品牌培育指导站',
      '维权援助服务站',
      '企业知识产权保护流动工作室',
      '其他服务网点',
    ]);
    page.utils.fireEvent.click(chip('district-chip', 'chaoyang'));
    await waitFor(() => expect(api.listStations).toHaveBeenCalledTimes(2));
    page.utils.fireEvent.click(chip('kind-chip', 'rapid_protection_center'));
    await waitFor(() => expect(api.listStations).toHaveBeenCalledTimes(3));
    page.utils.fireEvent.click(chip('level-chip', 'district'));
    await waitFor(() =>
      expect(api.listStations).toHaveBeenLastCalledWith({
        district: 'chaoyang',
        kind: 'rapid_protection_center',
        level: 'district',
        page: 1,
        pageSize: 20,
      }),
    );
  });

  it('says so when a district has no service point', async () => {
    api.listStations.mockResolvedValueOnce(aPage([ZGC])).mockResolvedValueOnce(aPage([]));
    page = await mountPage(NetworkPage);
    await waitFor(() => expect(byTestId('station-card')).toHaveLength(1));

    page.utils.fireEvent.click(chip('district-chip', 'yanqing'));

    await waitFor(() => expect(byTestId('list-empty')).toHaveLength(1));
    expect(bodyText()).toContain('该区域暂无服务网点');
    expect(byTestId('station-card')).toHaveLength(0);
  });

  it('shows the error with a retry that loads again', async () => {
    api.listStations
      .mockRejectedValueOnce(new ServiceError('NETWORK', '网络连接失败，请检查网络后重试'))
      .mockResolvedValueOnce(aPage([ZGC]));
    page = await mountPage(NetworkPage);

    await waitFor(() => expect(byTestId('list-error')).toHaveLength(1));
    expect(bodyText()).toContain('加载失败');
    expect(bodyText()).toContain('网络连接失败，请检查网络后重试');

    const retry = byTestId('list-error')[0]!.querySelector('.plain-button')!;
    page.utils.fireEvent.click(retry);

    await waitFor(() => expect(byTestId('station-card')).toHaveLength(1));
    expect(api.listStations).toHaveBeenCalledTimes(2);
    expect(byTestId('list-error')).toHaveLength(0);
  });

  it('opens the station page when a card is tapped, but only dials when the phone is tapped', async () => {
    api.listStations.mockResolvedValue(aPage([ZGC]));
    page = await mountPage(NetworkPage);
    await waitFor(() => expect(byTestId('station-card')).toHaveLength(1));

    page.utils.fireEvent.click(document.querySelector('.phone-link')!);
    expect(taro.makePhoneCall).toHaveBeenCalledWith({ phoneNumber: '01062345678' });
    expect(taro.navigateTo).not.toHaveBeenCalled();

    page.utils.fireEvent.click(byTestId('station-card')[0]!.querySelector('.station-card__name')!);
    expect(taro.navigateTo).toHaveBeenCalledWith({
      url: '/packages/directory/pages/station/index?stationId=st-haidian-zgc',
    });
  });

  it('loads the next page on reaching the bottom and reloads on pull-down', async () => {
    const first = Array.from({ length: 20 }, (_, i) => aStation({ id: `st-${i}`, name: `网点${i}` }));
    api.listStations
      .mockResolvedValueOnce(aPage(first, 21))
      .mockResolvedValueOnce(aPage([aStation({ id: 'st-20', name: '网点20' })], 21, 2))
      .mockResolvedValueOnce(aPage([ZGC], 1));
    page = await mountPage(NetworkPage);
    await waitFor(() => expect(byTestId('station-card')).toHaveLength(20));
    expect(bodyText()).not.toContain('没有更多了');

    await page.trigger('onReachBottom');
    await waitFor(() => expect(byTestId('station-card')).toHaveLength(21));
    expect(api.listStations).toHaveBeenLastCalledWith({ page: 2, pageSize: 20 });
    expect(bodyText()).toContain('没有更多了');

    await page.trigger('onPullDownRefresh');
    await waitFor(() => expect(cardNames()).toEqual(['海淀区中关村知识产权工作站']));
    expect(api.listStations).toHaveBeenLastCalledWith({ page: 1, pageSize: 20 });
    await waitFor(() => expect(taro.stopPullDownRefresh).toHaveBeenCalledTimes(1));
  });
});
