/**
 * A page opened by link (a shared URL, an old notice, a bookmark) by a role that cannot use it
 * shows the role notice, as the ledger does, and neither the form nor the list the server would
 * refuse; it asks for nothing either. The right role gets the page.
 */
import type { ComponentType } from 'react';
import StationEditPage from '@/packages/directory/pages/station-edit/index';
import ItemEditPage from '@/packages/directory/pages/item-edit/index';
import InvitationsPage from '@/packages/account/pages/invitations/index';
import CompanyReviewPage from '@/packages/account/pages/company-review/index';
import CompanyCreatePage from '@/packages/account/pages/company-create/index';
import RedeemPage from '@/packages/account/pages/redeem/index';
import ProfileEditPage from '@/packages/ledger/pages/profile-edit/index';
import * as account from '@/services/account';
import * as directory from '@/services/directory';
import * as enterprise from '@/services/enterprise';
import { useAppStore } from '@/store';
import type { ActingRole } from '@/lib/access';
import { bodyText, byTestId, showPage, tapText, waitFor, waitForText } from './support/page-harness';
import { signedInPages, taro } from './support/page-lifecycle';
import { actAs, ME_BY_ROLE, NO_ROLE_ME, STATION_ID } from './support/roles';

jest.mock('@/services/account');
jest.mock('@/services/directory');
jest.mock('@/services/enterprise');
const acc = jest.mocked(account);
const dir = jest.mocked(directory);
const ent = jest.mocked(enterprise);

signedInPages(NO_ROLE_ME);

/** Text fields, pickers and buttons of a form: none may show behind the notice. */
const formControls = () => document.querySelectorAll('taro-input-core, taro-textarea-core, taro-picker-core').length;

interface Case {
  name: string;
  Page: ComponentType;
  params: Record<string, string>;
  refused: ActingRole;
  notice: string;
}

const CASES: Case[] = [
  {
    name: '编辑网点',
    Page: StationEditPage,
    params: { stationId: STATION_ID },
    refused: 'company',
    notice: '编辑网点需以站长或管理员身份进行',
  },
  { name: '新增网点', Page: StationEditPage, params: {}, refused: 'company', notice: '新增网点需以管理员身份进行' },
  {
    name: '编辑服务事项',
    Page: ItemEditPage,
    params: { stationId: STATION_ID },
    refused: 'company',
    notice: '编辑服务事项需以站长或管理员身份进行',
  },
  {
    name: '邀请码管理',
    Page: InvitationsPage,
    params: { stationId: STATION_ID },
    refused: 'company',
    notice: '管理邀请码需以站长或管理员身份进行',
  },
  {
    name: '邀请码管理 (a liaison)',
    Page: InvitationsPage,
    params: { stationId: STATION_ID },
    refused: 'liaison',
    notice: '管理邀请码需以站长或管理员身份进行',
  },
  {
    name: '企业确认',
    Page: CompanyReviewPage,
    params: { stationId: STATION_ID },
    refused: 'company',
    notice: '确认企业需以联络员、站长或管理员身份进行',
  },
  {
    name: '企业确认 (an expert)',
    Page: CompanyReviewPage,
    params: { stationId: STATION_ID },
    refused: 'expert',
    notice: '确认企业需以联络员、站长或管理员身份进行',
  },
  {
    name: '编辑企业档案 (an expert)',
    Page: ProfileEditPage,
    params: { companyId: 'c-1' },
    refused: 'expert',
    notice: '编辑企业档案需以企业用户、联络员、站长或管理员身份进行',
  },
];

describe('a page opened by link by a role that cannot use it', () => {
  it.each(CASES)('$name: the role notice, no form, nothing asked of the server', async (c) => {
    actAs(ME_BY_ROLE[c.refused]);
    await showPage(c.Page, c.params);
    await waitFor(() => expect(byTestId('gate-role')).toHaveLength(1));
    expect(bodyText()).toContain(c.notice);
    expect(formControls()).toBe(0);
    expect(bodyText()).not.toMatch(/生成邀请码|不通过|保存/);
    for (const fn of [acc.listInvitations, acc.listCompanies, dir.getStation, dir.listStations, ent.getProfile]) {
      expect(fn).not.toHaveBeenCalled();
    }
    // The notice leads to 我的, where the role is switched.
    tapText('前往“我的”切换身份');
    expect(taro.switchTab).toHaveBeenCalledWith({ url: '/pages/me/index' });
  });
});

describe('the role a page is for gets it', () => {
  it('邀请码管理: a chief gets the form and the station’s codes', async () => {
    actAs(ME_BY_ROLE.chief);
    acc.listInvitations.mockResolvedValue({ items: [], total: 0, page: 1, pageSize: 20 });
    await showPage(InvitationsPage, { stationId: STATION_ID });
    await waitForText('生成邀请码');
    expect(byTestId('gate-role')).toHaveLength(0);
    await waitFor(() =>
      expect(acc.listInvitations).toHaveBeenCalledWith({ stationId: STATION_ID, page: 1, pageSize: 20 }),
    );
  });

  it('企业确认: a liaison gets the station’s pending companies', async () => {
    actAs(ME_BY_ROLE.liaison);
    acc.listCompanies.mockResolvedValue({ items: [], total: 0, page: 1, pageSize: 20 });
    await showPage(CompanyReviewPage, { stationId: STATION_ID });
    await waitFor(() =>
      expect(acc.listCompanies).toHaveBeenCalledWith(
        expect.objectContaining({ stationId: STATION_ID, status: 'pending' }),
      ),
    );
    expect(byTestId('gate-role')).toHaveLength(0);
  });
});

describe('a page anyone signed in may use asks a guest to log in first', () => {
  it.each([
    ['输入邀请码', RedeemPage],
    ['登记我的企业', CompanyCreatePage],
  ] as const)('%s', async (_, Page) => {
    useAppStore.setState({ signedIn: false, me: null, meState: 'idle' });
    await showPage(Page);
    await waitFor(() => expect(byTestId('gate-login')).toHaveLength(1));
    expect(formControls()).toBe(0);
  });

  it('输入邀请码: someone signed in without a role gets the form', async () => {
    await showPage(RedeemPage);
    await waitFor(() => expect(document.querySelectorAll('taro-input-core').length).toBe(1));
    expect(byTestId('gate-role')).toHaveLength(0);
  });
});
