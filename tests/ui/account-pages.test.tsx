import Taro from '@tarojs/taro';
import LoginPage from '@/packages/account/pages/login/index';
import CompanyCreatePage from '@/packages/account/pages/company-create/index';
import InvitationsPage from '@/packages/account/pages/invitations/index';
import * as account from '@/services/account';
import * as directory from '@/services/directory';
import { ServiceError } from '@/services/errors';
import { useAppStore } from '@/store';
import {
  bodyText,
  pickField,
  showPage,
  tapText,
  typeField,
  waitFor,
  waitForForm,
  waitForText,
  type MountedPage,
} from './support/page-harness';
import type { Invitation, Me, Station } from '@core/contract';
import { newCreditCode } from '../support/fixtures';
import { actAs, NO_ROLE_ME } from './support/roles';

/** A valid credit code (check digit and all), as a company would type it. */
const CREDIT_CODE = newCreditCode();

jest.mock('@/services/account');
jest.mock('@/services/directory');
const api = account as jest.Mocked<typeof account>;
const dir = directory as jest.Mocked<typeof directory>;

/** The chief of the station the invitations are for. */
const CHIEF: Me = {
  user: { id: 'u-ch', displayName: '王站长' },
  memberships: [{ id: 'u-ch:chief:st-1', role: 'chief', stationId: 'st-1', stationName: '中关村工作站' }],
  actingId: 'u-ch:chief:st-1',
};

let page: MountedPage | undefined;
beforeEach(() => {
  jest.resetAllMocks();
  useAppStore.setState({ signedIn: true, me: null, meState: 'idle' });
  jest.spyOn(Taro, 'showToast').mockResolvedValue({ errMsg: 'ok' } as never);
  jest.spyOn(Taro, 'navigateBack').mockResolvedValue({ errMsg: 'ok' } as never);
  jest.spyOn(Taro, 'switchTab').mockResolvedValue({ errMsg: 'ok' } as never);
});
afterEach(() => page?.unmount());

describe('登录 page', () => {
  it('signs in with what the user typed and opens 我的', async () => {
    api.login.mockResolvedValue({
      token: 't'.repeat(40),
      user: { id: 'u', displayName: '李', username: 'li' },
      expiresAt: Date.now() + 1e6,
    });
    api.me.mockResolvedValue({ user: { id: 'u', displayName: '李' }, memberships: [], actingId: null });
    page = await showPage(LoginPage);
    await waitForForm();
    typeField(page.utils, 'username', 'li');
    typeField(page.utils, 'password', 'secret123');
    tapText('登录');
    await waitFor(() => expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/me/index' }));
    expect(api.login).toHaveBeenCalledWith({ username: 'li', password: 'secret123' });
    expect(useAppStore.getState().me?.user.displayName).toBe('李');
  });

  it("tells the user the server's reason when login fails, and keeps what was typed", async () => {
    api.login.mockRejectedValue(new ServiceError('UNAUTHENTICATED', '用户名或密码错误'));
    page = await showPage(LoginPage);
    await waitForForm();
    typeField(page.utils, 'username', 'li');
    typeField(page.utils, 'password', 'wrong-pass');
    tapText('登录');
    await waitFor(() =>
      expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '用户名或密码错误' })),
    );
    expect((document.querySelector('taro-input-core[name="username"] input') as HTMLInputElement).value).toBe('li');
    expect(Taro.switchTab).not.toHaveBeenCalled();
  });
});

const station: Station = {
  id: 'st-haidian-zgc',
  name: '中关村软件园知识产权公共服务工作站',
  kind: 'other',
  level: 'workstation',
  district: 'dongcheng',
  address: '地址',
  phone: '010-82345678',
  hours: '周一至周五',
  keyIndustries: [],
  status: 'active',
  updatedAt: 1,
};

describe('登记我的企业 page', () => {
  beforeEach(() => {
    actAs(NO_ROLE_ME);
    dir.listStations.mockResolvedValue({ items: [station], total: 1, page: 1, pageSize: 50 });
  });

  it('flags a credit code with a wrong check digit before sending anything', async () => {
    page = await showPage(CompanyCreatePage);
    await waitForForm();
    typeField(page.utils, 'creditCode', CREDIT_CODE.slice(0, 17) + (CREDIT_CODE[17] === '0' ? '1' : '0'));
    await waitForText('应为18位，且校验位正确');
    expect(api.createCompany).not.toHaveBeenCalled();
  });

  it('submits the profile once, with a request id, even when tapped twice', async () => {
    let release: (v: never) => void = () => undefined;
    api.createCompany.mockReturnValue(new Promise((r) => (release = r)));
    api.me.mockResolvedValue({ user: { id: 'u', displayName: '张' }, memberships: [], actingId: null });
    page = await showPage(CompanyCreatePage);
    await waitForForm();
    typeField(page.utils, 'name', '北京测试科技有限公司');
    typeField(page.utils, 'creditCode', CREDIT_CODE.toLowerCase());
    pickField(page.utils, 'district', 0); // 东城区
    await waitFor(() => expect(dir.listStations).toHaveBeenLastCalledWith({ district: 'dongcheng', pageSize: 50 }));
    await waitForText('请选择服务站点');
    pickField(page.utils, 'stationId', 0);
    typeField(page.utils, 'contactName', '张经理');
    typeField(page.utils, 'contactMobile', '13800138000');
    await waitForText(station.name);
    tapText('提交登记');
    tapText('提交登记');
    release({} as never);
    await waitFor(() => expect(Taro.navigateBack).toHaveBeenCalled());
    expect(api.createCompany).toHaveBeenCalledTimes(1);
    const sent = api.createCompany.mock.calls[0]![0];
    expect(sent).toMatchObject({
      name: '北京测试科技有限公司',
      creditCode: CREDIT_CODE,
      district: 'dongcheng',
      stationId: 'st-haidian-zgc',
      contactMobile: '13800138000',
    });
    expect(sent.clientRequestId).toMatch(/^[0-9a-f]{24}$/);
  });

  it("shows the server's field message next to the field", async () => {
    api.createCompany.mockRejectedValue(
      new ServiceError('CONFLICT', '该统一社会信用代码的企业已登记，请向同事索取企业加入码后加入'),
    );
    page = await showPage(CompanyCreatePage);
    await waitForForm();
    typeField(page.utils, 'name', '北京测试科技有限公司');
    typeField(page.utils, 'creditCode', CREDIT_CODE);
    pickField(page.utils, 'district', 0);
    await waitForText('请选择服务站点');
    pickField(page.utils, 'stationId', 0);
    typeField(page.utils, 'contactName', '张经理');
    typeField(page.utils, 'contactMobile', '13800138000');
    tapText('提交登记');
    await waitFor(() =>
      expect(Taro.showToast).toHaveBeenCalledWith(
        expect.objectContaining({ title: expect.stringContaining('企业加入码') }),
      ),
    );
    expect(Taro.navigateBack).not.toHaveBeenCalled();
  });
});

