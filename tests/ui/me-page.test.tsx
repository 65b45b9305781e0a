import Taro from '@tarojs/taro';
import MePage from '@/pages/me/index';
import * as account from '@/services/account';
import { ServiceError } from '@/services/errors';
import { useAppStore } from '@/store';
import { bodyText, deferred, showPage, tapText, waitFor, waitForText, type MountedPage } from './support/page-harness';
import type { Me } from '@core/contract';

jest.mock('@/services/account');
const api = account as jest.Mocked<typeof account>;

const chiefAndStaff: Me = {
  user: { id: 'u1', displayName: '王站长' },
  memberships: [
    { id: 'u1:chief:st-1', role: 'chief', stationId: 'st-1', stationName: '中关村工作站' },
    { id: 'u1:company:c-1', role: 'company', companyId: 'c-1', companyName: '示例科技', companyStatus: 'pending' },
  ],
  actingId: 'u1:chief:st-1',
};

describe('我的 page', () => {
  let page: MountedPage | undefined;
  beforeEach(() => {
    jest.resetAllMocks();
    useAppStore.setState({ signedIn: true, me: null, meState: 'idle', meError: null });
    jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'ok' } as never);
    jest.spyOn(Taro, 'showToast').mockResolvedValue({ errMsg: 'ok' } as never);
  });
  afterEach(() => page?.unmount());

  it('asks a guest to log in or register', async () => {
    useAppStore.setState({ signedIn: false });
    page = await showPage(MePage);
    expect(bodyText()).toContain('登录');
    expect(bodyText()).toContain('注册新账号');
    expect(api.me).not.toHaveBeenCalled();
    tapText('登录');
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/account/pages/login/index' });
  });

  it('shows who I am, every role with its station or company, and the acting one', async () => {
    api.me.mockResolvedValue(chiefAndStaff);
    api.getCompany.mockResolvedValue({} as never);
    page = await showPage(MePage);
    await waitForText('王站长');
    const roles = Array.from(document.querySelectorAll('[data-testid="membership"]')).map((el) => el.textContent);
    expect(roles).toHaveLength(2);
    expect(roles[0]).toContain('站长');
    expect(roles[0]).toContain('当前身份');
    expect(roles[0]).toContain('中关村工作站');
    expect(roles[1]).toContain('示例科技');
    expect(roles[1]).toContain('待确认');
    // 我的 is short: the chief's tools are on 工作台, not here.
    expect(bodyText()).not.toContain('邀请码管理');
    expect(bodyText()).toContain('退出登录');
  });

  it('switches the role I act for when I tap another one', async () => {
    api.me.mockResolvedValue(chiefAndStaff);
    api.switchActing.mockResolvedValue({ ...chiefAndStaff, actingId: 'u1:company:c-1' });
    api.getCompany.mockResolvedValue({
      id: 'c-1',
      name: '示例科技',
      creditCode: 'X',
      district: 'haidian',
      stationId: 'st-1',
      stationName: '中关村工作站',
      contactName: '张',
      contactMobile: '13800138000',
      status: 'confirmed',
      joinCode: 'JOIN2345',
      createdAt: 1,
    });
    page = await showPage(MePage);
    await waitForText('王站长');
    tapText('切换');
    await waitFor(() => expect(api.switchActing).toHaveBeenCalledWith({ membershipId: 'u1:company:c-1' }));
    await waitForText('JOIN2345');
    // The chief-only tools are gone while acting for the company.
    expect(bodyText()).not.toContain('邀请码管理');
  });

  it('asks who I am once when 我的 and another page (or the outbox) ask at the same moment', async () => {
    const answer = deferred<Me>();
    api.me.mockReturnValue(answer.promise);
    api.getCompany.mockResolvedValue({} as never);
    page = await showPage(MePage);
    const meanwhile = useAppStore.getState().loadMe();
    answer.resolve(chiefAndStaff);
    await meanwhile;
    await waitForText('王站长');
    expect(api.me).toHaveBeenCalledTimes(1);
  });

  it("ignores who I am when the answer comes after signing out (it is the old account's)", async () => {
    const answer = deferred<Me>();
    api.me.mockReturnValue(answer.promise);
    api.logout.mockResolvedValue({ done: true });
    page = await showPage(MePage);
    const pending = useAppStore.getState().loadMe();
    await useAppStore.getState().signOut();
    answer.resolve(chiefAndStaff);
    await pending;
    expect(useAppStore.getState().me).toBeNull();
    await waitForText('注册新账号');
    expect(bodyText()).not.toContain('王站长');
  });

  it('shows the error and retries when loading fails', async () => {
    api.me.mockRejectedValueOnce(new ServiceError('NETWORK', '网络连接失败，请检查网络后重试'));
    api.me.mockResolvedValueOnce(chiefAndStaff);
    api.getCompany.mockResolvedValue({} as never);
    page = await showPage(MePage);
    await waitForText('网络连接失败');
    tapText('重新加载');
    await waitForText('王站长');
    expect(api.me).toHaveBeenCalledTimes(2);
  });
});
