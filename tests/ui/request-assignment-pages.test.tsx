/**
 * The request loop's pages (issue 12): the station's 指派 / 转介 from the server's suggestions
 * (with the updatedAt it saw, and a CONFLICT shown and reloaded), the assignee's 接受 / 谢绝 against
 * the due countdown, the 服务报告 form and the report as the company and the station read it; the
 * queue's 按期限 order and 逾期 filter; the expert's 我的指派; the admin's 工作日历. Every time is
 * read against a fixed phone clock.
 */
import WorkPage from '@/pages/work/index';
import CalendarPage from '@/packages/directory/pages/calendar/index';
import AssignedPage from '@/packages/request/pages/assigned/index';
import DetailPage from '@/packages/request/pages/detail/index';
import QueuePage from '@/packages/request/pages/queue/index';
import { countdownOf } from '@/packages/request/lib/countdown';
import { shanghaiInstant } from '@core/rules/time';
import type { Me } from '@core/contract';
import Taro from '@tarojs/taro';
import * as account from '@/services/account';
import * as consult from '@/services/consult';
import * as directory from '@/services/directory';
import { ServiceError } from '@/services/errors';
import * as request from '@/services/request';
import { useAppStore } from '@/store';
import { aPage } from './support/directory-fixtures';
import { CHIEF_ME, COMPANY_ME, EXPERT_ME, LIAISON_ME } from './support/consult-fixtures';
import { ADMIN_ME } from './support/roles';
import { aCandidate, aCompanyRequest, aReport, aStationRequest, aSummary } from './support/request-fixtures';
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
import { atNow } from './support/clock';
import { inTimeZone } from './support/time-zone';

jest.mock('@/services/request');
jest.mock('@/services/account');
jest.mock('@/services/consult', () => require('./support/consult-mock').consultMock());
jest.mock('@/services/directory', () => require('./support/directory-mock').directoryMock());
const api = jest.mocked(request);
const acc = jest.mocked(account);
const con = jest.mocked(consult);
const dir = jest.mocked(directory);

const NOW = shanghaiInstant('2026-11-24', '10:00');
const HOUR = 3_600_000;
const SEEN = shanghaiInstant('2026-11-24', '09:30');

inTimeZone('America/New_York');
atNow(NOW);
signedInPages(CHIEF_ME);

let page: MountedPage | undefined;

afterEach(() => {
  process.env.TARO_ENV = 'h5';
  delete process.env.TARO_APP_SUBSCRIBE_TEMPLATES;
});

function withTestId(testId: string, attr: string, value: string): HTMLElement {
  const el = byTestId(testId).find((c) => c.getAttribute(attr) === value);
  if (!el) throw new Error(`no ${testId} with ${attr}=${value}`);
  return el as HTMLElement;
}
const chip = (testId: string, value: string) => withTestId(testId, 'data-value', value);

async function openDetail(me: Me, r: ReturnType<typeof aStationRequest> | ReturnType<typeof aCompanyRequest>) {
  useAppStore.setState({ me });
  api.getRequest.mockResolvedValue(r);
  const p = await mountPage(DetailPage, { requestId: r.id });
  await waitFor(() => expect(byTestId('request-description')).toHaveLength(1));
  return p;
}

describe('countdownOf (the due countdown, against a given now)', () => {
  it('says how long is left, then how long it is overdue', () => {
    expect(countdownOf(NOW + 27 * HOUR, NOW)).toEqual({ overdue: false, text: '剩余 1天3小时' });
    expect(countdownOf(NOW + 48 * HOUR, NOW)).toEqual({ overdue: false, text: '剩余 2天' });
    expect(countdownOf(NOW + 20 * 60_000, NOW)).toEqual({ overdue: false, text: '剩余 20分钟' });
    expect(countdownOf(NOW + 10_000, NOW)).toEqual({ overdue: false, text: '剩余 1分钟' });
    expect(countdownOf(NOW, NOW)).toEqual({ overdue: false, text: '剩余 1分钟' });
    expect(countdownOf(NOW - 5 * HOUR, NOW)).toEqual({ overdue: true, text: '已逾期 5小时' });
    expect(countdownOf(NOW - 26 * HOUR - 59 * 60_000, NOW)).toEqual({ overdue: true, text: '已逾期 1天2小时' });
  });
});