describe('邀请码管理 page', () => {
  const active: Invitation = {
    code: 'ABCD2345',
    stationId: 'st-1',
    role: 'liaison',
    status: 'active',
    expiresAt: Date.UTC(2026, 11, 1),
    createdAt: Date.UTC(2026, 10, 1),
    createdByName: '王站长',
  };
  beforeEach(() => actAs(CHIEF));

  it('lists codes, creates one and shows it large, and voids one after confirmation', async () => {
    api.listInvitations.mockResolvedValue({ items: [active], total: 1, page: 1, pageSize: 20 });
    api.createInvitation.mockResolvedValue({ ...active, code: 'NEWC2345' });
    api.revokeInvitation.mockResolvedValue({ ...active, status: 'revoked' });
    jest.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: true, cancel: false, errMsg: 'ok' } as never);
    page = await showPage(InvitationsPage, { stationId: 'st-1' });
    await waitForText('ABCD2345');
    expect(bodyText()).toContain('可使用');
    expect(api.listInvitations).toHaveBeenCalledWith({ stationId: 'st-1', page: 1, pageSize: 20 });

    tapText('生成邀请码');
    await waitFor(() => expect(document.querySelector('[data-testid="new-code"]')?.textContent).toBe('NEWC2345'));
    expect(api.createInvitation).toHaveBeenCalledWith(
      expect.objectContaining({ stationId: 'st-1', role: 'liaison', validDays: 7 }),
    );

    tapText('作废');
    await waitFor(() => expect(api.revokeInvitation).toHaveBeenCalledWith({ code: 'ABCD2345' }));
    expect(Taro.showModal).toHaveBeenCalledWith(expect.objectContaining({ title: '作废邀请码' }));
  });

  it('does not void a code when the user cancels', async () => {
    api.listInvitations.mockResolvedValue({ items: [active], total: 1, page: 1, pageSize: 20 });
    jest.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: false, cancel: true, errMsg: 'ok' } as never);
    page = await showPage(InvitationsPage, { stationId: 'st-1' });
    await waitForText('ABCD2345');
    tapText('作废');
    await waitFor(() => expect(Taro.showModal).toHaveBeenCalled());
    expect(api.revokeInvitation).not.toHaveBeenCalled();
  });
});

describe('输入邀请码 / 加入企业 pages (one code form)', () => {
  beforeEach(() => actAs(NO_ROLE_ME));
  it('sends the code upper-cased, updates who I am and goes back', async () => {
    const { default: RedeemPage } = await import('@/packages/account/pages/redeem/index');
    api.redeemInvitation.mockResolvedValue({
      user: { id: 'u', displayName: '李' },
      memberships: [{ id: 'u:liaison:st-1', role: 'liaison', stationId: 'st-1', stationName: '中关村工作站' }],
      actingId: 'u:liaison:st-1',
    });
    page = await showPage(RedeemPage);
    await waitForForm();
    typeField(page.utils, 'code', 'abcd2345');
    tapText('加入');
    await waitFor(() => expect(Taro.navigateBack).toHaveBeenCalled());
    expect(api.redeemInvitation).toHaveBeenCalledWith({ code: 'ABCD2345' });
    expect(useAppStore.getState().me?.actingId).toBe('u:liaison:st-1');
  });

  it("shows the server's reason and stays on the page when the join code is refused", async () => {
    const { default: CompanyJoinPage } = await import('@/packages/account/pages/company-join/index');
    api.joinCompany.mockRejectedValue(new ServiceError('CONFLICT', '该企业尚待站点确认，确认后才能加入'));
    page = await showPage(CompanyJoinPage);
    await waitForForm();
    typeField(page.utils, 'joinCode', 'JOIN2345');
    tapText('加入企业');
    await waitFor(() =>
      expect(Taro.showToast).toHaveBeenCalledWith(
        expect.objectContaining({ title: '该企业尚待站点确认，确认后才能加入' }),
      ),
    );
    expect(api.joinCompany).toHaveBeenCalledWith({ joinCode: 'JOIN2345' });
    expect(Taro.navigateBack).not.toHaveBeenCalled();
  });
});
