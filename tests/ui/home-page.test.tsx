/**
 * 首页: the sections show what `content.home` answers (articles, upcoming trainings, the year's
 * special services, the station) and each row opens its page; the quick actions go where they
 * say, asking a guest to sign in first where they act for the person; someone without a station
 * of their own chooses a district, which is remembered and asked for again; a failed load says so
 * with a retry; the search box opens 搜索 with the words typed.
 */
import Taro from '@tarojs/taro';
import HomePage from '@/pages/home/index';
import { HOME_DISTRICT_KEY } from '@/pages/home/district';
import type { ArticleSummary, HomeView, Me } from '@core/contract';
import { formatShanghai, shanghaiInstant } from '@core/rules/time';
import * as content from '@/services/content';
import { ServiceError } from '@/services/errors';
import { useAppStore } from '@/store';
import { atNow } from './support/clock';
import { COMPANY_ME, STATION_ID, STATION_NAME } from './support/consult-fixtures';
import {
  bodyText,
  byTestId,
  showPage,
  tapText,
  typeInto,
  waitFor,
  waitForForm,
  waitForText,
} from './support/page-harness';
import { signedInPages, taro } from './support/page-lifecycle';
import { navigatedUrls } from './support/taro-mocks';

jest.mock('@/services/content');
const api = jest.mocked(content);

const NOW = shanghaiInstant('2026-12-02', '10:00');
atNow(NOW);
signedInPages(COMPANY_ME);

/** Signed in, acting for nobody yet: no station of their own. */
const NO_ROLE_ME: Me = { user: { id: 'u-new', displayName: '新用户' }, memberships: [], actingId: null };

const ARTICLE_AT = shanghaiInstant('2026-12-01', '09:00');
const TRAINING_AT = shanghaiInstant('2026-12-05', '09:30');

function anArticle(overrides: Partial<ArticleSummary> = {}): ArticleSummary {
  return {
    id: 'art-1',
    kind: 'policy',
    stationId: STATION_ID,
    source: STATION_NAME,
    title: '专利预审服务指引解读',
    summary: '预审服务的申请条件与材料清单',
    status: 'published',
    publishAt: ARTICLE_AT,
    readCount: 12,
    updatedAt: ARTICLE_AT,
    ...overrides,
  };
}

const STATION: NonNullable<HomeView['station']> = {
  id: STATION_ID,
  name: STATION_NAME,
  phone: '010-62345678',
  address: '北京市海淀区中关村大街1号',
  hours: '周一至周五 9:00-17:30',
};

const CHAOYANG: NonNullable<HomeView['station']> = {
  id: 'st-chaoyang-rapid',
  name: '朝阳区知识产权快速维权中心',
  phone: '010-85000000',
  address: '北京市朝阳区建国路88号',
  hours: '周一至周五 9:00-17:00',
};

function aHome(overrides: Partial<HomeView> = {}): HomeView {
  return {
    station: STATION,
    articles: [anArticle()],
    trainings: [
      { id: 'tr-1', title: '知识产权质押融资实务', stationName: STATION_NAME, startAt: TRAINING_AT, seatsLeft: 12 },
      { id: 'tr-2', title: '商标品牌培育', stationName: '朝阳站', startAt: TRAINING_AT + 86_400_000, seatsLeft: 0 },
    ],
    specialServices: [
      { id: 'sp-1', content: '专利导航进园区', frequency: 'quarterly' },
      { id: 'sp-2', content: '商标注册指导', frequency: 'monthly' },
    ],
    specialYear: 2026,
    ...overrides,
  };
}

const text = (testId: string) => byTestId(testId).map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim());

beforeEach(() => {
  Taro.clearStorageSync();
});