describe('服务需求: the station assigns it', () => {
  const accepted = () =>
    aStationRequest({
      status: 'accepted',
      handlerName: '李联络',
      steps: ['assign', 'refer', 'cancel'],
      updatedAt: SEEN,
    });

  it('assigns to a suggested expert with a note, sending the updatedAt it saw', async () => {
    api.suggestAssignees.mockResolvedValue({
      items: [
        aCandidate({ matchesIndustry: true }),
        aCandidate({
          userId: 'u-li',
          kind: 'liaison',
          name: '李联络',
          organisation: undefined,
          matchesCategory: false,
          openCount: 0,
        }),
        aCandidate({ userId: 'u-ex2', name: '孙专家', unavailableUntil: '2026-12-01' }),
      ],
    });
    api.assignRequest.mockResolvedValue(
      aStationRequest({
        status: 'assigned',
        steps: ['assign'],
        assigneeKind: 'expert',
        assigneeId: 'u-ex',
        assigneeName: '王专家',
        assignNote: '企业急需',
        respondBy: NOW + 48 * HOUR,
      }),
    );
    page = await openDetail(CHIEF_ME, accepted());
    tapText('指派');
    await waitFor(() => expect(byTestId('candidate')).toHaveLength(3));
    const wang = withTestId('candidate', 'data-id', 'u-ex');
    expect(wang.textContent).toContain('专长匹配');
    expect(wang.textContent).toContain('行业匹配');
    expect(wang.textContent).toContain('中关村专利代理事务所 · 在办 2 件');
    expect(withTestId('candidate', 'data-id', 'u-li').textContent).not.toContain('专长匹配');
    expect(withTestId('candidate', 'data-id', 'u-ex2').textContent).toContain('暂停接单至 2026-12-01');
    expect(api.suggestAssignees).toHaveBeenCalledWith({ requestId: 'req:1' });

    await waitForForm();
    tapText('确认指派');
    await waitFor(() => expect(fieldError('assignee.userId')).toBe('指派对象：请选择一位专家或联络员'));
    // Someone who paused taking requests cannot be picked.
    withTestId('candidate', 'data-id', 'u-ex2').click();
    expect(withTestId('candidate', 'data-id', 'u-ex2').getAttribute('data-picked')).toBe('false');
    wang.click();
    await waitFor(() => expect(withTestId('candidate', 'data-id', 'u-ex').getAttribute('data-picked')).toBe('true'));
    await waitFor(() => expect(fieldError('assignee.userId')).toBeNull());
    typeField(page.utils, 'note', '企业急需');
    tapText('确认指派');
    await waitFor(() => expect(api.assignRequest).toHaveBeenCalledTimes(1));
    expect(api.assignRequest).toHaveBeenCalledWith({
      requestId: 'req:1',
      assignee: { kind: 'expert', userId: 'u-ex' },
      note: '企业急需',
      seenUpdatedAt: SEEN,
    });
    await waitFor(() => expect(byTestId('detail-assignee')).toHaveLength(1));
    expect(byTestId('detail-assignee')[0]!.textContent).toContain('王专家（志愿服务专家） · 待接受');
    expect(byTestId('detail-respond-by')[0]!.textContent).toContain('剩余 2天');
    expect(toastTitles(taro)).toContain('已指派给王专家');
  });

  it('refers it to an outside agency by name and contact', async () => {
    api.suggestAssignees.mockResolvedValue({ items: [] });
    api.assignRequest.mockResolvedValue(
      aStationRequest({
        status: 'referred',
        steps: ['report'],
        agency: { name: '维权援助中心', contact: '010-12345' },
      }),
    );
    page = await openDetail(CHIEF_ME, accepted());
    tapText('转介机构');
    await waitForForm();
    tapText('确认转介');
    await waitFor(() => expect(fieldError('agencyName')).toBe('机构名称：请填写专业服务机构的名称'));
    expect(fieldError('agencyContact')).toBe('机构联系方式：请填写联系人或电话');
    typeField(page.utils, 'agencyName', '维权援助中心');
    typeField(page.utils, 'agencyContact', '010-12345');
    tapText('确认转介');
    await waitFor(() =>
      expect(api.assignRequest).toHaveBeenCalledWith({
        requestId: 'req:1',
        assignee: { kind: 'agency', name: '维权援助中心', contact: '010-12345' },
        seenUpdatedAt: SEEN,
      }),
    );
    await waitFor(() => expect(byTestId('detail-agency')[0]!.textContent).toContain('维权援助中心（010-12345）'));
  });

  it("when another chief assigned it first, shows the server's message and the request as it is now", async () => {
    api.suggestAssignees.mockResolvedValue({ items: [aCandidate()] });
    api.assignRequest.mockRejectedValue(new ServiceError('CONFLICT', '该需求已指派给孙专家，请刷新后再试'));
    page = await openDetail(CHIEF_ME, accepted());
    api.getRequest.mockResolvedValue(
      aStationRequest({ status: 'assigned', steps: ['assign'], assigneeKind: 'expert', assigneeName: '孙专家' }),
    );
    tapText('指派');
    await waitFor(() => expect(byTestId('candidate')).toHaveLength(1));
    (byTestId('candidate')[0] as HTMLElement).click();
    await waitFor(() => expect(byTestId('candidate')[0]!.getAttribute('data-picked')).toBe('true'));
    tapText('确认指派');
    await waitFor(() => expect(byTestId('request-conflict')).toHaveLength(1));
    expect(byTestId('request-conflict')[0]!.textContent).toBe('该需求已指派给孙专家，请刷新后再试');
    expect(toastTitles(taro)).toContain('该需求已指派给孙专家，请刷新后再试');
    await waitFor(() => expect(byTestId('detail-assignee')[0]!.textContent).toContain('孙专家'));
    expect(api.getRequest).toHaveBeenCalledTimes(2);
    expect(byTestId('assign-panel')).toHaveLength(0);
  });
});

