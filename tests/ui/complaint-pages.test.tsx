/**
 * The complaint pages (投诉, 004 §9.2): 我要投诉 (what it is about picked from the company's own
 * records or a station, the person in it, checks before sending, what was typed kept after a
 * failed submit and retried as the same intent, the answer limit said), 我的投诉 (listed, filtered
 * by status), 投诉详情 (only the steps the server lists: the complainant accepts or escalates, the
 * handler answers or passes it on, with or without who complained) and 投诉处理 (仅看超时, the
 * admin's answer limit checked before it is saved).
 */
import NewPage from '@/packages/complaint/pages/new/index';
import MinePage from '@/packages/complaint/pages/mine/index';
import QueuePage from '@/packages/complaint/pages/queue/index';
import DetailPage from '@/packages/complaint/pages/detail/index';
import type { ComplaintDetail, ComplaintSummary } from '@core/contract';
import { COMPLAINANT_WITHHELD } from '@core/rules/complaint-flow';
import { shanghaiInstant } from '@core/rules/time';
import * as account from '@/services/account';
import * as archive from '@/services/archive';
import * as complaint from '@/services/complaint';
import * as directory from '@/services/directory';
import { ServiceError } from '@/services/errors';
import { useAppStore } from '@/store';
import { aStationRecord } from './support/archive-fixtures';
import { atNow } from './support/clock';
import { CHIEF_ME, COMPANY_ME, STATION_ID, STATION_NAME } from './support/consult-fixtures';
import { aPage, aStation } from './support/directory-fixtures';
import {
  bodyText,
  byTestId,
  fieldError,
  fieldInput,
  mountPage,
  showPage,
  tapText,
  typeField,
  waitFor,
  waitForForm,
  waitForText,
} from './support/page-harness';
import { signedInPages, taro } from './support/page-lifecycle';
import { ADMIN_ME } from './support/roles';
import { toastTitles } from './support/taro-mocks';

jest.mock('@/services/complaint');
jest.mock('@/services/account');
jest.mock('@/services/archive', () => require('./support/archive-mock').archiveMock());
jest.mock('@/services/directory', () => require('./support/directory-mock').directoryMock());
jest.mock('@/services/consult', () => require('./support/consult-mock').consultMock());
jest.mock('@/services/request');
jest.mock('@/services/training');
jest.mock('@/services/files', () => ({
  register: jest.fn(),
  uploadAttachment: jest.fn(),
  absoluteUrl: (url: string) => url,
}));
const api = jest.mocked(complaint);
const arc = jest.mocked(archive);
const dir = jest.mocked(directory);
const acc = jest.mocked(account);

const NOW = shanghaiInstant('2026-12-02', '10:00');
atNow(NOW);
signedInPages(COMPANY_ME);

beforeEach(() => {
  api.getComplaintSettings.mockResolvedValue({ answerDays: 5 });
});

function aComplaint(overrides: Partial<ComplaintDetail> = {}): ComplaintDetail {
  return {
    id: 'cp-1',
    status: 'answered',
    stationId: STATION_ID,
    stationName: STATION_NAME,
    subject: { kind: 'record', label: '2026-11-23 咨询服务（专利预审）' },
    route: 'chief',
    complainantName: '张经理',
    companyName: '示例科技',
    overdue: false,
    createdAt: shanghaiInstant('2026-11-25', '09:00'),
    updatedAt: shanghaiInstant('2026-11-26', '15:00'),
    facts: '咨询时答复含糊，未说明预审需要的材料清单',
    wanted: '希望重新安排咨询',
    attachments: [],
    answer: {
      text: '已核实情况，将安排专家重新咨询并提供材料清单',
      byName: '赵站长',
      at: shanghaiInstant('2026-11-26', '15:00'),
    },
    history: [
      { at: shanghaiInstant('2026-11-25', '09:00'), byName: '张经理', event: 'created' },
      { at: shanghaiInstant('2026-11-26', '15:00'), byName: '赵站长', event: 'answered' },
    ],
    side: 'complainant',
    steps: ['accept', 'escalate'],
    canShare: false,
    ...overrides,
  };
}

const summaryOf = (c: ComplaintDetail): ComplaintSummary => {
  const { facts: _f, wanted: _w, attachments: _a, answer: _an, escalation: _e, review: _r, history: _h, ...rest } = c;
  const { side: _s, steps: _st, canShare: _c, shared: _sh, ...summary } = rest;
  return summary;
};

