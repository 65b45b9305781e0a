/**
 * The clue referral pages: 移交线索 (the source shown and quotable, checks before sending, a center
 * of the network picked — never the station itself or a plain workstation — or a named agency,
 * the company's consent, the server's field errors under their fields, the referral opened once
 * made), 线索移交详情 (only the steps the server lists, in order; 办结 needs a result; a step
 * someone else took first is said and the referral reloaded; the referring side follows it) and
 * the 「移交线索」 button on a consultation record with a rights clue.
 */
import CreatePage from '@/packages/referral/pages/create/index';
import DetailPage from '@/packages/referral/pages/detail/index';
import ListPage from '@/packages/referral/pages/list/index';
import RecordPage from '@/packages/consult/pages/record/index';
import type { ReferralDetail, ReferralSummary } from '@core/contract';
import { shanghaiInstant } from '@core/rules/time';
import * as archive from '@/services/archive';
import * as directory from '@/services/directory';
import { ServiceError } from '@/services/errors';
import * as referral from '@/services/referral';
import { useAppStore } from '@/store';
import { aCompanyRecord, aStationRecord } from './support/archive-fixtures';
import { atNow } from './support/clock';
import { COMPANY_ME, LIAISON_ME, STATION_ID } from './support/consult-fixtures';
import { aPage, aStation } from './support/directory-fixtures';
import {
  bodyText,
  byTestId,
  fieldError,
  mountPage,
  pickField,
  showPage,
  tapText,
  typeField,
  waitFor,
  waitForForm,
  waitForText,
} from './support/page-harness';
import { signedInPages, taro } from './support/page-lifecycle';
import { toastTitles } from './support/taro-mocks';

jest.mock('@/services/referral');
jest.mock('@/services/archive', () => require('./support/archive-mock').archiveMock());
jest.mock('@/services/directory', () => require('./support/directory-mock').directoryMock());
jest.mock('@/services/visit');
jest.mock('@/services/request');
jest.mock('@/services/files', () => ({
  register: jest.fn(),
  uploadAttachment: jest.fn(),
  absoluteUrl: (url: string) => url,
}));
const api = jest.mocked(referral);
const arc = jest.mocked(archive);
const dir = jest.mocked(directory);

const NOW = shanghaiInstant('2026-12-02', '10:00');
atNow(NOW);
signedInPages(LIAISON_ME);

const CENTER = aStation({
  id: 'st-city-center',
  name: '北京市知识产权公共服务中心',
  kind: 'protection_center',
  level: 'city',
});

function aReferral(overrides: Partial<ReferralDetail> = {}): ReferralDetail {
  return {
    id: 'ref:1',
    status: 'referred',
    fromStationId: STATION_ID,
    fromStationName: '海淀区中关村知识产权工作站',
    target: { kind: 'station', stationId: CENTER.id, name: CENTER.name },
    source: { kind: 'record', id: 'walkin:r-1' },
    companyName: '示例科技',
    companyConsent: true,
    companyId: 'c-1',
    summary: '企业反映其注册商标被他人在电商平台大量仿冒使用',
    attachmentCount: 0,
    attachments: [],
    createdByName: '李联络',
    createdAt: shanghaiInstant('2026-12-01', '15:00'),
    updatedAt: shanghaiInstant('2026-12-01', '15:00'),
    history: [{ at: shanghaiInstant('2026-12-01', '15:00'), byName: '李联络', event: 'created', status: 'referred' }],
    side: 'receiver',
    steps: ['receive'],
    ...overrides,
  };
}

const stepLabels = () =>
  Array.from(byTestId('referral-steps')[0]?.querySelectorAll('button, taro-button-core') ?? []).map((b) =>
    (b.textContent ?? '').trim(),
  );

