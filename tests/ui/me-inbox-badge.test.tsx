import Taro from '@tarojs/taro';
import MePage from '@/pages/me/index';
import * as account from '@/services/account';
import { ServiceError } from '@/services/errors';
import { useAppStore } from '@/store';
import type { Me } from '@core/contract';
import { byTestId, showPage, tapText, waitFor, waitForText, type MountedPage } from './support/page-harness';

jest.mock('@/services/account');
const api = jest.mocked(account);

const PLAIN: Me = { user: { id: 'u1', displayName: '张三' }, memberships: [], actingId: null };
const unreadPage = (unread: number) => ({ items: [], total: unread, page: 1, pageSize: 1, unread });

describe('我的: the 消息 entry and its unread badge', () => {
  let page: MountedPage | undefined;
  beforeEach(() => {
    jest.resetAllMocks();
    useAppStore.setState({ signedIn: true, me: null, meState: 'idle', meError: null, unread: null });
    jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'ok' } as never);
    api.me.mockResolvedValue(PLAIN);
  });
  afterEach(() => {
    page?.unmount();
    page = undefined;
  });

  it('shows how many notices are unread, and opens 消息', async () => {
    api.listNotices.mockResolvedValue(unreadPage(3));
    page = await showPage(MePage);
    await waitFor(() => expect(byTestId('unread-badge')).toHaveLength(1));
    expect(api.listNotices).toHaveBeenCalledWith({ unreadOnly: true, page: 1, pageSize: 1 });
    const badge = byTestId('unread-badge')[0]!;
    expect(badge.getAttribute('data-count')).toBe('3');
    expect(badge.querySelector('.me-inbox__count')?.textContent).toBe('3');
    tapText('消息');
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/inbox/pages/notices/index' });
  });

  it('caps a large count at 99+', async () => {
    api.listNotices.mockResolvedValue(unreadPage(120));
    page = await showPage(MePage);
    await waitFor(() =>
      expect(byTestId('unread-badge')[0]?.querySelector('.me-inbox__count')?.textContent).toBe('99+'),
    );
  });

  it('shows no badge when all is read, and none when the count cannot be loaded', async () => {
    api.listNotices.mockResolvedValueOnce(unreadPage(0));
    page = await showPage(MePage);
    await waitForText('张三');
    await waitFor(() => expect(useAppStore.getState().unread).toBe(0));
    expect(byTestId('unread-badge')).toHaveLength(0);
    expect(document.body.textContent).toContain('消息');

    api.listNotices.mockRejectedValueOnce(new ServiceError('NETWORK', '网络连接失败'));
    useAppStore.setState({ unread: null });
    await page.trigger('componentDidShow');
    await waitFor(() => expect(api.listNotices).toHaveBeenCalledTimes(2));
    expect(byTestId('unread-badge')).toHaveLength(0);
  });

  it('refreshes the count each time 我的 is shown (after reading in 消息)', async () => {
    api.listNotices.mockResolvedValueOnce(unreadPage(2)).mockResolvedValueOnce(unreadPage(0));
    page = await showPage(MePage);
    await waitFor(() => expect(byTestId('unread-badge')).toHaveLength(1));
    await page.trigger('componentDidShow');
    await waitFor(() => expect(byTestId('unread-badge')).toHaveLength(0));
  });
});
