/**
 * The visit pages besides the form: 走访详情 (what the station sees and what the company sees),
 * 我的回访 (tabs with counts, completing one with a short record, opening its source) and the
 * entries on 我的 (with the count of visits still waiting on the phone).
 */
import type { FollowUp, StationVisit, Visit } from '@core/contract';
import { shanghaiInstant } from '@core/rules/time';
import WorkPage from '@/pages/work/index';
import FollowUpsPage from '@/packages/visit/pages/follow-ups/index';
import VisitPage from '@/packages/visit/pages/visit/index';
import * as account from '@/services/account';
import { ServiceError } from '@/services/errors';
import { putOutboxEntry } from '@/services/outbox-store';
import * as visits from '@/services/visit';
import { useAppStore } from '@/store';
import { COMPANY_ME, LIAISON_ME, STATION_ID, STATION_NAME } from './support/consult-fixtures';
import {
  bodyText,
  byTestId,
  fieldError,
  mountPage,
  showPage,
  tapText,
  typeField,
  waitFor,
  waitForForm,
  waitForText,
  type MountedPage,
} from './support/page-harness';
import { signedInPages, taro } from './support/page-lifecycle';
import { navigatedUrls, toastTitles } from './support/taro-mocks';
import { freshPhone } from './support/phone';

jest.mock('@/services/visit');
jest.mock('@/services/account');
const api = jest.mocked(visits);
const acc = jest.mocked(account);

function aStationVisit(overrides: Partial<StationVisit> = {}): StationVisit {
  return {
    view: 'station',
    id: 'visit:abc',
    stationId: STATION_ID,
    stationName: STATION_NAME,
    companyId: 'c-1',
    companyName: '示例科技',
    visitedAt: shanghaiInstant('2026-11-20', '10:30'),
    form: 'onsite',
    topics: ['application', 'risk'],
    sharedSummary: '建议尽快申请发明专利并做商标布局',
    photoCount: 0,
    visitors: ['李联络', '王专家'],
    met: '陈总（总经理）',
    findings: '新产品即将上市，尚未做专利布局',
    internalNote: '企业对代理费用较敏感',
    nextFollowUpDate: '2026-12-04',
    requestIds: ['req:visit:abc:1', 'req:visit:abc:2'],
    createdBy: 'u-li',
    createdByName: '李联络',
    createdAt: shanghaiInstant('2026-11-20', '11:00'),
    photos: [],
    ...overrides,
  };
}

/** What the company's staff get from the server: the shared fields only. */
const aCompanyVisit = (): Visit => {
  const v = aStationVisit();
  return {
    view: 'company',
    id: v.id,
    stationId: v.stationId,
    stationName: v.stationName,
    companyId: v.companyId,
    companyName: v.companyName,
    visitedAt: v.visitedAt,
    form: v.form,
    topics: v.topics,
    sharedSummary: v.sharedSummary,
    photoCount: 0,
    photos: [],
  };
};

function aFollowUp(overrides: Partial<FollowUp> = {}): FollowUp {
  return {
    id: 'fu:visit:visit:abc',
    stationId: STATION_ID,
    companyId: 'c-1',
    companyName: '示例科技',
    ownerId: 'u-li',
    ownerName: '李联络',
    dueDate: '2026-11-20',
    source: 'visit',
    sourceId: 'visit:abc',
    subject: '走访回访：需要专家指导发明专利申请',
    status: 'open',
    due: 'today',
    createdAt: shanghaiInstant('2026-11-13', '11:00'),
    ...overrides,
  };
}

const page1 = <T,>(items: T[], counts = { today: 1, overdue: 2, upcoming: 0 }) => ({
  items,
  total: items.length,
  page: 1,
  pageSize: 20,
  counts,
});

let page: MountedPage | undefined;

signedInPages(LIAISON_ME);
beforeEach(() => {
  freshPhone();
});

describe('走访详情', () => {
  it('shows the station everything: who went, what was found, the internal note, the requests made', async () => {
    api.getVisit.mockResolvedValue(aStationVisit());
    page = await mountPage(VisitPage, { visitId: 'visit:abc' });
    await waitForText('建议尽快申请发明专利并做商标布局');
    expect(api.getVisit).toHaveBeenCalledWith({ visitId: 'visit:abc' });
    expect(byTestId('visit-visitors')[0]!.textContent).toContain('李联络、王专家');
    expect(byTestId('visit-topics')[0]!.textContent).toContain('知识产权申请引导、知识产权风险防控');
    expect(byTestId('visit-findings')[0]!.textContent).toContain('新产品即将上市');
    expect(byTestId('visit-internal-note')[0]!.textContent).toContain('企业对代理费用较敏感');
    expect(byTestId('visit-follow-up')[0]!.textContent).toContain('2026-12-04');
    expect(byTestId('visit-request')).toHaveLength(2);
    (byTestId('visit-request')[1] as HTMLElement).click();
    expect(navigatedUrls(taro)).toEqual(['/packages/request/pages/detail/index?requestId=req%3Avisit%3Aabc%3A2']);
  });

  it('shows the company what was shared, and no place for what was not', async () => {
    useAppStore.setState({ me: COMPANY_ME });
    api.getVisit.mockResolvedValue(aCompanyVisit());
    page = await mountPage(VisitPage, { visitId: 'visit:abc' });
    await waitForText('建议尽快申请发明专利并做商标布局');
    expect(bodyText()).toContain(STATION_NAME);
    expect(bodyText()).toContain('实地走访');
    for (const hidden of ['走访发现', '内部备注', '走访人员', '受访人员', '发现的需求']) {
      expect(bodyText()).not.toContain(hidden);
    }
  });
});