describe('首页 sections', () => {
  it('shows the latest articles, upcoming trainings, the year’s special services and the company’s own station', async () => {
    api.home.mockResolvedValue(aHome());

    await showPage(HomePage);

    await waitFor(() => expect(byTestId('home-article')).toHaveLength(1));
    expect(api.home).toHaveBeenCalledWith({});
    expect(text('home-article')[0]).toBe(
      `专利预审服务指引解读政策解读 · ${STATION_NAME} · ${formatShanghai(ARTICLE_AT, 'YYYY-MM-DD')}`,
    );
    const [open, full] = text('home-training');
    expect(open).toContain(`${STATION_NAME} · ${formatShanghai(TRAINING_AT, 'MM-DD')} 周六 09:30`);
    expect(open).toContain('余12席');
    expect(full).toContain('名额已满');
    expect(text('home-special')[0]).toContain('2026年度专项服务');
    expect(text('home-special-item')).toEqual(['专利导航进园区每季度一次', '商标注册指导每月一次']);
    const station = text('home-station')[0];
    expect(station).toContain('我的服务站');
    expect(station).toContain('北京市海淀区中关村大街1号');
    expect(station).toContain('周一至周五 9:00-17:30');
    expect(station).toContain('010-62345678');
    expect(byTestId('home-district')).toHaveLength(0);
  });

  it.each([
    ['专利预审服务指引解读', '/packages/content/pages/detail/index?articleId=art-1'],
    ['知识产权质押融资实务', '/packages/training/pages/session/index?sessionId=tr-1'],
    ['专利导航进园区', `/packages/directory/pages/special/index?stationId=${STATION_ID}&year=2026`],
    [STATION_NAME, `/packages/directory/pages/station/index?stationId=${STATION_ID}`],
  ])('tapping 「%s」 opens its page', async (title, url) => {
    api.home.mockResolvedValue(aHome());
    await showPage(HomePage);
    await waitForText(title);

    tapText(title);

    await waitFor(() => expect(navigatedUrls(taro)).toEqual([url]));
  });

  it('opens the whole list from each section’s 更多', async () => {
    api.home.mockResolvedValue(aHome());
    await showPage(HomePage);
    await waitFor(() => expect(byTestId('home-article')).toHaveLength(1));

    for (const section of ['home-articles', 'home-trainings']) {
      (byTestId(section)[0]!.querySelector('.home-section__more') as HTMLElement).click();
    }

    await waitFor(() =>
      expect(navigatedUrls(taro)).toEqual([
        '/packages/content/pages/list/index',
        '/packages/training/pages/list/index',
      ]),
    );
  });

  it('says what a section has none of, and leaves out 年度专项服务 when the station published none', async () => {
    api.home.mockResolvedValue(aHome({ articles: [], trainings: [], specialServices: [] }));

    await showPage(HomePage);

    await waitForText('暂无政策与动态');
    expect(bodyText()).toContain('近期暂无可报名的培训');
    expect(byTestId('home-special')).toHaveLength(0);
    expect(byTestId('home-station-card')).toHaveLength(1);
  });

  it('says when it cannot load, and loads again on 重新加载', async () => {
    api.home.mockRejectedValueOnce(new ServiceError('NETWORK', '网络连接失败，请检查网络后重试'));
    api.home.mockResolvedValue(aHome());
    await showPage(HomePage);
    await waitForText('网络连接失败');
    expect(byTestId('home-article')).toHaveLength(0);

    tapText('重新加载');

    await waitFor(() => expect(byTestId('home-article')).toHaveLength(1));
    expect(bodyText()).not.toContain('网络连接失败');
  });

  it('loads again when pulled down', async () => {
    api.home.mockResolvedValueOnce(aHome({ articles: [] }));
    api.home.mockResolvedValue(aHome());
    const page = await showPage(HomePage);
    await waitForText('暂无政策与动态');

    await page.trigger('onPullDownRefresh');

    await waitFor(() => expect(byTestId('home-article')).toHaveLength(1));
    expect(taro.stopPullDownRefresh).toHaveBeenCalled();
  });
});