describe('服务需求: the assignee answers', () => {
  const waiting = () =>
    aStationRequest({
      status: 'assigned',
      assigneeKind: 'expert',
      assigneeId: 'u-ex',
      assigneeName: '王专家',
      respondBy: NOW + 27 * HOUR,
      steps: ['acceptAssignment', 'declineAssignment'],
    });

  it('shows the countdown and accepts, asking WeChat for the assignment subscriptions from the tap', async () => {
    const ask = jest.spyOn(Taro, 'requestSubscribeMessage').mockResolvedValue({ errMsg: 'ok' } as never);
    api.respondAssignment.mockResolvedValue(
      aStationRequest({ status: 'in_progress', assigneeName: '王专家', assigneeKind: 'expert', steps: ['report'] }),
    );
    page = await openDetail(EXPERT_ME, waiting());
    expect(byTestId('detail-respond-by')[0]!.textContent).toContain('剩余 1天3小时');
    process.env.TARO_APP_SUBSCRIBE_TEMPLATES = 'booking:tpl-b,assignment:tpl-a';
    process.env.TARO_ENV = 'weapp';
    tapText('接受');
    process.env.TARO_ENV = 'h5';
    await waitFor(() => expect(api.respondAssignment).toHaveBeenCalledWith({ requestId: 'req:1', decision: 'accept' }));
    expect(ask).toHaveBeenCalledWith({ tmplIds: ['tpl-a'] });
    await waitFor(() => expect(toastTitles(taro)).toContain('已接受指派'));
    await waitForText('填写服务报告');
  });

  it('shows an overdue answer as overdue', async () => {
    page = await openDetail(EXPERT_ME, { ...waiting(), respondBy: NOW - 5 * HOUR, overdue: true });
    const due = byTestId('request-due')[0]!;
    expect(due.textContent).toBe('已逾期 5小时');
    expect(due.getAttribute('data-overdue')).toBe('true');
  });

  it('declines only with a reason', async () => {
    api.respondAssignment.mockResolvedValue(aStationRequest({ status: 'accepted', steps: [] }));
    page = await openDetail(EXPERT_ME, waiting());
    tapText('谢绝');
    await waitFor(() => expect(byTestId('decline-panel')).toHaveLength(1));
    await waitForForm();
    tapText('确认谢绝');
    await waitFor(() => expect(fieldError('reason')).toBe('谢绝原因：请填写谢绝原因'));
    expect(api.respondAssignment).not.toHaveBeenCalled();
    typeField(page.utils, 'reason', '近期出差，无法按时办理');
    await waitFor(() => expect(fieldError('reason')).toBeNull());
    tapText('确认谢绝');
    await waitFor(() =>
      expect(api.respondAssignment).toHaveBeenCalledWith({
        requestId: 'req:1',
        decision: 'decline',
        reason: '近期出差，无法按时办理',
      }),
    );
    await waitFor(() => expect(toastTitles(taro)).toContain('已谢绝'));
  });
});