const stepLabels = () =>
  Array.from(byTestId('complaint-steps')[0]?.querySelectorAll('button, taro-button-core') ?? []).map((b) =>
    (b.textContent ?? '').trim(),
  );

const tapToggle = (name: string) =>
  byTestId(`toggle-${name}`)[0]!.dispatchEvent(new MouseEvent('click', { bubbles: true }));

const FACTS = '咨询时答复含糊，未说明预审需要的材料清单';

describe('我要投诉', () => {
  async function openOnRecord() {
    arc.listRecords.mockResolvedValue(aPage([aStationRecord({ id: 'booking:bk-1', view: 'station' })]) as never);
    const page = await mountPage(NewPage, { kind: 'record', refId: 'booking:bk-1' });
    await waitForText('2026-11-23 周一 专利预审及优先审查对接 · 李联络');
    await waitForForm();
    return page;
  }

  it('sends a complaint about the person of a consultation, and opens it', async () => {
    api.fileComplaint.mockResolvedValue(aComplaint({ id: 'cp-new', status: 'submitted', steps: [] }));
    const page = await openOnRecord();

    tapToggle('aboutPerson');
    typeField(page.utils, 'facts', `  ${FACTS}  `);
    typeField(page.utils, 'wanted', '希望重新安排咨询');
    tapText('提交投诉');

    await waitFor(() =>
      expect(taro.redirectTo).toHaveBeenCalledWith({
        url: '/packages/complaint/pages/detail/index?complaintId=cp-new',
      }),
    );
    expect(api.fileComplaint).toHaveBeenCalledWith({
      clientRequestId: expect.stringMatching(/^[0-9a-f]{24}$/),
      subject: { kind: 'record', refId: 'booking:bk-1', aboutPerson: true },
      facts: FACTS,
      wanted: '希望重新安排咨询',
      attachments: [],
    });
  });

  it('keeps what was typed when sending fails, and a retry is the same complaint', async () => {
    api.fileComplaint
      .mockRejectedValueOnce(new ServiceError('NETWORK', '网络连接失败，请检查网络后重试'))
      .mockResolvedValueOnce(aComplaint({ id: 'cp-new', status: 'submitted', steps: [] }));
    const page = await openOnRecord();
    typeField(page.utils, 'facts', FACTS);
    tapText('提交投诉');
    await waitFor(() => expect(toastTitles(taro)).toContain('网络连接失败，请检查网络后重试'));

    tapText('提交投诉');

    await waitFor(() => expect(api.fileComplaint).toHaveBeenCalledTimes(2));
    expect(fieldInput('facts').value).toBe(FACTS);
    const [first, second] = api.fileComplaint.mock.calls.map(([input]) => input.clientRequestId);
    expect(second).toBe(first);
  });

  it('checks the facts before sending, and says the answer limit', async () => {
    const page = await openOnRecord();
    await waitForText('工作站将在 5 个工作日内答复');
    typeField(page.utils, 'facts', '答复太慢');

    tapText('提交投诉');

    await waitFor(() => expect(fieldError('facts')).toBe('投诉事实：请至少填写10个字'));
    expect(api.fileComplaint).not.toHaveBeenCalled();
  });

  it('about a station: the company’s own is chosen first, and the chief in person can be named', async () => {
    acc.getCompany.mockResolvedValue({ stationId: STATION_ID } as never);
    dir.listStations.mockResolvedValue(aPage([aStation({ id: 'st-other', name: '朝阳区工作站' }), aStation()]));
    api.fileComplaint.mockResolvedValue(aComplaint({ id: 'cp-new' }));
    const page = await mountPage(NewPage);
    await waitForForm();
    tapText('服务站点');
    await waitFor(() => expect(byTestId('choice-stationId')[0]?.textContent).toBe(STATION_NAME));
    tapToggle('aboutChief');
    typeField(page.utils, 'facts', FACTS);

    tapText('提交投诉');

    await waitFor(() => expect(api.fileComplaint).toHaveBeenCalledTimes(1));
    expect(api.fileComplaint.mock.calls[0]![0].subject).toEqual({
      kind: 'station',
      stationId: STATION_ID,
      aboutChief: true,
    });
  });
});