describe('移交线索', () => {
  async function open() {
    arc.getRecord.mockResolvedValue(aStationRecord({ id: 'walkin:r-1', rightsClue: true, summary: '收到侵权警告函' }));
    dir.listStations.mockResolvedValue(
      aPage([CENTER, aStation({ id: STATION_ID }), aStation({ id: 'st-other', name: '某工作站', kind: 'other' })]),
    );
    const page = await mountPage(CreatePage, { sourceKind: 'record', sourceId: 'walkin:r-1' });
    await waitForText('来源：咨询记录 · 示例科技');
    await waitForForm();
    return page;
  }

  it('checks before sending, then refers the clue with the consent and opens it', async () => {
    api.createReferral.mockResolvedValue(aReferral({ id: 'ref:new', side: 'sender', steps: [] }));
    const page = await open();

    tapText('移交线索');
    await waitFor(() => expect(fieldError('stationId')).toBe('接收机构：请选择接收线索的机构'));
    expect(fieldError('summary')).toBe('线索摘要：请至少填写10个字');
    expect(api.createReferral).not.toHaveBeenCalled();

    pickField(page.utils, 'stationId', 0);
    await waitForText('北京市知识产权公共服务中心（知识产权保护中心）');
    expect(bodyText()).not.toContain('某工作站');
    typeField(page.utils, 'summary', '  企业收到侵权警告函，对方称其外观设计专利被仿冒  ');
    byTestId('toggle-companyConsent')[0]!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await waitFor(() => expect(byTestId('toggle-companyConsent')[0]!.getAttribute('data-checked')).toBe('true'));
    tapText('移交线索');

    await waitFor(() => expect(api.createReferral).toHaveBeenCalledTimes(1));
    expect(api.createReferral).toHaveBeenCalledWith({
      clientRequestId: expect.stringMatching(/^[0-9a-f]{24}$/),
      source: { kind: 'record', id: 'walkin:r-1' },
      target: { kind: 'station', stationId: 'st-city-center' },
      summary: '企业收到侵权警告函，对方称其外观设计专利被仿冒',
      companyConsent: true,
      attachments: [],
    });
    await waitFor(() =>
      expect(taro.redirectTo).toHaveBeenCalledWith({
        url: '/packages/referral/pages/detail/index?referralId=ref%3Anew',
      }),
    );
    expect(toastTitles(taro)).toContain('线索已移交');
  });

  it('to another agency: its name and contact are needed; the server’s field errors show under their fields', async () => {
    api.createReferral.mockRejectedValue(
      new ServiceError('INVALID_INPUT', '机构名称：最多 60 个字', { 'target.name': '机构名称：最多 60 个字' }),
    );
    const page = await open();
    tapText('其他机构');
    await waitForForm();
    tapText('引用到线索摘要');
    typeField(page.utils, 'summary', '收到侵权警告函，对方要求停止销售相关产品');

    tapText('移交线索');
    await waitFor(() => expect(fieldError('agencyName')).toBe('机构名称：请填写接收线索的机构名称'));
    expect(fieldError('agencyContact')).toBe('机构联系方式：请填写联系人或电话');
    typeField(page.utils, 'agencyName', '某律师事务所');
    typeField(page.utils, 'agencyContact', '王律师 010-88886666');
    tapText('移交线索');

    await waitFor(() => expect(fieldError('agencyName')).toBe('机构名称：最多 60 个字'));
    expect(api.createReferral).toHaveBeenCalledWith(
      expect.objectContaining({
        target: { kind: 'agency', name: '某律师事务所', contact: '王律师 010-88886666' },
        companyConsent: false,
      }),
    );
  });
});