describe('服务报告', () => {
  it('checks the report, asks before sending, and shows it with the internal note to the station', async () => {
    api.reportRequest.mockResolvedValue(
      aStationRequest({ status: 'closed', steps: [], assigneeName: '王专家', report: aReport() }),
    );
    api.getRequestRating.mockResolvedValue({ rating: null, canRate: false });
    page = await openDetail(
      EXPERT_ME,
      aStationRequest({ status: 'in_progress', assigneeName: '王专家', assigneeKind: 'expert', steps: ['report'] }),
    );
    tapText('填写服务报告');
    await waitFor(() => expect(byTestId('report-panel')).toHaveLength(1));
    await waitForForm();
    tapText('提交报告');
    await waitFor(() => expect(fieldError('situation')).toBe('基本情况：请至少填写5个字'));
    expect(fieldError('advice')).toBe('意见建议：请至少填写5个字');
    expect(fieldError('outcome')).toBe('办理结果：请至少填写5个字');
    expect(fieldError('minutesSpent')).toBe('用时（分钟）：请填写办理所用的分钟数');
    expect(api.reportRequest).not.toHaveBeenCalled();

    typeField(page.utils, 'situation', '企业新产品拟申请发明专利');
    await waitFor(() => expect(fieldError('situation')).toBeNull());
    typeField(page.utils, 'advice', '建议先做查新检索，再准备交底书');
    typeField(page.utils, 'outcome', '已指导企业完成交底书初稿');
    typeField(page.utils, 'minutesSpent', '90');
    typeField(page.utils, 'internalNote', '企业对费用较敏感');
    tapText('提交报告');
    await waitFor(() => expect(api.reportRequest).toHaveBeenCalledTimes(1));
    expect(taro.showModal).toHaveBeenCalledWith(expect.objectContaining({ title: '提交服务报告' }));
    expect(api.reportRequest).toHaveBeenCalledWith({
      requestId: 'req:1',
      situation: '企业新产品拟申请发明专利',
      advice: '建议先做查新检索，再准备交底书',
      outcome: '已指导企业完成交底书初稿',
      minutesSpent: 90,
      attachments: [],
      internalNote: '企业对费用较敏感',
    });
    await waitFor(() => expect(byTestId('request-report')).toHaveLength(1));
    expect(byTestId('request-report')[0]!.textContent).toContain('90分钟');
    expect(byTestId('report-internal-note')[0]!.textContent).toContain('企业对费用较敏感');
    expect(toastTitles(taro)).toContain('服务报告已提交');
  });

  it('shows the company the report without the internal note', async () => {
    const { internalNote: _hidden, ...companyReport } = aReport();
    api.getRequestRating.mockResolvedValue({ rating: null, canRate: true });
    page = await openDetail(
      COMPANY_ME,
      aCompanyRequest({ status: 'closed', steps: [], assigneeName: '王专家', report: companyReport }),
    );
    const report = byTestId('request-report')[0]!.textContent ?? '';
    expect(report).toContain('建议先做查新检索，再准备交底书');
    expect(report).toContain('王专家 · 2026-11-25 16:00 提交');
    expect(bodyText()).not.toContain('企业对费用较敏感');
    expect(byTestId('report-internal-note')).toHaveLength(0);
  });
});