describe('首页 district', () => {
  it('lets someone without a station choose a district, remembers it and shows one of its stations', async () => {
    useAppStore.setState({ signedIn: false, me: null, meState: 'idle' });
    api.home.mockResolvedValueOnce(aHome({ station: null, specialServices: [] }));
    api.home.mockResolvedValue(aHome({ station: CHAOYANG, specialServices: [] }));
    await showPage(HomePage);
    await waitForText('选择所在区，查看附近的服务站点');

    tapText('朝阳区');

    await waitForText('朝阳区知识产权快速维权中心');
    expect(api.home).toHaveBeenLastCalledWith({ district: 'chaoyang' });
    expect(Taro.getStorageSync(HOME_DISTRICT_KEY)).toBe('chaoyang');
    expect(text('home-station')[0]).toContain('附近服务站');
  });

  it('opens on the district chosen before', async () => {
    useAppStore.setState({ signedIn: false, me: null, meState: 'idle' });
    Taro.setStorageSync(HOME_DISTRICT_KEY, 'chaoyang');
    api.home.mockResolvedValue(aHome({ station: CHAOYANG }));

    await showPage(HomePage);

    await waitForText('朝阳区知识产权快速维权中心');
    expect(api.home).toHaveBeenCalledWith({ district: 'chaoyang' });
    expect(api.home).toHaveBeenCalledTimes(1);
  });

  it('lets a station of a chosen district be changed for another district', async () => {
    useAppStore.setState({ signedIn: false, me: null, meState: 'idle' });
    Taro.setStorageSync(HOME_DISTRICT_KEY, 'chaoyang');
    api.home.mockResolvedValueOnce(aHome({ station: CHAOYANG }));
    api.home.mockResolvedValue(aHome({ station: STATION }));
    await showPage(HomePage);
    await waitForText('切换所在区');
    tapText('切换所在区');
    await waitFor(() => expect(byTestId('home-district')).not.toHaveLength(0));

    tapText('海淀区');

    await waitForText(STATION_NAME);
    expect(api.home).toHaveBeenLastCalledWith({ district: 'haidian' });
    expect(Taro.getStorageSync(HOME_DISTRICT_KEY)).toBe('haidian');
  });

  it('says when the district chosen has no station', async () => {
    useAppStore.setState({ signedIn: false, me: null, meState: 'idle' });
    Taro.setStorageSync(HOME_DISTRICT_KEY, 'yanqing');
    api.home.mockResolvedValue(aHome({ station: null }));

    await showPage(HomePage);

    await waitForText('该区暂无服务站点，请选择其他区');
    expect(byTestId('home-district').find((c) => c.getAttribute('data-active') === 'true')?.textContent).toBe('延庆区');
  });
});

