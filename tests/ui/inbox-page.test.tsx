import Taro from '@tarojs/taro';
import InboxPage from '@/packages/inbox/pages/notices/index';
import * as account from '@/services/account';
import { ServiceError } from '@/services/errors';
import { useAppStore } from '@/store';
import type { InboxNotice } from '@core/contract';
import { shanghaiInstant } from '@core/rules/time';
import { bodyText, byTestId, mountPage, tapText, waitFor, waitForText, type MountedPage } from './support/page-harness';
import { mockTaro, type TaroMocks } from './support/taro-mocks';
import { inTimeZone } from './support/time-zone';
import { atNow } from './support/clock';

jest.mock('@/services/account');
const api = jest.mocked(account);

function aNotice(overrides: Partial<InboxNotice> = {}): InboxNotice {
  return {
    id: 'n1',
    kind: 'booking.reminder.day',
    title: '咨询提醒：明天 09:00',
    body: '您预约的咨询将于明天 09:00开始：2025年3月4日 星期二 09:00–09:30',
    link: '/packages/consult/pages/booking/index?bookingId=bk-1',
    read: false,
    createdAt: shanghaiInstant('2025-03-03', '09:05'),
    ...overrides,
  };
}

const REMINDER = aNotice();
const CONFIRMED = aNotice({
  id: 'n2',
  kind: 'company.confirmed',
  title: '企业信息已确认',
  body: '示例科技 已由站点确认',
  link: '/pages/me/index',
  read: false,
  createdAt: shanghaiInstant('2025-03-02', '18:30'),
});
const OLD = aNotice({
  id: 'n3',
  kind: 'booking.booked',
  title: '新的咨询预约',
  body: '示例科技预约了咨询',
  link: undefined,
  read: true,
  createdAt: shanghaiInstant('2025-02-28', '08:00'),
});

const pageOf = (items: InboxNotice[], unread: number, total = items.length, page = 1) => ({
  items,
  total,
  page,
  pageSize: 20,
  unread,
});

function row(id: string): HTMLElement {
  const el = byTestId('notice').find((n) => n.getAttribute('data-id') === id);
  if (!el) throw new Error(`no notice ${id}`);
  return el as HTMLElement;
}

let taro: TaroMocks;
let switchTab: jest.SpyInstance;
let page: MountedPage | undefined;
inTimeZone('America/New_York');
// The morning after the newest notice: a notice of another day shows its date, one of today only its time.
atNow(shanghaiInstant('2025-03-04', '08:00'));

beforeEach(() => {
  jest.clearAllMocks();
  taro = mockTaro();
  switchTab = jest.spyOn(Taro, 'switchTab').mockResolvedValue({ errMsg: 'ok' } as never);
  useAppStore.setState({ signedIn: true, unread: null });
});
afterEach(() => {
  page?.unmount();
  page = undefined;
  jest.restoreAllMocks();
});

