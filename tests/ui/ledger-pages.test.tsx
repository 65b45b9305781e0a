/**
 * 企业台账 (the station's ledger: search, the 待走访 queue and other filters, paging, the visit age
 * of each row) and 企业档案 (the company page: who gets which buttons, the timeline's internal
 * notes for the station).
 */
import LedgerPage from '@/packages/ledger/pages/ledger/index';
import CompanyPage from '@/packages/ledger/pages/company/index';
import * as directoryService from '@/services/directory';
import * as enterprise from '@/services/enterprise';
import { ServiceError } from '@/services/errors';
import { useAppStore } from '@/store';
import { aPage, aStation } from './support/directory-fixtures';
import { ADMIN_ME, DISTRICT_ADMIN_ME } from './support/roles';
import { COMPANY_ID, COMPANY_ME, EXPERT_ME, LIAISON_ME, aProfile, aRow, aVisitItem } from './support/ledger-fixtures';
import {
  bodyText,
  byTestId,
  mountPage,
  pickField,
  tapText,
  typeField,
  waitFor,
  waitForForm,
  waitForText,
  type MountedPage,
} from './support/page-harness';
import { signedInPages, taro } from './support/page-lifecycle';
import { navigatedUrls } from './support/taro-mocks';

jest.mock('@/services/enterprise');
jest.mock('@/services/account');
jest.mock('@/services/directory');
const api = jest.mocked(enterprise);
const directory = jest.mocked(directoryService);

let page: MountedPage | undefined;

signedInPages(LIAISON_ME);

const ROWS = [
  aRow({ id: 'co-a', name: '北京乙医药有限公司', district: 'chaoyang', industry: 'biomed' }),
  aRow({
    id: 'co-b',
    name: '北京丁软件有限公司',
    lastVisitAt: Date.UTC(2024, 8, 1),
    daysSinceVisit: 183,
    keyFlags: ['specialized', 'zero_ip'],
  }),
  aRow({
    id: 'co-c',
    name: '北京甲科技有限公司',
    lastVisitAt: Date.UTC(2025, 1, 20),
    daysSinceVisit: 12,
    ledgerOnly: true,
  }),
];

function chip(testId: string, value: string): HTMLElement {
  const el = byTestId(testId).find((e) => e.getAttribute('data-value') === value);
  if (!el) throw new Error(`no ${testId} chip ${value}`);
  return el as HTMLElement;
}

async function openLedger(): Promise<MountedPage> {
  const p = await mountPage(LedgerPage);
  await waitFor(() => expect(byTestId('ledger-row')).toHaveLength(ROWS.length));
  return p;
}