describe('线索移交详情', () => {
  it('offers the receiving side only the steps the server lists, and moves it', async () => {
    api.getReferral.mockResolvedValue(aReferral());
    api.advanceReferral.mockResolvedValue(aReferral({ status: 'received', steps: ['start'] }));
    await showPage(DetailPage, { referralId: 'ref:1' });
    await waitForText('企业反映其注册商标被他人在电商平台大量仿冒使用');
    expect(stepLabels()).toEqual(['确认接收']);

    tapText('确认接收');

    await waitFor(() => expect(stepLabels()).toEqual(['开始处理']));
    expect(api.advanceReferral).toHaveBeenCalledWith({ referralId: 'ref:1', step: 'receive' });
    expect(bodyText()).not.toContain('查看线索来源');
  });

  it('办结 asks for the result first and sends it', async () => {
    api.getReferral.mockResolvedValue(aReferral({ status: 'handling', steps: ['close'] }));
    api.advanceReferral.mockResolvedValue(
      aReferral({ status: 'closed', steps: [], result: '已指导企业向平台投诉并固定证据' }),
    );
    const page = await showPage(DetailPage, { referralId: 'ref:1' });
    await waitForText('办结');
    tapText('办结');
    await waitForForm();

    tapText('确认办结');
    await waitFor(() => expect(fieldError('result')).toBe('办理结果：请至少填写5个字'));
    expect(api.advanceReferral).not.toHaveBeenCalled();
    typeField(page.utils, 'result', '已指导企业向平台投诉并固定证据');
    tapText('确认办结');

    await waitFor(() => expect(byTestId('referral-result')[0]?.textContent).toBe('已指导企业向平台投诉并固定证据'));
    expect(api.advanceReferral).toHaveBeenCalledWith({
      referralId: 'ref:1',
      step: 'close',
      result: '已指导企业向平台投诉并固定证据',
    });
  });

  it('a step someone else took first is said, and the referral shown as it is now', async () => {
    api.getReferral
      .mockResolvedValueOnce(aReferral())
      .mockResolvedValueOnce(aReferral({ status: 'received', steps: ['start'] }));
    api.advanceReferral.mockRejectedValue(new ServiceError('CONFLICT', '线索移交状态已变化，请刷新后重试'));
    await showPage(DetailPage, { referralId: 'ref:1' });
    await waitForText('确认接收');

    tapText('确认接收');

    await waitFor(() => expect(byTestId('referral-conflict')[0]?.textContent).toBe('线索移交状态已变化，请刷新后重试'));
    await waitFor(() => expect(stepLabels()).toEqual(['开始处理']));
  });

  it('the referring station follows it without steps, and opens the source; a withheld company reads so', async () => {
    api.getReferral.mockResolvedValue(
      aReferral({
        side: 'sender',
        steps: [],
        status: 'handling',
        companyName: '企业未同意披露',
        companyConsent: false,
      }),
    );
    await showPage(DetailPage, { referralId: 'ref:1' });
    await waitForText('查看线索来源 ›');

    tapText('查看线索来源 ›');

    expect(byTestId('referral-steps')).toHaveLength(0);
    expect(byTestId('referral-company')[0]?.textContent).toBe('企业未同意披露');
    expect(taro.navigateTo).toHaveBeenCalledWith({
      url: '/packages/consult/pages/record/index?recordId=walkin%3Ar-1',
    });
  });
});

describe('线索移交 list and the 「移交线索」 entry', () => {
  it('lists what the station sent and received, each with its direction', async () => {
    const sent: ReferralSummary = aReferral({ id: 'ref:s' });
    const received: ReferralSummary = aReferral({
      id: 'ref:r',
      fromStationId: 'st-other',
      fromStationName: '朝阳区工作站',
      target: { kind: 'station', stationId: STATION_ID, name: '本站' },
    });
    api.listReferrals.mockResolvedValue(aPage([sent, received]));
    await showPage(ListPage);
    await waitForText('共 2 条线索移交');

    expect(byTestId('referral').map((c) => c.querySelector('.referral-card__line')?.textContent)).toEqual([
      `移交至：${CENTER.name}`,
      '来自：朝阳区工作站',
    ]);
  });

  it('a record with a rights clue offers 「移交线索」 to station staff', async () => {
    arc.getRecord.mockResolvedValue(aStationRecord({ id: 'walkin:r-1', rightsClue: true }));
    arc.getRating.mockResolvedValue({ rating: null, canRate: false } as never);
    await showPage(RecordPage, { recordId: 'walkin:r-1' });
    await waitForText('移交线索');

    tapText('移交线索');

    expect(taro.navigateTo).toHaveBeenCalledWith({
      url: '/packages/referral/pages/create/index?sourceKind=record&sourceId=walkin%3Ar-1',
    });
  });

  it('the company reading the same record is offered no referral', async () => {
    useAppStore.setState({ me: COMPANY_ME });
    arc.getRecord.mockResolvedValue(aCompanyRecord({ id: 'walkin:r-1', rightsClue: true }));
    arc.getRating.mockResolvedValue({ rating: null, canRate: true } as never);
    await showPage(RecordPage, { recordId: 'walkin:r-1' });

    await waitForText('答复意见');

    expect(byTestId('refer-clue')).toHaveLength(0);
  });
});