describe('需求队列: due order and overdue', () => {
  it('orders by due time and keeps only the overdue; rows show the assignee and the due tag', async () => {
    useAppStore.setState({ me: LIAISON_ME });
    api.listRequests.mockResolvedValue(
      aPage([
        aSummary({
          status: 'assigned',
          assigneeKind: 'expert',
          assigneeName: '王专家',
          respondBy: NOW - 5 * HOUR,
          overdue: true,
        }),
      ]),
    );
    page = await mountPage(QueuePage);
    await waitFor(() => expect(byTestId('request')).toHaveLength(1));
    expect(byTestId('request-assignee')[0]!.textContent).toContain('指派：王专家');
    expect(byTestId('request-due')[0]!.textContent).toBe('已逾期 5小时');

    chip('order', 'due').click();
    await waitFor(() =>
      expect(api.listRequests).toHaveBeenLastCalledWith({ status: 'submitted', order: 'due', page: 1, pageSize: 20 }),
    );
    chip('status-filter', '').click();
    chip('overdue-filter', 'overdue').click();
    await waitFor(() =>
      expect(api.listRequests).toHaveBeenLastCalledWith({ order: 'due', overdue: true, page: 1, pageSize: 20 }),
    );
  });
});

describe('我的指派', () => {
  function lists() {
    api.listRequests.mockImplementation(async (input) =>
      aPage(
        input.status === 'assigned'
          ? [
              aSummary({
                id: 'req:w',
                status: 'assigned',
                assigneeKind: 'expert',
                assigneeName: '王专家',
                respondBy: NOW + 27 * HOUR,
              }),
            ]
          : [aSummary({ id: 'req:p', status: 'in_progress', assigneeKind: 'expert', assigneeName: '王专家' })],
      ),
    );
    con.listMyDay.mockResolvedValue({ date: '2026-11-24', now: NOW, bookings: [{}, {}] as never });
  }

  it('shows what waits for the expert, what needs a report, and today’s consultations', async () => {
    useAppStore.setState({ me: EXPERT_ME });
    lists();
    page = await mountPage(AssignedPage);
    await waitFor(() => expect(byTestId('request')).toHaveLength(2));
    expect(api.listRequests).toHaveBeenCalledWith({
      assignedToMe: true,
      status: 'assigned',
      order: 'due',
      page: 1,
      pageSize: 50,
    });
    expect(api.listRequests).toHaveBeenCalledWith({ assignedToMe: true, status: 'in_progress', page: 1, pageSize: 50 });
    const waiting = byTestId('assigned-waiting')[0]!;
    expect(waiting.textContent).toContain('待接受（1）');
    expect(waiting.textContent).toContain('剩余 1天3小时');
    expect(byTestId('assigned-working')[0]!.textContent).toContain('办理中·待写报告（1）');
    await waitFor(() => expect(byTestId('assigned-today')[0]!.textContent).toContain('2 场'));

    (byTestId('assigned-today')[0] as HTMLElement).click();
    (byTestId('request')[0] as HTMLElement).click();
    expect(navigatedUrls(taro)).toEqual([
      '/packages/consult/pages/today/index',
      '/packages/request/pages/detail/index?requestId=req%3Aw',
    ]);
  });

  it('asks the server for a liaison’s own assignments, not the station’s queue', async () => {
    useAppStore.setState({ me: LIAISON_ME });
    api.listRequests.mockImplementation(async (input) =>
      aPage(
        input.status === 'assigned'
          ? [aSummary({ id: 'req:mine', status: 'assigned', assigneeKind: 'liaison', assigneeName: '李联络' })]
          : [],
      ),
    );
    con.listMyDay.mockResolvedValue({ date: '2026-11-24', now: NOW, bookings: [] });
    page = await mountPage(AssignedPage);
    await waitFor(() => expect(byTestId('request')).toHaveLength(1));
    expect(api.listRequests.mock.calls.every(([input]) => input.assignedToMe === true)).toBe(true);
    await waitForText('没有待写报告的需求');
  });

  it('is the first tool on an expert’s 工作台', async () => {
    acc.me.mockResolvedValue(EXPERT_ME);
    useAppStore.setState({ me: null, meState: 'idle' });
    page = await showPage(WorkPage);
    await waitForText('我的指派');
    const first = document.querySelector('[data-testid="tool"] .work-tool__title');
    expect(first?.textContent?.trim()).toBe('我的指派');
    tapText('我的指派');
    expect(navigatedUrls(taro)).toEqual(['/packages/request/pages/assigned/index']);
  });
});