describe('企业台账', () => {
  it('lists the companies with their district and how long since the last visit, and opens one', async () => {
    api.listLedger.mockResolvedValue(aPage(ROWS));
    page = await openLedger();

    expect(api.listLedger).toHaveBeenCalledWith({ page: 1, pageSize: 20 });
    const rows = byTestId('ledger-row').map((r) => r.textContent ?? '');
    expect(rows[0]).toContain('北京乙医药有限公司');
    expect(rows[0]).toContain('朝阳区 · 医药健康');
    expect(rows[0]).toContain('从未走访');
    expect(rows[1]).toContain('183 天未走访');
    expect(rows[1]).toContain('专精特新');
    expect(rows[1]).toContain('零专利科技型企业');
    expect(rows[2]).toContain('12 天未走访');
    expect(rows[2]).toContain('待企业认领');
    expect(byTestId('visit-age').map((e) => e.className.includes('--overdue'))).toEqual([true, true, false]);
    expect(byTestId('ledger-summary')[0]!.textContent).toBe('共 3 家');

    (byTestId('ledger-row')[1] as HTMLElement).click();
    expect(navigatedUrls(taro)).toEqual(['/packages/ledger/pages/company/index?companyId=co-b']);
  });

  it('shows the 待走访 queue for the chosen number of days, and a key list', async () => {
    api.listLedger.mockResolvedValue(aPage(ROWS));
    page = await openLedger();

    chip('overdue-chip', '90').click();
    await waitFor(() => expect(api.listLedger).toHaveBeenLastCalledWith({ notVisitedDays: 90, page: 1, pageSize: 20 }));
    chip('flag-chip', 'zero_ip').click();
    await waitFor(() =>
      expect(api.listLedger).toHaveBeenLastCalledWith({ notVisitedDays: 90, flag: 'zero_ip', page: 1, pageSize: 20 }),
    );
    await waitFor(() =>
      expect(byTestId('ledger-summary')[0]!.textContent).toBe('共 3 家（超过90天未走访 · 零专利科技型企业）'),
    );
    expect(chip('overdue-chip', '90').getAttribute('data-active')).toBe('true');

    chip('overdue-chip', '180').click();
    await waitFor(() =>
      expect(api.listLedger).toHaveBeenLastCalledWith({ notVisitedDays: 180, flag: 'zero_ip', page: 1, pageSize: 20 }),
    );
  });

  it('narrows by district and industry, and searches by name or credit code', async () => {
    api.listLedger.mockResolvedValue(aPage(ROWS));
    page = await openLedger();

    (byTestId('more-filters')[0] as HTMLElement).click();
    await waitFor(() => expect(byTestId('district-chip').length).toBeGreaterThan(0));
    chip('district-chip', 'haidian').click();
    chip('industry-chip', 'ai').click();
    await waitFor(() =>
      expect(api.listLedger).toHaveBeenLastCalledWith({ district: 'haidian', industry: 'ai', page: 1, pageSize: 20 }),
    );

    await waitForForm();
    typeField(page.utils, 'keyword', ' 北京丁 ');
    tapText('搜索');
    await waitFor(() =>
      expect(api.listLedger).toHaveBeenLastCalledWith({
        keyword: '北京丁',
        district: 'haidian',
        industry: 'ai',
        page: 1,
        pageSize: 20,
      }),
    );
  });

  it('loads the next page at the bottom, and reloads on pull-down', async () => {
    const first = Array.from({ length: 20 }, (_, i) => aRow({ id: `co-${i}`, name: `企业${i}` }));
    api.listLedger
      .mockResolvedValueOnce(aPage(first, 21))
      .mockResolvedValueOnce(aPage([aRow({ id: 'co-20', name: '企业20' })], 21, 2))
      .mockResolvedValue(aPage(first, 21));
    page = await mountPage(LedgerPage);
    await waitFor(() => expect(byTestId('ledger-row')).toHaveLength(20));

    await page.trigger('onReachBottom');
    await waitFor(() => expect(byTestId('ledger-row')).toHaveLength(21));
    expect(api.listLedger).toHaveBeenLastCalledWith({ page: 2, pageSize: 20 });
    await waitForText('没有更多了');

    await page.trigger('onPullDownRefresh');
    await waitFor(() => expect(byTestId('ledger-row')).toHaveLength(20));
    expect(api.listLedger).toHaveBeenCalledTimes(3);
    expect(taro.stopPullDownRefresh).toHaveBeenCalled();
  });

  it('says when nothing matches, and offers a retry when loading fails', async () => {
    api.listLedger
      .mockRejectedValueOnce(new ServiceError('NETWORK', '网络连接失败，请检查网络后重试'))
      .mockResolvedValueOnce(aPage([]))
      .mockResolvedValue(aPage([]));
    page = await mountPage(LedgerPage);
    await waitForText('网络连接失败，请检查网络后重试');

    tapText('重新加载');
    await waitForText('台账中还没有企业');

    chip('overdue-chip', '30').click();
    await waitForText('没有符合条件的企业');
  });

  it('lets a liaison add a company to the ledger; an expert reads the ledger only', async () => {
    api.listLedger.mockResolvedValue(aPage(ROWS));
    page = await openLedger();
    tapText('新建台账企业');
    expect(navigatedUrls(taro)).toEqual(['/packages/ledger/pages/ledger-create/index']);
    page.unmount();

    useAppStore.setState({ me: EXPERT_ME });
    page = await openLedger();
    expect(bodyText()).not.toContain('新建台账企业');
  });

  it("asks an admin, who acts for the whole city, which station's ledger to show", async () => {
    useAppStore.setState({ me: ADMIN_ME });
    directory.listStations.mockResolvedValue(aPage([aStation({ id: 'st-zgc', name: '中关村工作站' })]));
    api.listLedger.mockResolvedValue(aPage(ROWS));
    page = await mountPage(LedgerPage);
    await waitForText('请先选择要查看台账的服务站点');
    expect(api.listLedger).not.toHaveBeenCalled();

    pickField(page.utils, 'stationId', 0);
    await waitFor(() => expect(byTestId('ledger-row')).toHaveLength(ROWS.length));
    expect(api.listLedger).toHaveBeenCalledWith({ stationId: 'st-zgc', page: 1, pageSize: 20 });
    // An admin reads a station's ledger; companies are added by the station's own staff.
    expect(bodyText()).not.toContain('新建台账企业');
  });

  it("offers a district admin only the district's stations to pick from", async () => {
    useAppStore.setState({ me: DISTRICT_ADMIN_ME });
    directory.listStations.mockResolvedValue(aPage([aStation({ id: 'st-zgc', name: '中关村工作站' })]));
    api.listLedger.mockResolvedValue(aPage(ROWS));
    page = await mountPage(LedgerPage);
    await waitForText('请先选择要查看台账的服务站点');
    expect(directory.listStations).toHaveBeenCalledWith({ pageSize: 50, district: 'haidian' });

    pickField(page.utils, 'stationId', 0);
    await waitFor(() => expect(byTestId('ledger-row')).toHaveLength(ROWS.length));
    expect(api.listLedger).toHaveBeenCalledWith({ stationId: 'st-zgc', page: 1, pageSize: 20 });
    expect(bodyText()).not.toContain('新建台账企业');
  });

  it('shows an admin the ledger of the station named in the link, without asking', async () => {
    useAppStore.setState({ me: ADMIN_ME });
    api.listLedger.mockResolvedValue(aPage(ROWS));
    page = await mountPage(LedgerPage, { stationId: 'st-zgc' });
    await waitFor(() => expect(byTestId('ledger-row')).toHaveLength(ROWS.length));
    expect(api.listLedger).toHaveBeenCalledWith({ stationId: 'st-zgc', page: 1, pageSize: 20 });
    expect(bodyText()).not.toContain('请先选择');
    expect(directory.listStations).not.toHaveBeenCalled();
  });

  it('sends company staff to switch identity', async () => {
    useAppStore.setState({ me: COMPANY_ME });
    page = await mountPage(LedgerPage);
    await waitFor(() => expect(byTestId('gate-role')).toHaveLength(1));
    expect(bodyText()).toContain('查看企业台账需以联络员、志愿服务专家、站长、管理员或区级管理员身份进行');
    expect(api.listLedger).not.toHaveBeenCalled();
  });
});