describe('我的回访', () => {
  it('opens on today’s with the counts on the tabs, and switches to the overdue ones', async () => {
    api.listFollowUps.mockImplementation(async ({ view }) =>
      view === 'overdue'
        ? page1([aFollowUp({ id: 'fu:2', due: 'overdue', dueDate: '2026-11-10', companyName: '逾期科技' })])
        : page1([aFollowUp()]),
    );
    page = await showPage(FollowUpsPage);
    await waitFor(() => expect(byTestId('follow-up')).toHaveLength(1));
    expect(api.listFollowUps).toHaveBeenCalledWith({ view: 'today', page: 1, pageSize: 20 });
    const tabs = byTestId('follow-up-view').map((t) => t.textContent);
    expect(tabs).toEqual(['今日到期 1', '已逾期 2', '即将到期 0', '已完成']);
    expect(bodyText()).toContain('今日到期');

    (byTestId('follow-up-view')[1] as HTMLElement).click();
    await waitForText('逾期科技');
    expect(api.listFollowUps).toHaveBeenLastCalledWith({ view: 'overdue', page: 1, pageSize: 20 });
    expect(bodyText()).toContain('已逾期');
  });

  it('opens where a follow-up came from', async () => {
    api.listFollowUps.mockResolvedValue(page1([aFollowUp({ source: 'consultation', sourceId: 'walkin:x' })]));
    page = await showPage(FollowUpsPage);
    await waitFor(() => expect(byTestId('follow-up')).toHaveLength(1));
    tapText('查看咨询');
    expect(navigatedUrls(taro)).toEqual(['/packages/consult/pages/record/index?recordId=walkin%3Ax']);
  });

  it('completes one with a short record, sent once with one request id, then reloads', async () => {
    api.listFollowUps
      .mockResolvedValueOnce(page1([aFollowUp()]))
      .mockResolvedValue(page1([], { today: 0, overdue: 2, upcoming: 0 }));
    api.completeFollowUp
      .mockRejectedValueOnce(new ServiceError('NETWORK', '网络连接失败，请检查网络后重试'))
      .mockResolvedValueOnce(aFollowUp({ status: 'done', due: null, record: '已电话回访' }));
    page = await showPage(FollowUpsPage);
    await waitFor(() => expect(byTestId('follow-up')).toHaveLength(1));
    tapText('完成回访');
    await waitFor(() => expect(byTestId('complete-panel')).toHaveLength(1));
    await waitForForm();
    tapText('提交回访记录');
    await waitFor(() => expect(fieldError('record')).toBe('回访记录：请简要记录回访情况'));
    expect(api.completeFollowUp).not.toHaveBeenCalled();

    typeField(page.utils, 'record', '已电话回访，专利申请材料已提交');
    tapText('提交回访记录');
    await waitFor(() => expect(toastTitles(taro)).toContain('网络连接失败，请检查网络后重试'));
    tapText('提交回访记录');
    await waitForText('今天没有到期的回访');
    const calls = api.completeFollowUp.mock.calls.map(([input]) => input);
    expect(calls).toEqual([
      {
        clientRequestId: expect.any(String),
        followUpId: 'fu:visit:visit:abc',
        record: '已电话回访，专利申请材料已提交',
      },
      {
        clientRequestId: calls[0]!.clientRequestId,
        followUpId: 'fu:visit:visit:abc',
        record: '已电话回访，专利申请材料已提交',
      },
    ]);
    expect(toastTitles(taro)).toContain('已记录回访');
  });
});

describe('我的', () => {
  it('offers a liaison visits, follow-ups and the outbox with how many visits still wait', async () => {
    acc.me.mockResolvedValue(LIAISON_ME);
    const entry = {
      kind: 'visit' as const,
      ownerId: LIAISON_ME.user.id,
      title: '示例科技 · 2026-11-20 10:30',
      payload: {} as never,
      photos: [],
      draft: {},
      status: 'waiting' as const,
      attempts: 1,
      createdAt: Date.now(),
    };
    putOutboxEntry({ ...entry, id: 'crid-one-0001' });
    putOutboxEntry({ ...entry, id: 'crid-two-0002', status: 'returned' });
    // Another person's entry on the same phone is not theirs to count.
    putOutboxEntry({ ...entry, id: 'crid-other-003', ownerId: 'someone-else' });
    page = await showPage(WorkPage);
    await waitForText('登记走访');
    expect(bodyText()).toContain('走访记录');
    expect(bodyText()).toContain('我的回访');
    expect(byTestId('outbox-badge')[0]!.getAttribute('data-count')).toBe('2');
    tapText('登记走访');
    expect(navigatedUrls(taro)).toContain('/packages/visit/pages/visit-edit/index');
  });

  it('offers company staff the visits they received, and nothing to log', async () => {
    acc.me.mockResolvedValue(COMPANY_ME);
    acc.getCompany.mockResolvedValue({} as never);
    useAppStore.setState({ me: COMPANY_ME });
    page = await showPage(WorkPage);
    await waitForText('走访记录');
    expect(bodyText()).not.toContain('登记走访');
    expect(bodyText()).not.toContain('待发送');
  });
});