describe('我的投诉', () => {
  it('lists the complaints with their status and lateness, and filters them by status', async () => {
    api.listMyComplaints.mockResolvedValue(
      aPage([
        summaryOf(aComplaint()),
        summaryOf(
          aComplaint({ id: 'cp-2', status: 'submitted', overdue: true, dueAt: shanghaiInstant('2026-12-01', '09:00') }),
        ),
      ]),
    );
    await showPage(MinePage);
    await waitForText('共 2 条投诉');
    expect(byTestId('complaint').map((c) => c.getAttribute('data-status'))).toEqual(['answered', 'submitted']);
    expect(byTestId('complaint-overdue')).toHaveLength(1);
    expect(bodyText()).toContain('答复期限：2026-12-01 09:00');

    tapText('复核中');

    await waitFor(() =>
      expect(api.listMyComplaints).toHaveBeenLastCalledWith({ status: 'escalated', page: 1, pageSize: 20 }),
    );
  });

  it('a complaint opens its page', async () => {
    api.listMyComplaints.mockResolvedValue(aPage([summaryOf(aComplaint())]));
    await showPage(MinePage);
    await waitForText('共 1 条投诉');

    (byTestId('complaint')[0] as HTMLElement).click();

    expect(taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/complaint/pages/detail/index?complaintId=cp-1' });
  });
});

describe('投诉详情', () => {
  it('offers the complainant only the server’s steps; 满意，办结 asks first, then closes it', async () => {
    api.getComplaint.mockResolvedValue(aComplaint());
    api.acceptAnswer.mockResolvedValue(aComplaint({ status: 'closed', steps: [] }));
    await showPage(DetailPage, { complaintId: 'cp-1' });
    await waitForText('已核实情况，将安排专家重新咨询并提供材料清单');
    expect(stepLabels()).toEqual(['满意，办结', '不满意，提请复核']);

    tapText('满意，办结');

    await waitFor(() => expect(byTestId('complaint-status')[0]?.getAttribute('data-status')).toBe('closed'));
    expect(taro.showModal).toHaveBeenCalledTimes(1);
    expect(api.acceptAnswer).toHaveBeenCalledWith({ complaintId: 'cp-1' });
    expect(byTestId('complaint-steps')).toHaveLength(0);
  });

  it('不满意，提请复核 needs a reason and sends it', async () => {
    api.getComplaint.mockResolvedValue(aComplaint());
    api.escalateComplaint.mockResolvedValue(
      aComplaint({ status: 'escalated', steps: [], escalation: { reason: '没有给出材料清单', at: NOW } }),
    );
    const page = await showPage(DetailPage, { complaintId: 'cp-1' });
    await waitForText('不满意，提请复核');
    tapText('不满意，提请复核');
    await waitForForm();
    typeField(page.utils, 'reason', '没有给出材料清单');

    tapText('提交复核申请');

    await waitFor(() => expect(byTestId('complaint-escalation')[0]?.textContent).toBe('没有给出材料清单'));
    expect(api.escalateComplaint).toHaveBeenCalledWith({ complaintId: 'cp-1', reason: '没有给出材料清单' });
  });

  it('offers the handler 答复, checked for length before it is sent', async () => {
    useAppStore.setState({ me: CHIEF_ME });
    api.getComplaint.mockResolvedValue(
      aComplaint({ status: 'submitted', answer: undefined, side: 'handler', steps: ['answer'], canShare: true }),
    );
    api.answerComplaint.mockResolvedValue(aComplaint({ side: 'handler', steps: [] }));
    const page = await showPage(DetailPage, { complaintId: 'cp-1' });
    await waitForText(FACTS);
    expect(stepLabels()).toEqual(['答复', '转交当事人']);
    tapText('答复');
    await waitForForm();
    typeField(page.utils, 'answer', '已核实');
    tapText('提交答复');
    await waitFor(() => expect(fieldError('answer')).toBe('答复内容：请至少填写10个字'));
    expect(api.answerComplaint).not.toHaveBeenCalled();

    typeField(page.utils, 'answer', '已核实情况，将安排专家重新咨询并提供材料清单');
    tapText('提交答复');

    await waitFor(() =>
      expect(byTestId('complaint-answer')[0]?.textContent).toBe('已核实情况，将安排专家重新咨询并提供材料清单'),
    );
    expect(api.answerComplaint).toHaveBeenCalledWith({
      complaintId: 'cp-1',
      answer: '已核实情况，将安排专家重新咨询并提供材料清单',
    });
  });

  it('passes it on to the person with who complained, once confirmed, and says so', async () => {
    useAppStore.setState({ me: CHIEF_ME });
    const handling = { status: 'submitted', answer: undefined, side: 'handler', personName: '李联络' } as const;
    api.getComplaint.mockResolvedValue(aComplaint({ ...handling, steps: ['answer'], canShare: true }));
    api.shareComplaint.mockResolvedValue(
      aComplaint({
        ...handling,
        steps: ['answer'],
        canShare: false,
        shared: { withName: '李联络', identity: true, at: NOW },
      }),
    );
    await showPage(DetailPage, { complaintId: 'cp-1' });
    await waitForText('转交当事人');
    tapText('转交当事人');
    await waitFor(() => expect(byTestId('toggle-revealIdentity')[0]?.getAttribute('data-checked')).toBe('false'));
    tapToggle('revealIdentity');
    await waitFor(() => expect(byTestId('toggle-revealIdentity')[0]?.getAttribute('data-checked')).toBe('true'));

    tapText('确认转交');

    await waitForText('已转交 李联络（已告知投诉人身份）');
    expect(taro.showModal).toHaveBeenCalledTimes(1);
    expect(api.shareComplaint).toHaveBeenCalledWith({ complaintId: 'cp-1', revealIdentity: true });
    expect(stepLabels()).toEqual(['答复']);
  });

  it('the person it was passed on to reads it without steps, and without who complained', async () => {
    useAppStore.setState({ me: CHIEF_ME });
    api.getComplaint.mockResolvedValue(
      aComplaint({
        side: 'person',
        steps: [],
        complainantName: COMPLAINANT_WITHHELD,
        companyName: COMPLAINANT_WITHHELD,
      }),
    );

    await showPage(DetailPage, { complaintId: 'cp-1' });

    await waitForText(FACTS);
    expect(byTestId('complaint-complainant')[0]?.querySelector('.detail-card__value')?.textContent).toBe(
      COMPLAINANT_WITHHELD,
    );
    expect(byTestId('complaint-steps')).toHaveLength(0);
  });
});

describe('投诉处理', () => {
  beforeEach(() => {
    useAppStore.setState({ me: CHIEF_ME });
    api.listComplaints.mockResolvedValue(
      aPage([summaryOf(aComplaint({ status: 'submitted', complainantName: '张经理', companyName: '示例科技' }))]),
    );
  });

  it('仅看超时 asks for the overdue ones only', async () => {
    await showPage(QueuePage);
    await waitForText('投诉人：张经理 · 示例科技');

    tapToggle('overdue');

    await waitFor(() => expect(api.listComplaints).toHaveBeenLastCalledWith({ overdue: true, page: 1, pageSize: 20 }));
  });

  it('opens filtered as the link says', async () => {
    await showPage(QueuePage, { status: 'submitted', overdue: '1' });

    await waitForText('共 1 条投诉');

    expect(api.listComplaints).toHaveBeenCalledWith({ status: 'submitted', overdue: true, page: 1, pageSize: 20 });
    expect(bodyText()).not.toContain('答复时限');
  });

  it('the admin’s answer limit is checked to be 1–30 days before it is saved', async () => {
    useAppStore.setState({ me: ADMIN_ME });
    dir.listStations.mockResolvedValue(aPage([aStation()]));
    api.setComplaintSettings.mockResolvedValue({ answerDays: 10 });
    const page = await showPage(QueuePage);
    await waitForText('答复时限：5 个工作日');
    tapText('修改');
    await waitForForm();
    typeField(page.utils, 'answerDays', '31');
    tapText('保存');
    await waitFor(() => expect(fieldError('answerDays')).toBe('答复时限：请填写 1–30 之间的整数'));
    expect(api.setComplaintSettings).not.toHaveBeenCalled();

    typeField(page.utils, 'answerDays', '10');
    tapText('保存');

    await waitForText('答复时限：10 个工作日');
    expect(api.setComplaintSettings).toHaveBeenCalledWith({ answerDays: 10 });
  });
});