describe('企业档案 (the company page)', () => {
  beforeEach(() => {
    api.getHoldingsHistory.mockResolvedValue(aPage([]));
    api.getTimeline.mockResolvedValue(aPage([aVisitItem()]));
  });

  it("gives the station's liaison 编辑档案 and 登记走访, and shows visit findings as internal", async () => {
    api.getProfile.mockResolvedValue(aProfile({ canEditStationFields: true, canLogVisit: true, ledgerOnly: true }));
    page = await mountPage(CompanyPage, { companyId: COMPANY_ID });
    await waitFor(() => expect(byTestId('timeline-item')).toHaveLength(1));

    expect(byTestId('join-code')[0]!.textContent).toBe('XH8K2M4P');
    expect(bodyText()).toContain('交给企业');
    expect(byTestId('timeline-internal')[0]!.textContent).toContain('财务负责人对收费服务有顾虑');
    expect(byTestId('timeline-internal')[0]!.textContent).toContain('以上内容企业不可见');

    tapText('登记走访');
    tapText('编辑档案');
    expect(navigatedUrls(taro)).toEqual([
      '/packages/visit/pages/visit-edit/index?companyId=co-xinghe',
      '/packages/ledger/pages/profile-edit/index?companyId=co-xinghe',
    ]);
  });

  it('shows company staff their profile, holdings and timeline without a visit button', async () => {
    useAppStore.setState({ me: COMPANY_ME });
    api.getProfile.mockResolvedValue(aProfile());
    api.getTimeline.mockResolvedValue(
      aPage([
        {
          view: 'company',
          kind: 'visit',
          id: 'visit:abc',
          at: Date.UTC(2025, 2, 1, 2),
          title: '实地走访',
          summary: '介绍了专利资助政策',
          stationName: '海淀区中关村知识产权工作站',
        },
      ]),
    );
    page = await mountPage(CompanyPage, { companyId: COMPANY_ID });
    await waitFor(() => expect(byTestId('timeline-item')).toHaveLength(1));

    expect(api.getProfile).toHaveBeenCalledWith({ companyId: COMPANY_ID });
    expect(byTestId('holding').map((e) => e.getAttribute('data-kind'))).toEqual(['invention', 'trademark_domestic']);
    expect(bodyText()).toContain('编辑档案');
    expect(bodyText()).not.toContain('登记走访');
    expect(byTestId('timeline-internal')).toHaveLength(0);
  });
});