describe('首页 quick actions', () => {
  function action(id: string): HTMLElement {
    const found = byTestId('quick-action').find((el) => el.getAttribute('data-entry') === id);
    if (!found) throw new Error(`no quick action ${id}`);
    return found as HTMLElement;
  }

  it('books at the company’s own station', async () => {
    api.home.mockResolvedValue(aHome());
    await showPage(HomePage);
    await waitFor(() => expect(byTestId('home-station-card')).toHaveLength(1));

    action('book').click();

    await waitFor(() =>
      expect(navigatedUrls(taro)).toEqual([`/packages/consult/pages/book/index?stationId=${STATION_ID}`]),
    );
  });

  it('sends someone whose station is only a chosen district’s to 服务网点 to pick where to book', async () => {
    useAppStore.setState({ me: NO_ROLE_ME });
    Taro.setStorageSync(HOME_DISTRICT_KEY, 'chaoyang');
    api.home.mockResolvedValue(aHome({ station: CHAOYANG }));
    await showPage(HomePage);
    await waitFor(() => expect(byTestId('home-station-card')).toHaveLength(1));

    action('book').click();

    await waitFor(() => expect(taro.switchTab).toHaveBeenCalledWith({ url: '/pages/network/index' }));
    expect(navigatedUrls(taro)).toEqual([]);
  });

  it.each([
    ['request', '/packages/request/pages/create/index'],
    ['training', '/packages/training/pages/list/index'],
    ['bookings', '/packages/consult/pages/bookings/index'],
    ['checkin', '/packages/checkin/pages/scan/index'],
  ])('%s opens its page for someone signed in', async (id, url) => {
    api.home.mockResolvedValue(aHome());
    await showPage(HomePage);

    action(id).click();

    await waitFor(() => expect(navigatedUrls(taro)).toEqual([url]));
    expect(taro.showModal).not.toHaveBeenCalled();
  });

  it.each(['book', 'request', 'bookings', 'checkin'])(
    '%s asks a guest to sign in, and 去登录 opens login',
    async (id) => {
      useAppStore.setState({ signedIn: false, me: null, meState: 'idle' });
      api.home.mockResolvedValue(aHome({ station: CHAOYANG }));
      await showPage(HomePage);

      action(id).click();

      await waitFor(() => expect(navigatedUrls(taro)).toEqual(['/packages/account/pages/login/index']));
      expect(taro.showModal).toHaveBeenCalledWith(
        expect.objectContaining({ title: '请先登录', confirmText: '去登录' }),
      );
      expect(taro.switchTab).not.toHaveBeenCalled();
    },
  );

  it('lets a guest open 培训报名 without signing in', async () => {
    useAppStore.setState({ signedIn: false, me: null, meState: 'idle' });
    api.home.mockResolvedValue(aHome());
    await showPage(HomePage);

    action('training').click();

    await waitFor(() => expect(navigatedUrls(taro)).toEqual(['/packages/training/pages/list/index']));
    expect(taro.showModal).not.toHaveBeenCalled();
  });

  describe('扫码签到 in WeChat', () => {
    let scanCode: jest.SpyInstance;
    beforeEach(() => {
      process.env.TARO_ENV = 'weapp';
      scanCode = jest.spyOn(Taro, 'scanCode');
    });
    afterEach(() => {
      process.env.TARO_ENV = 'h5';
    });

    it('opens the camera and hands what it read to the check-in page', async () => {
      const code = 'http://192.168.1.20:3000/#/packages/checkin/pages/scan/index?token=abcdEFGH0abc123MACmacMAC_-12';
      scanCode.mockResolvedValue({ result: code, errMsg: 'scanCode:ok' });
      api.home.mockResolvedValue(aHome());
      await showPage(HomePage);

      action('checkin').click();

      await waitFor(() =>
        expect(navigatedUrls(taro)).toEqual([`/packages/checkin/pages/scan/index?token=${encodeURIComponent(code)}`]),
      );
    });

    it('does nothing when the camera is closed', async () => {
      scanCode.mockRejectedValue({ errMsg: 'scanCode:fail cancel' });
      api.home.mockResolvedValue(aHome());
      const page = await showPage(HomePage);

      action('checkin').click();

      await waitFor(() => expect(scanCode).toHaveBeenCalledTimes(1));
      await page.utils.act(async () => {
        await Promise.resolve(); // let the page handle the rejected scan
      });
      expect(navigatedUrls(taro)).toEqual([]);
    });
  });
});

describe('首页 search box', () => {
  it('opens 搜索 with the words typed', async () => {
    api.home.mockResolvedValue(aHome());
    const page = await showPage(HomePage);
    await waitForForm();
    typeInto(page.utils, document.querySelector('[data-testid="search-box"] taro-input-core')!, ' 专利 质押 ');

    tapText('搜索');

    await waitFor(() =>
      expect(navigatedUrls(taro)).toEqual([
        `/packages/content/pages/search/index?q=${encodeURIComponent('专利 质押')}`,
      ]),
    );
  });
});