describe('消息 page', () => {
  it('lists my notices newest first with unread dots and Shanghai times, and keeps the count', async () => {
    api.listNotices.mockResolvedValue(pageOf([REMINDER, CONFIRMED, OLD], 2));
    page = await mountPage(InboxPage);
    await waitFor(() => expect(byTestId('notice')).toHaveLength(3));
    expect(api.listNotices).toHaveBeenCalledWith({ unreadOnly: false, page: 1, pageSize: 20 });
    expect(byTestId('notice').map((n) => n.getAttribute('data-read'))).toEqual(['false', 'false', 'true']);
    expect(row('n1').querySelector('[data-testid="unread-dot"]')).not.toBeNull();
    expect(row('n3').querySelector('[data-testid="unread-dot"]')).toBeNull();
    expect(row('n1').textContent).toContain('咨询提醒：明天 09:00');
    expect(row('n1').textContent).toContain('3月3日 09:05'); // Shanghai, though the phone is in New York
    expect(row('n2').textContent).toContain('3月2日 18:30');
    expect(useAppStore.getState().unread).toBe(2);
  });

  it('tapping an unread notice marks it read and opens its page', async () => {
    api.listNotices.mockResolvedValue(pageOf([REMINDER, CONFIRMED, OLD], 2));
    api.markNoticesRead.mockResolvedValue({ updated: 1, unread: 1 });
    page = await mountPage(InboxPage);
    await waitFor(() => expect(byTestId('notice')).toHaveLength(3));

    row('n1').click();
    expect(taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/consult/pages/booking/index?bookingId=bk-1' });
    await waitFor(() => expect(row('n1').getAttribute('data-read')).toBe('true'));
    expect(api.markNoticesRead).toHaveBeenCalledWith({ ids: ['n1'] });
    await waitFor(() => expect(useAppStore.getState().unread).toBe(1));

    // A tab page opens with switchTab.
    row('n2').click();
    expect(switchTab).toHaveBeenCalledWith({ url: '/pages/me/index' });

    // A read notice without a link: nothing to mark, nowhere to go.
    row('n3').click();
    expect(api.markNoticesRead).toHaveBeenCalledTimes(2);
    expect(taro.navigateTo).toHaveBeenCalledTimes(1);
  });

  it('marks everything read with 全部已读', async () => {
    api.listNotices.mockResolvedValue(pageOf([REMINDER, CONFIRMED, OLD], 2));
    api.markNoticesRead.mockResolvedValue({ updated: 2, unread: 0 });
    page = await mountPage(InboxPage);
    await waitFor(() => expect(byTestId('notice')).toHaveLength(3));
    tapText('全部已读');
    await waitFor(() => expect(byTestId('unread-dot')).toHaveLength(0));
    expect(api.markNoticesRead).toHaveBeenCalledWith({ all: true });
    expect(useAppStore.getState().unread).toBe(0);
    expect(bodyText()).not.toContain('全部已读');
  });

  it('filters to the unread, and says when there are none', async () => {
    api.listNotices.mockImplementation(async (input) =>
      input?.unreadOnly ? pageOf([], 0) : pageOf([REMINDER, OLD], 1),
    );
    page = await mountPage(InboxPage);
    await waitFor(() => expect(byTestId('notice')).toHaveLength(2));
    const unreadChip = byTestId('inbox-filter').find((c) => c.getAttribute('data-value') === 'unread') as HTMLElement;
    unreadChip.click();
    await waitForText('没有未读消息');
    expect(api.listNotices).toHaveBeenLastCalledWith({ unreadOnly: true, page: 1, pageSize: 20 });
  });

  it('says so when the inbox is empty', async () => {
    api.listNotices.mockResolvedValue(pageOf([], 0));
    page = await mountPage(InboxPage);
    await waitForText('暂无消息');
    expect(byTestId('list-empty')).toHaveLength(1);
  });

  it('loads the next page at the bottom, refreshes on pull-down, and retries a failed load', async () => {
    api.listNotices
      .mockRejectedValueOnce(new ServiceError('NETWORK', '网络连接失败，请检查网络后重试'))
      .mockResolvedValueOnce(pageOf([REMINDER], 1, 2))
      .mockResolvedValueOnce(pageOf([OLD], 1, 2, 2))
      .mockResolvedValue(pageOf([REMINDER, OLD], 1));
    page = await mountPage(InboxPage);
    await waitForText('网络连接失败');
    tapText('重新加载');
    await waitFor(() => expect(byTestId('notice')).toHaveLength(1));

    await page.trigger('onReachBottom');
    await waitFor(() => expect(byTestId('notice')).toHaveLength(2));
    expect(api.listNotices).toHaveBeenLastCalledWith({ unreadOnly: false, page: 2, pageSize: 20 });
    await waitForText('没有更多了');

    await page.trigger('onPullDownRefresh');
    await waitFor(() => expect(taro.stopPullDownRefresh).toHaveBeenCalled());
    expect(api.listNotices).toHaveBeenCalledTimes(4);
  });

  it('asks a guest to sign in', async () => {
    useAppStore.setState({ signedIn: false });
    page = await mountPage(InboxPage);
    expect(bodyText()).toContain('登录后查看预约提醒和通知');
    expect(api.listNotices).not.toHaveBeenCalled();
  });
});
