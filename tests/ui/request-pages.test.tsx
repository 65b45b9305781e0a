/**
 * The service request pages: 提交服务需求 (catalogue by group, checks before sending, the server's
 * field errors, the station a request goes to), 我的服务需求, 需求队列 (status tabs, urgency and
 * source tags, order) and a request's page with the station's steps (受理, 开始办理, 办结 with its
 * result, 撤回 with its reason — the weighty ones confirmed first), the company's withdrawal and
 * its rating of a closed request; the entries on 我的 and the station page.
 */
import WorkPage from '@/pages/work/index';
import StationPage from '@/packages/directory/pages/station/index';
import CreatePage from '@/packages/request/pages/create/index';
import DetailPage from '@/packages/request/pages/detail/index';
import MinePage from '@/packages/request/pages/mine/index';
import QueuePage from '@/packages/request/pages/queue/index';
import type { AttachmentView, Me } from '@core/contract';
import * as account from '@/services/account';
import * as directory from '@/services/directory';
import * as files from '@/services/files';
import { ServiceError } from '@/services/errors';
import * as request from '@/services/request';
import Taro from '@tarojs/taro';
import { useAppStore } from '@/store';
import { aPage, aStation, aDetail } from './support/directory-fixtures';
import { CHIEF_ME, COMPANY_ME, LIAISON_ME } from './support/consult-fixtures';
import { aCompanyRequest, aRequestRating, aStationRequest, aSummary, historyUntil } from './support/request-fixtures';
import {
  bodyText,
  byTestId,
  deferred,
  fieldError,
  fieldInput,
  mountPage,
  pickField,
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
import { inTimeZone } from './support/time-zone';

jest.mock('@/services/request');
jest.mock('@/services/directory', () => require('./support/directory-mock').directoryMock());
jest.mock('@/services/account');
jest.mock('@/services/files', () => ({
  register: jest.fn(),
  uploadAttachment: jest.fn(),
  absoluteUrl: (url: string) => url,
}));
const api = jest.mocked(request);
const acc = account as jest.Mocked<typeof account>;
const fil = jest.mocked(files);
const dir = jest.mocked(directory);

let page: MountedPage | undefined;
// Every time on these pages is Shanghai's, whatever the phone's zone.
inTimeZone('America/New_York');

signedInPages(COMPANY_ME);

function chip(testId: string, value: string): HTMLElement {
  const el = byTestId(testId).find((c) => c.getAttribute('data-value') === value);
  if (!el) throw new Error(`no ${testId} chip ${value}`);
  return el as HTMLElement;
}

function card(id: string): Element {
  const el = byTestId('request').find((b) => b.getAttribute('data-id') === id);
  if (!el) throw new Error(`no request ${id}`);
  return el;
}

const stepButtons = () => (byTestId('request-steps')[0]?.querySelectorAll('button, taro-button-core') ?? []).length;

describe('提交服务需求', () => {
  async function open(params: Record<string, string> = {}): Promise<MountedPage> {
    const p = await mountPage(CreatePage, params);
    await waitForForm();
    return p;
  }

  it('checks before sending, then raises the request and opens it', async () => {
    api.createRequest.mockResolvedValue(aCompanyRequest({ id: 'req:new' }));
    page = await open();
    expect(byTestId('request-destination')[0]!.textContent).toBe('将提交至贵企业所属的服务站点');
    expect(byTestId('category-group').map((c) => c.textContent)).toEqual(['基础服务', '流动工作室服务']);

    tapText('提交需求');
    await waitFor(() => expect(fieldError('category')).toBe('需求类别：请选择需求类别'));
    expect(fieldError('description')).toBe('需求描述：请至少填写5个字');
    expect(api.createRequest).not.toHaveBeenCalled();

    pickField(page.utils, 'category', 4); // 知识产权申请引导, the fifth basic service
    await waitFor(() => expect(fieldError('category')).toBeNull());
    expect(bodyText()).toContain('知识产权申请引导');
    typeField(page.utils, 'description', '  新产品需要申请发明专利，请安排专业人员指导  ');
    pickField(page.utils, 'urgency', 2);
    await waitForText('紧急');
    tapText('提交需求');
    await waitFor(() => expect(api.createRequest).toHaveBeenCalledTimes(1));
    expect(api.createRequest).toHaveBeenCalledWith({
      clientRequestId: expect.stringMatching(/^[0-9a-f]{24}$/),
      category: 'application',
      description: '新产品需要申请发明专利，请安排专业人员指导',
      urgency: 'critical',
      attachments: [],
    });
    await waitFor(() =>
      expect(taro.redirectTo).toHaveBeenCalledWith({ url: '/packages/request/pages/detail/index?requestId=req%3Anew' }),
    );
    expect(toastTitles(taro)).toContain('需求已提交');
  });

  it('attaches photos as they are picked and sends their upload ids, waiting for uploads to finish', async () => {
    api.createRequest.mockResolvedValue(aCompanyRequest());
    jest.spyOn(Taro, 'chooseImage').mockResolvedValue({
      tempFiles: [{ path: 'blob:photo-1', size: 120_000, originalFileObj: { name: '现场照片.jpg' } }],
      tempFilePaths: ['blob:photo-1'],
      errMsg: 'ok',
    } as never);
    const uploaded = deferred<AttachmentView>();
    fil.uploadAttachment.mockReturnValue(uploaded.promise);
    page = await open();
    pickField(page.utils, 'category', 0);
    typeField(page.utils, 'description', '请帮助解读最新的专利资助政策');
    (byTestId('attachment-add')[0] as HTMLElement).click();
    await waitFor(() =>
      expect(fil.uploadAttachment).toHaveBeenCalledWith(expect.objectContaining({ purpose: 'request' })),
    );
    tapText('提交需求');
    await waitFor(() => expect(toastTitles(taro)).toContain('附件还在上传，请稍候再提交'));
    expect(api.createRequest).not.toHaveBeenCalled();

    uploaded.resolve({
      id: 'up_1',
      name: '现场照片.jpg',
      contentType: 'image/jpeg',
      size: 120_000,
      url: '/files/x.jpg',
    });
    await waitFor(() => expect(byTestId('attachment').map((a) => a.getAttribute('data-status'))).toEqual(['done']));
    tapText('提交需求');
    await waitFor(() => expect(api.createRequest).toHaveBeenCalledTimes(1));
    expect(api.createRequest.mock.calls[0]![0]).toMatchObject({ attachments: ['up_1'] });
  });

  it('offers the seven mobile-studio services as their own group', async () => {
    api.createRequest.mockResolvedValue(aCompanyRequest());
    page = await open();
    pickField(page.utils, 'category', 4);
    chip('category-group', 'studio').click();
    // The basic category chosen before does not belong to this group: it is cleared.
    await waitFor(() => expect(bodyText()).not.toContain('知识产权申请引导'));
    pickField(page.utils, 'category', 3);
    await waitForText('海外知识产权保护（流动工作室）');
    typeField(page.utils, 'description', '产品出口欧洲，需要海外商标布局建议');
    tapText('提交需求');
    await waitFor(() => expect(api.createRequest).toHaveBeenCalledTimes(1));
    expect(api.createRequest.mock.calls[0]![0]).toMatchObject({ category: 'studio_overseas', urgency: 'normal' });
  });

  it("shows the server's field errors under the fields and keeps what was typed", async () => {
    api.createRequest.mockRejectedValue(
      new ServiceError('INVALID_INPUT', '需求描述：不能超过1000字', { description: '需求描述：不能超过1000字' }),
    );
    page = await open();
    pickField(page.utils, 'category', 0);
    typeField(page.utils, 'description', '请帮助解读最新的专利资助政策');
    tapText('提交需求');
    await waitFor(() => expect(fieldError('description')).toBe('需求描述：不能超过1000字'));
    expect(toastTitles(taro)).toContain('需求描述：不能超过1000字');
    expect(fieldInput('description').value).toBe('请帮助解读最新的专利资助政策');
    expect(taro.redirectTo).not.toHaveBeenCalled();
  });

  it('goes to the station whose page it was opened from', async () => {
    dir.getStation.mockResolvedValue(aDetail({ station: aStation({ id: 'st-x', name: '朝阳区快速维权中心' }) }));
    api.createRequest.mockResolvedValue(aCompanyRequest());
    page = await open({ stationId: 'st-x' });
    await waitFor(() => expect(byTestId('request-destination')[0]!.textContent).toBe('提交至：朝阳区快速维权中心'));
    pickField(page.utils, 'category', 0);
    typeField(page.utils, 'description', '请帮助解读最新的专利资助政策');
    tapText('提交需求');
    await waitFor(() => expect(api.createRequest).toHaveBeenCalledTimes(1));
    expect(api.createRequest.mock.calls[0]![0]).toMatchObject({ stationId: 'st-x' });
  });

  it('is for company staff', async () => {
    useAppStore.setState({ me: LIAISON_ME });
    page = await mountPage(CreatePage);
    await waitFor(() => expect(byTestId('gate-role')).toHaveLength(1));
    expect(bodyText()).toContain('提交服务需求需以企业用户身份进行');
  });
});

describe('我的服务需求', () => {
  it('lists the requests with their status, filters by status and opens one', async () => {
    api.listRequests.mockImplementation(async (input) => {
      const all = [aSummary(), aSummary({ id: 'req:2', status: 'closed', category: 'search', handlerName: '李联络' })];
      return aPage(input.status ? all.filter((r) => r.status === input.status) : all);
    });
    page = await mountPage(MinePage);
    await waitFor(() => expect(byTestId('request')).toHaveLength(2));
    expect(api.listRequests).toHaveBeenCalledWith({ page: 1, pageSize: 20 });
    expect(card('req:1').textContent).toContain('待受理');
    expect(card('req:1').textContent).toContain('海淀区中关村知识产权工作站');
    expect(card('req:1').textContent).toContain('2026-11-23 09:15 提交');
    expect(card('req:2').textContent).toContain('已办结');
    expect(card('req:2').textContent).toContain('办理人：李联络');

    chip('status-filter', 'closed').click();
    await waitFor(() => expect(byTestId('request')).toHaveLength(1));
    expect(api.listRequests).toHaveBeenLastCalledWith({ status: 'closed', page: 1, pageSize: 20 });
    chip('status-filter', 'cancelled').click();
    await waitForText('没有已撤回的需求');

    tapText('提交服务需求');
    chip('status-filter', '').click();
    await waitFor(() => expect(byTestId('request')).toHaveLength(2));
    (card('req:2') as HTMLElement).click();
    expect(navigatedUrls(taro)).toEqual([
      '/packages/request/pages/create/index',
      '/packages/request/pages/detail/index?requestId=req%3A2',
    ]);
  });

  it('shows a failed load with a retry, and refreshes on pull-down', async () => {
    api.listRequests
      .mockRejectedValueOnce(new ServiceError('NETWORK', '网络连接失败，请检查网络后重试'))
      .mockResolvedValue(aPage([]));
    page = await mountPage(MinePage);
    await waitForText('网络连接失败，请检查网络后重试');
    tapText('重新加载');
    await waitForText('还没有提交过服务需求');
    await page.trigger('onPullDownRefresh');
    await waitFor(() => expect(taro.stopPullDownRefresh).toHaveBeenCalled());
    expect(api.listRequests).toHaveBeenCalledTimes(3);
  });
});

describe('需求队列', () => {
  it('starts with 待受理, shows urgency and visit-found tags, changes tab and order, loads more', async () => {
    useAppStore.setState({ me: LIAISON_ME });
    api.listRequests
      .mockResolvedValueOnce(
        aPage(
          [
            aSummary({ urgency: 'critical' }),
            aSummary({ id: 'req:2', source: 'visit', companyName: '走访企业', urgency: 'normal' }),
          ],
          3,
        ),
      )
      .mockResolvedValueOnce(aPage([aSummary({ id: 'req:3', urgency: 'urgent' })], 3, 2))
      .mockResolvedValue(aPage([aSummary({ id: 'req:4', status: 'in_progress' })]));
    page = await mountPage(QueuePage);
    await waitFor(() => expect(byTestId('request')).toHaveLength(2));
    expect(api.listRequests).toHaveBeenCalledWith({ status: 'submitted', order: 'newest', page: 1, pageSize: 20 });
    expect(byTestId('status-filter').map((c) => c.textContent)).toEqual([
      '待受理',
      '已受理',
      '待接受指派',
      '办理中',
      '已转介机构',
      '已办结',
      '已撤回',
      '全部',
    ]);
    expect(card('req:1').textContent).toContain('示例科技');
    expect(card('req:1').querySelector('[data-testid="request-urgency"]')!.textContent).toBe('紧急');
    expect(card('req:1').querySelector('[data-testid="request-source"]')).toBeNull();
    expect(card('req:2').querySelector('[data-testid="request-source"]')!.textContent).toBe('走访发现');
    // 一般 is not tagged: only what is urgent stands out.
    expect(card('req:2').querySelector('[data-testid="request-urgency"]')).toBeNull();

    await page.trigger('onReachBottom');
    await waitFor(() => expect(byTestId('request')).toHaveLength(3));
    expect(api.listRequests).toHaveBeenLastCalledWith({ status: 'submitted', order: 'newest', page: 2, pageSize: 20 });
    await waitForText('没有更多了');

    chip('order', 'urgency').click();
    chip('status-filter', 'in_progress').click();
    await waitFor(() => expect(byTestId('request')).toHaveLength(1));
    expect(api.listRequests).toHaveBeenLastCalledWith({
      status: 'in_progress',
      order: 'urgency',
      page: 1,
      pageSize: 20,
    });
    (card('req:4') as HTMLElement).click();
    expect(navigatedUrls(taro)).toEqual(['/packages/request/pages/detail/index?requestId=req%3A4']);
  });

  it('is for station staff', async () => {
    page = await mountPage(QueuePage);
    await waitFor(() => expect(byTestId('gate-role')).toHaveLength(1));
    expect(api.listRequests).not.toHaveBeenCalled();
  });
});

describe('服务需求: the station works it', () => {
  async function open(r = aStationRequest()): Promise<MountedPage> {
    useAppStore.setState({ me: LIAISON_ME });
    api.getRequest.mockResolvedValue(r);
    const p = await mountPage(DetailPage, { requestId: r.id });
    await waitFor(() => expect(byTestId('request-description')).toHaveLength(1));
    return p;
  }

  it('accepts, starts and closes it with a result, asking before closing; the timeline grows', async () => {
    api.acceptRequest.mockResolvedValue(
      aStationRequest({
        status: 'accepted',
        handlerName: '李联络',
        steps: ['start', 'close', 'cancel'],
        history: historyUntil(['accepted', '李联络']),
      }),
    );
    api.startRequest.mockResolvedValue(
      aStationRequest({
        status: 'in_progress',
        handlerName: '李联络',
        steps: ['close'],
        history: historyUntil(['accepted', '李联络'], ['started', '李联络']),
      }),
    );
    api.closeRequest.mockResolvedValue(
      aStationRequest({
        status: 'closed',
        handlerName: '李联络',
        steps: [],
        result: '已指导企业完成申请材料准备',
        internalNote: '企业对费用较敏感',
        closedAt: aSummary().createdAt + 90 * 60_000,
        history: historyUntil(['accepted', '李联络'], ['started', '李联络'], ['closed', '李联络']),
      }),
    );
    api.getRequestRating.mockResolvedValue({ rating: null, canRate: false });
    page = await open();
    expect(bodyText()).toContain('示例科技');
    expect(byTestId('history').map((h) => h.textContent)).toEqual(['张经理 提交需求2026-11-23 09:15']);
    expect(bodyText()).not.toContain('撤回'); // not the handler yet: the server lists only 受理

    tapText('受理');
    await waitFor(() => expect(api.acceptRequest).toHaveBeenCalledWith({ requestId: 'req:1' }));
    await waitForText('办理人');
    expect(toastTitles(taro)).toContain('已受理');
    expect(taro.showModal).not.toHaveBeenCalled();

    tapText('开始办理');
    await waitFor(() => expect(api.startRequest).toHaveBeenCalledWith({ requestId: 'req:1' }));
    await waitFor(() => expect(byTestId('history')).toHaveLength(3));

    tapText('办结（填写办理结果）');
    await waitFor(() => expect(byTestId('close-panel')).toHaveLength(1));
    await waitForForm();
    tapText('确认办结');
    await waitFor(() => expect(fieldError('result')).toBe('办理结果：请至少填写5个字'));
    expect(api.closeRequest).not.toHaveBeenCalled();

    typeField(page.utils, 'result', '已指导企业完成申请材料准备');
    typeField(page.utils, 'internalNote', '企业对费用较敏感');
    await waitFor(() => expect(fieldError('result')).toBeNull());
    tapText('确认办结');
    await waitFor(() => expect(api.closeRequest).toHaveBeenCalledTimes(1));
    expect(taro.showModal).toHaveBeenCalledWith(expect.objectContaining({ title: '办结需求' }));
    expect(api.closeRequest).toHaveBeenCalledWith({
      requestId: 'req:1',
      result: '已指导企业完成申请材料准备',
      internalNote: '企业对费用较敏感',
    });
    await waitFor(() => expect(byTestId('request-result')).toHaveLength(1));
    expect(byTestId('request-result')[0]!.textContent).toContain('已指导企业完成申请材料准备');
    expect(byTestId('request-internal-note')[0]!.textContent).toContain('仅工作站人员可见');
    expect(byTestId('history').map((h) => h.getAttribute('data-event'))).toEqual([
      'created',
      'accepted',
      'started',
      'closed',
    ]);
    expect(byTestId('request-steps')).toHaveLength(0);
    await waitFor(() => expect(byTestId('rating-none')).toHaveLength(1));
  });

  it('does not close when the liaison says no at the confirmation', async () => {
    taro.showModal.mockResolvedValue({ confirm: false, cancel: true, errMsg: 'ok' } as never);
    page = await open(aStationRequest({ status: 'accepted', steps: ['start', 'close', 'cancel'] }));
    tapText('办结（填写办理结果）');
    await waitForForm();
    typeField(page.utils, 'result', '已指导企业完成申请材料准备');
    tapText('确认办结');
    await waitFor(() => expect(taro.showModal).toHaveBeenCalled());
    expect(api.closeRequest).not.toHaveBeenCalled();
    expect(fieldInput('result').value).toBe('已指导企业完成申请材料准备');
  });

  it('withdraws only with a reason the company will read, after asking', async () => {
    useAppStore.setState({ me: CHIEF_ME });
    api.cancelRequest.mockResolvedValue(
      aStationRequest({
        status: 'cancelled',
        steps: [],
        cancelReason: '与上一条需求重复',
        history: historyUntil(['cancelled', '赵站长']),
      }),
    );
    page = await open(aStationRequest({ steps: ['accept', 'cancel'] }));
    tapText('撤回');
    await waitFor(() => expect(byTestId('cancel-panel')).toHaveLength(1));
    await waitForForm();
    tapText('确认撤回');
    await waitFor(() => expect(fieldError('reason')).toBe('撤回原因：请填写撤回原因'));
    expect(taro.showModal).not.toHaveBeenCalled();

    typeField(page.utils, 'reason', '与上一条需求重复');
    tapText('确认撤回');
    await waitFor(() =>
      expect(api.cancelRequest).toHaveBeenCalledWith({ requestId: 'req:1', reason: '与上一条需求重复' }),
    );
    expect(taro.showModal).toHaveBeenCalledWith(expect.objectContaining({ title: '撤回需求' }));
    await waitFor(() => expect(byTestId('request-cancel-reason')).toHaveLength(1));
    expect(toastTitles(taro)).toContain('已撤回');
  });

  it('when someone else moved it first, says so and shows it as it is now', async () => {
    api.acceptRequest.mockRejectedValue(new ServiceError('CONFLICT', '需求状态已变化，请刷新后重试'));
    page = await open();
    api.getRequest.mockResolvedValue(
      aStationRequest({
        status: 'accepted',
        handlerName: '周联络',
        steps: [],
        history: historyUntil(['accepted', '周联络']),
      }),
    );
    tapText('受理');
    await waitFor(() => expect(toastTitles(taro)).toContain('需求状态已变化，请刷新后重试'));
    await waitForText('周联络');
    expect(api.getRequest).toHaveBeenCalledTimes(2);
    expect(stepButtons()).toBe(0);
  });
});

describe('服务需求: the company follows and rates it', () => {
  it('withdraws a request not yet worked on, after asking', async () => {
    api.getRequest.mockResolvedValue(
      aCompanyRequest({
        attachmentCount: 1,
        attachments: [
          { id: 'up_1', name: '现场照片.jpg', contentType: 'image/jpeg', size: 120_000, url: '/files/x.jpg' },
        ],
      }),
    );
    api.cancelRequest.mockResolvedValue(
      aCompanyRequest({
        status: 'cancelled',
        steps: [],
        history: [
          ...aCompanyRequest().history,
          { at: aSummary().createdAt + 60_000, byName: '张经理', event: 'cancelled', status: 'cancelled' },
        ],
      }),
    );
    page = await mountPage(DetailPage, { requestId: 'req:1' });
    await waitFor(() => expect(byTestId('request-steps')).toHaveLength(1));
    expect(byTestId('attachment-photo')).toHaveLength(1);
    expect(byTestId('request-internal-note')).toHaveLength(0);
    tapText('撤回');
    await waitFor(() => expect(api.cancelRequest).toHaveBeenCalledWith({ requestId: 'req:1' }));
    expect(taro.showModal).toHaveBeenCalledWith(expect.objectContaining({ title: '撤回需求' }));
    await waitFor(() => expect(byTestId('request-status')[0]!.getAttribute('data-status')).toBe('cancelled'));
    expect(byTestId('history').map((h) => h.textContent)).toContain('张经理 撤回2026-11-23 09:16');
  });

  it('rates a closed request with the shared rating panel', async () => {
    api.getRequest.mockResolvedValue(
      aCompanyRequest({
        status: 'closed',
        steps: [],
        result: '已指导企业完成申请材料准备',
        handlerName: '李联络',
      }),
    );
    api.getRequestRating.mockResolvedValue({ rating: null, canRate: true });
    api.rateRequest.mockImplementation(async (input) =>
      aRequestRating({ stars: input.stars, tags: input.tags ?? [], comment: input.comment ?? '' }),
    );
    page = await mountPage(DetailPage, { requestId: 'req:1' });
    await waitFor(() => expect(byTestId('rating-form')).toHaveLength(1));
    await waitForForm();
    expect(api.getRequestRating).toHaveBeenCalledWith({ requestId: 'req:1' });
    expect(bodyText()).toContain('本次服务对您有帮助吗？请为工作站的办理打分');
    const stars = document.querySelectorAll('[data-testid="rating-input"] .nut-rate-item');
    (stars[3] as HTMLElement).click();
    await waitFor(() => expect(byTestId('rating-word')[0]!.textContent).toBe('满意'));
    const timely = () => document.querySelector('[data-testid="rating-tag"][data-value="timely"]')!;
    (timely() as HTMLElement).click();
    await waitFor(() => expect(timely().getAttribute('data-active')).toBe('true'));
    tapText('提交评价');
    await waitFor(() =>
      expect(api.rateRequest).toHaveBeenCalledWith({ requestId: 'req:1', stars: 4, tags: ['timely'] }),
    );
    await waitFor(() => expect(byTestId('rating-shown')).toHaveLength(1));
    expect(byTestId('rating-shown')[0]!.textContent).toContain('回复及时');
    expect(toastTitles(taro)).toContain('评价已提交');
  });
});

describe('where requests are found', () => {
  async function open(me: Me): Promise<void> {
    acc.me.mockResolvedValue(me);
    acc.getCompany.mockResolvedValue({} as never);
    useAppStore.setState({ me: null, meState: 'idle' });
    page = await showPage(WorkPage);
    await waitForText(me.user.displayName);
  }

  it('gives company staff 服务需求 (not the queue)', async () => {
    await open(COMPANY_ME);
    expect(bodyText()).not.toContain('需求队列');
    tapText('服务需求');
    expect(navigatedUrls(taro)).toEqual(['/packages/request/pages/mine/index']);
  });

  it('puts 提交服务需求 on a station page, for that station', async () => {
    dir.getStation.mockResolvedValue(aDetail({ station: aStation({ id: 'st-x' }) }));
    page = await mountPage(StationPage, { stationId: 'st-x' });
    await waitForText('提交服务需求');
    tapText('提交服务需求');
    expect(navigatedUrls(taro)).toEqual(['/packages/request/pages/create/index?stationId=st-x']);
  });

  it.each([
    ['liaison', LIAISON_ME],
    ['chief', CHIEF_ME],
  ])('gives a %s 需求队列', async (_role, me) => {
    await open(me);
    tapText('需求队列');
    expect(navigatedUrls(taro)).toEqual(['/packages/request/pages/queue/index']);
  });
});