describe('工作日历', () => {
  function pickDate(value: string): void {
    const picker = document.querySelector('[data-field="date"] taro-picker-core');
    if (!picker) throw new Error('no date picker');
    page!.utils.act(() => {
      picker.dispatchEvent(new CustomEvent('change', { detail: { value }, bubbles: true }));
    });
  }
  const dates = (testId: string) =>
    Array.from(byTestId(testId)[0]!.querySelectorAll('[data-testid="calendar-date"]')).map((d) =>
      d.getAttribute('data-date'),
    );

  it('adds a 调休 workday, removes a holiday after asking, and saves both lists', async () => {
    useAppStore.setState({ me: ADMIN_ME });
    dir.getWorkCalendar.mockResolvedValue({ set: false, holidays: ['2027-01-01', '2027-02-10'], workdays: [] });
    dir.setWorkCalendar.mockImplementation(async (input) => ({
      set: true,
      holidays: input.holidays ?? [],
      workdays: input.workdays ?? [],
      updatedAt: NOW,
    }));
    page = await mountPage(CalendarPage);
    await waitFor(() => expect(byTestId('calendar-holidays')).toHaveLength(1));
    expect(byTestId('calendar-explain')[0]!.textContent).toContain('两日按自然日计算');
    expect(dates('calendar-holidays')).toEqual(['2027-01-01', '2027-02-10']);

    chip('calendar-kind', 'workdays').click();
    await waitForText('添加到调休工作日');
    tapText('添加到调休工作日');
    await waitFor(() => expect(toastTitles(taro)).toContain('请先选择日期'));
    pickDate('2027-02-10');
    tapText('添加到调休工作日');
    await waitFor(() => expect(toastTitles(taro)).toContain('2027-02-10 已设为法定节假日，请先移除'));
    pickDate('2027-02-07');
    tapText('添加到调休工作日');
    await waitFor(() => expect(dates('calendar-workdays')).toEqual(['2027-02-07']));
    expect(byTestId('calendar-workdays')[0]!.textContent).toContain('2027-02-07 周日');

    const first = withTestId('calendar-date', 'data-date', '2027-01-01');
    (first.querySelector('button, taro-button-core') as HTMLElement).click();
    await waitFor(() => expect(dates('calendar-holidays')).toEqual(['2027-02-10']));
    expect(taro.showModal).toHaveBeenCalledWith(expect.objectContaining({ title: '移除日期' }));
    expect(dir.setWorkCalendar).not.toHaveBeenCalled();

    tapText('保存工作日历');
    await waitFor(() =>
      expect(dir.setWorkCalendar).toHaveBeenCalledWith({ holidays: ['2027-02-10'], workdays: ['2027-02-07'] }),
    );
    await waitFor(() => expect(toastTitles(taro)).toContain('工作日历已保存'));
    expect(byTestId('calendar-explain')[0]!.textContent).not.toContain('两日按自然日计算');
  });

  it('is for the admin only', async () => {
    useAppStore.setState({ me: CHIEF_ME });
    page = await mountPage(CalendarPage);
    await waitFor(() => expect(byTestId('gate-role')).toHaveLength(1));
    expect(dir.getWorkCalendar).not.toHaveBeenCalled();
  });
});
