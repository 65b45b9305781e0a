/**
 * The archive pages: 填写咨询记录 (from a booking, or a walk-in with the company picker or a new
 * company), 咨询档案 / 我的咨询档案 (search, filters, pages) and 咨询记录 (the internal note only
 * for the station).
 */
import Taro from '@tarojs/taro';
import type TestUtils from '@tarojs/test-utils-react';
import type { AttachmentView } from '@core/contract';
import RecordEditPage from '@/packages/consult/pages/record-edit/index';
import RecordsPage from '@/packages/consult/pages/records/index';
import RecordPage from '@/packages/consult/pages/record/index';
import * as archive from '@/services/archive';
import * as consult from '@/services/consult';
import { ServiceError } from '@/services/errors';
import * as files from '@/services/files';
import { useAppStore } from '@/store';
import { SERVICE_CATEGORY } from '@core/enums';
import { aPage } from './support/directory-fixtures';
import { aCompanyRecord, aLedgerCompany, aStationRecord } from './support/archive-fixtures';
import {
  CHIEF_ME,
  COMPANY_ME,
  CONSULTANTS,
  EXPERT_ME,
  LIAISON_ME,
  STATION_ID,
  aBooking,
} from './support/consult-fixtures';
import {
  bodyText,
  byTestId,
  deferred,
  fieldError,
  fieldInput,
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
import { navigatedUrls, toastTitles } from './support/taro-mocks';
import { inTimeZone } from './support/time-zone';

jest.mock('@/services/consult', () => require('./support/consult-mock').consultMock());
jest.mock('@/services/archive', () => require('./support/archive-mock').archiveMock());
jest.mock('@/services/account');
jest.mock('@/services/files', () => ({
  uploadAttachment: jest.fn(),
  absoluteUrl: (url: string) => url,
  register: jest.fn(),
}));
const api = jest.mocked(consult);
const arc = jest.mocked(archive);
const uploads = jest.mocked(files);

const PHOTO: AttachmentView = {
  id: 'up_photo',
  name: '产品外观.jpg',
  contentType: 'image/jpeg',
  size: 230_000,
  url: '/files/uploads/u-co/p.jpg',
};
const REPORT: AttachmentView = {
  id: 'up_report',
  name: '检索报告.pdf',
  contentType: 'application/pdf',
  size: 1_258_291,
  url: '/files/uploads/u-li/r.pdf',
};

const BOOKED = aBooking();
const RECORD = aStationRecord();

/** Taps a yes/no row and waits until it shows the new state. */
async function toggle(name: string): Promise<void> {
  const row = byTestId(`toggle-${name}`)[0] as HTMLElement;
  const before = row.getAttribute('data-checked');
  row.click();
  await waitFor(() => expect(byTestId(`toggle-${name}`)[0]!.getAttribute('data-checked')).not.toBe(before));
}

/** Chooses a date or time in the PickerField named `name`. */
function pickValue(utils: TestUtils, name: string, value: string): void {
  const picker = document.querySelector(`[data-field="${name}"] taro-picker-core`);
  if (!picker) throw new Error(`no picker for field ${name}`);
  utils.act(() => {
    picker.dispatchEvent(new CustomEvent('change', { detail: { value }, bubbles: true }));
  });
}

const categoryIndex = (value: string) => SERVICE_CATEGORY.values.indexOf(value as never);

let page: MountedPage | undefined;
inTimeZone('America/New_York');

signedInPages(LIAISON_ME);

const urls = () => navigatedUrls(taro);

describe('填写咨询记录 from a booking', () => {
  async function open(): Promise<MountedPage> {
    api.getBooking.mockResolvedValue(BOOKED);
    const p = await mountPage(RecordEditPage, { bookingId: 'bk-1' });
    await waitFor(() => expect(byTestId('record-booking')).toHaveLength(1));
    await waitForForm();
    return p;
  }

  it('starts from the booking (company, time, topic, question) and archives it', async () => {
    arc.createRecord.mockResolvedValue(RECORD);
    page = await open();
    expect(byTestId('record-booking')[0]!.textContent).toContain('示例科技（张经理）');
    expect(byTestId('record-booking')[0]!.textContent).toContain('2026-11-23 周一');
    expect(bodyText()).toContain('知识产权业务办理咨询'); // the booking's topic, as the category
    expect(fieldInput('summary').value).toBe(BOOKED.question);
    expect(fieldInput('durationMinutes').value).toBe('30');

    typeField(page.utils, 'answer', '可申请优先审查，需准备相关证明材料');
    typeField(page.utils, 'internalNote', '企业对费用较敏感');
    await toggle('rightsClue');
    tapText('提交归档');
    await waitFor(() => expect(arc.createRecord).toHaveBeenCalledTimes(1));
    expect(arc.createRecord).toHaveBeenCalledWith({
      clientRequestId: expect.stringMatching(/^[0-9a-f]{24}$/),
      bookingId: 'bk-1',
      category: 'consulting',
      summary: BOOKED.question,
      answer: '可申请优先审查，需准备相关证明材料',
      durationMinutes: 30,
      followUp: false,
      rightsClue: true,
      attachments: [],
      internalNote: '企业对费用较敏感',
      channel: 'onsite',
    });
    await waitFor(() =>
      expect(taro.redirectTo).toHaveBeenCalledWith({
        url: '/packages/consult/pages/record/index?recordId=booking%3Abk-1',
      }),
    );
    expect(toastTitles(taro)).toContain('咨询记录已归档');
  });

  it("shows the company's attachments, and sends the consultant's own with the record", async () => {
    api.getBooking.mockResolvedValue(aBooking({ attachments: [PHOTO] }));
    arc.createRecord.mockResolvedValue(RECORD);
    uploads.uploadAttachment.mockResolvedValue(REPORT);
    jest.spyOn(Taro, 'chooseImage').mockResolvedValue({
      errMsg: 'ok',
      tempFilePaths: ['blob:r'],
      tempFiles: [{ path: 'blob:r', size: 90_000, originalFileObj: { name: '白板.jpg' } }],
    } as never);
    page = await mountPage(RecordEditPage, { bookingId: 'bk-1' });
    await waitFor(() => expect(byTestId('record-booking')).toHaveLength(1));
    expect(byTestId('record-booking')[0]!.textContent).toContain('企业附件（1）');
    await waitForForm();

    (byTestId('attachment-add')[0] as HTMLElement).click();
    await waitFor(() => expect(byTestId('attachment').map((e) => e.getAttribute('data-status'))).toEqual(['done']));
    expect(uploads.uploadAttachment).toHaveBeenCalledWith(expect.objectContaining({ purpose: 'record' }));
    typeField(page.utils, 'answer', '可申请优先审查，需准备相关证明材料');
    tapText('提交归档');
    await waitFor(() => expect(arc.createRecord).toHaveBeenCalledTimes(1));
    expect(arc.createRecord).toHaveBeenCalledWith(expect.objectContaining({ attachments: ['up_report'] }));
  });

  it('checks before sending: answer too short, a follow-up without its date', async () => {
    page = await open();
    typeField(page.utils, 'answer', '好');
    await toggle('followUp');
    tapText('提交归档');
    await waitFor(() => expect(fieldError('answer')).toBe('答复意见：请至少填写5个字'));
    expect(fieldError('followUpDate')).toBe('回访日期：需要回访时请选择回访日期');
    expect(arc.createRecord).not.toHaveBeenCalled();

    pickValue(page.utils, 'followUpDate', '2026-12-01');
    await waitFor(() => expect(fieldError('followUpDate')).toBeNull());
    typeField(page.utils, 'answer', '建议尽快提交材料');
    await waitFor(() => expect(fieldError('answer')).toBeNull());
  });

  it("shows the server's field errors under the fields and keeps what was typed", async () => {
    arc.createRecord.mockRejectedValue(
      new ServiceError('INVALID_INPUT', '回访日期：回访日期不能早于咨询日期', {
        followUpDate: '回访日期：回访日期不能早于咨询日期',
      }),
    );
    page = await open();
    typeField(page.utils, 'answer', '建议尽快提交材料');
    await toggle('followUp');
    await waitFor(() => expect(document.querySelector('[data-field="followUpDate"]')).not.toBeNull());
    pickValue(page.utils, 'followUpDate', '2026-11-01');
    tapText('提交归档');
    await waitFor(() => expect(fieldError('followUpDate')).toBe('回访日期：回访日期不能早于咨询日期'));
    expect(toastTitles(taro)).toContain('回访日期：回访日期不能早于咨询日期');
    expect(fieldInput('answer').value).toBe('建议尽快提交材料');
    expect(taro.redirectTo).not.toHaveBeenCalled();
  });

  it('a double tap sends once; a retry after a failure sends the same request id', async () => {
    const first = deferred<typeof RECORD>();
    arc.createRecord.mockReturnValueOnce(first.promise).mockResolvedValueOnce(RECORD);
    page = await open();
    typeField(page.utils, 'answer', '建议尽快提交材料');
    tapText('提交归档');
    tapText('提交归档');
    await waitFor(() => expect(arc.createRecord).toHaveBeenCalledTimes(1));
    first.reject(new ServiceError('NETWORK', '网络连接失败，请检查网络后重试'));
    await waitFor(() => expect(toastTitles(taro)).toContain('网络连接失败，请检查网络后重试'));
    tapText('提交归档');
    await waitFor(() => expect(arc.createRecord).toHaveBeenCalledTimes(2));
    const ids = arc.createRecord.mock.calls.map(([input]) => input.clientRequestId);
    expect(ids[1]).toBe(ids[0]);
    await waitFor(() => expect(taro.redirectTo).toHaveBeenCalledTimes(1));
  });

  it('offers no form for a booking that is no longer open', async () => {
    api.getBooking.mockResolvedValue(aBooking({ status: 'done' }));
    page = await mountPage(RecordEditPage, { bookingId: 'bk-1' });
    await waitFor(() => expect(byTestId('record-closed')).toHaveLength(1));
    expect(byTestId('record-closed')[0]!.textContent).toBe('该预约已完成，不能再填写咨询记录');
    expect(bodyText()).not.toContain('提交归档');
  });

  it('is for station staff only', async () => {
    useAppStore.setState({ me: COMPANY_ME });
    page = await mountPage(RecordEditPage, { bookingId: 'bk-1' });
    await waitFor(() => expect(byTestId('gate-role')).toHaveLength(1));
    expect(api.getBooking).not.toHaveBeenCalled();
  });
});

describe('填写咨询记录 without a booking (walk-in, phone, online)', () => {
  it("picks a company of the station's ledger, the channel, and archives", async () => {
    arc.findCompanies.mockImplementation(async (input) =>
      aPage(input.keyword ? [aLedgerCompany()] : [aLedgerCompany(), aLedgerCompany({ id: 'c-8', name: '另一家' })]),
    );
    arc.createRecord.mockResolvedValue(aStationRecord({ id: 'walkin:abc', bookingId: undefined }));
    page = await mountPage(RecordEditPage);
    await waitFor(() => expect(byTestId('company-option')).toHaveLength(2));
    expect(arc.findCompanies).toHaveBeenCalledWith({ stationId: STATION_ID, pageSize: 20 });
    await waitForForm();

    tapText('提交归档');
    await waitFor(() => expect(fieldError('companyId')).toBe('企业：请从台账中选择企业，或登记新企业'));
    expect(fieldError('channel')).toBe('咨询方式：请选择咨询方式');
    expect(fieldError('category')).toBe('咨询类别：请选择咨询类别');
    expect(arc.createRecord).not.toHaveBeenCalled();

    typeField(page.utils, 'companyKeyword', '台账');
    tapText('搜索台账');
    await waitFor(() =>
      expect(arc.findCompanies).toHaveBeenLastCalledWith({ stationId: STATION_ID, keyword: '台账', pageSize: 20 }),
    );
    await waitFor(() => expect(byTestId('company-option')).toHaveLength(1));
    (byTestId('company-option')[0] as HTMLElement).click();
    await waitFor(() => expect(byTestId('company-picked')[0]?.textContent).toContain('北京台账科技有限公司'));

    pickField(page.utils, 'channel', 3);
    pickField(page.utils, 'category', categoryIndex('search'));
    pickValue(page.utils, 'consultedAt', '2026-11-20');
    pickValue(page.utils, 'time', '14:30');
    await waitForForm();
    typeField(page.utils, 'summary', '如何检索竞争对手的专利');
    typeField(page.utils, 'answer', '演示了专利检索平台的使用方法');
    tapText('提交归档');
    await waitFor(() => expect(arc.createRecord).toHaveBeenCalledTimes(1));
    const input = arc.createRecord.mock.calls[0]![0];
    expect(input).toEqual({
      clientRequestId: expect.any(String),
      companyId: 'c-9',
      channel: 'online',
      category: 'search',
      summary: '如何检索竞争对手的专利',
      answer: '演示了专利检索平台的使用方法',
      durationMinutes: 30,
      followUp: false,
      rightsClue: false,
      attachments: [],
      // 14:30 in Shanghai, whatever the phone's time zone (this run: New York).
      consultedAt: Date.UTC(2026, 10, 20, 6, 30),
    });
    await waitFor(() =>
      expect(taro.redirectTo).toHaveBeenCalledWith({
        url: '/packages/consult/pages/record/index?recordId=walkin%3Aabc',
      }),
    );
  });

  it('registers a new company: checks its credit code, then sends it with the record', async () => {
    arc.findCompanies.mockResolvedValue(aPage([]));
    arc.createRecord.mockResolvedValue(aStationRecord({ id: 'walkin:new' }));
    page = await mountPage(RecordEditPage);
    await waitForText('本站台账中还没有企业');
    (byTestId('company-mode').find((c) => c.getAttribute('data-value') === 'new') as HTMLElement).click();
    await waitFor(() => expect(document.querySelector('[data-field="newCompany.name"]')).not.toBeNull());
    await waitForForm();
    typeField(page.utils, 'newCompany.name', '北京初见科技有限公司');
    typeField(page.utils, 'newCompany.creditCode', '91110108MA00000000');
    pickField(page.utils, 'channel', 0);
    pickField(page.utils, 'category', categoryIndex('consulting'));
    typeField(page.utils, 'summary', '咨询商标注册的流程');
    typeField(page.utils, 'answer', '介绍了商标注册的流程与材料');
    tapText('提交归档');
    await waitFor(() => expect(fieldError('newCompany.creditCode')).toBe('统一社会信用代码：应为18位，且校验位正确'));
    expect(arc.createRecord).not.toHaveBeenCalled();

    typeField(page.utils, 'newCompany.creditCode', '91110108ma0000000a');
    typeField(page.utils, 'newCompany.contactName', '钱经理');
    tapText('提交归档');
    await waitFor(() => expect(arc.createRecord).toHaveBeenCalledTimes(1));
    expect(arc.createRecord.mock.calls[0]![0]).toMatchObject({
      newCompany: { name: '北京初见科技有限公司', creditCode: '91110108MA0000000A', contactName: '钱经理' },
      channel: 'onsite',
    });
    expect(arc.createRecord.mock.calls[0]![0]).not.toHaveProperty('companyId');
  });

  it('lets a chief name the consultant who gave it', async () => {
    useAppStore.setState({ me: CHIEF_ME });
    arc.findCompanies.mockResolvedValue(aPage([aLedgerCompany()]));
    api.listConsultants.mockResolvedValue(CONSULTANTS);
    arc.createRecord.mockResolvedValue(aStationRecord());
    page = await mountPage(RecordEditPage);
    await waitFor(() => expect(byTestId('company-option')).toHaveLength(1));
    await waitFor(() => expect(document.querySelector('[data-field="consultantId"]')).not.toBeNull());
    expect(api.listConsultants).toHaveBeenCalledWith({ stationId: STATION_ID });
    (byTestId('company-option')[0] as HTMLElement).click();
    pickField(page.utils, 'consultantId', 2);
    pickField(page.utils, 'channel', 1);
    pickField(page.utils, 'category', categoryIndex('risk'));
    await waitForForm();
    typeField(page.utils, 'summary', '出口产品的专利风险');
    typeField(page.utils, 'answer', '建议做自由实施调查');
    tapText('提交归档');
    await waitFor(() => expect(arc.createRecord).toHaveBeenCalledTimes(1));
    expect(arc.createRecord.mock.calls[0]![0]).toMatchObject({ consultantId: 'u-ex', channel: 'phone' });
  });

  it('does not offer an expert the choice of consultant', async () => {
    useAppStore.setState({ me: EXPERT_ME });
    arc.findCompanies.mockResolvedValue(aPage([aLedgerCompany()]));
    page = await mountPage(RecordEditPage);
    await waitFor(() => expect(byTestId('company-option')).toHaveLength(1));
    expect(document.querySelector('[data-field="consultantId"]')).toBeNull();
    expect(api.listConsultants).not.toHaveBeenCalled();
  });
});

describe('咨询档案 / 我的咨询档案', () => {
  it('gives a company its own records without any internal note, titled 我的咨询档案', async () => {
    useAppStore.setState({ me: COMPANY_ME });
    arc.listRecords.mockResolvedValue(aPage([aCompanyRecord()]));
    page = await mountPage(RecordsPage);
    await waitFor(() => expect(byTestId('record')).toHaveLength(1));
    expect(taro.setNavigationBarTitle).toHaveBeenCalledWith({ title: '我的咨询档案' });
    expect(arc.listRecords).toHaveBeenCalledWith({ page: 1, pageSize: 20 });
    const card = byTestId('record')[0]!.textContent ?? '';
    for (const text of [
      '2026-11-23 09:00',
      '专利预审及优先审查对接',
      '李联络',
      '海淀区中关村知识产权工作站',
      '需回访 2026-12-01',
    ]) {
      expect(card).toContain(text);
    }
    expect(bodyText()).not.toContain('企业对费用较敏感');
    (byTestId('filters-toggle')[0] as HTMLElement).click();
    await waitFor(() => expect(byTestId('filters')).toHaveLength(1));
    expect(document.querySelector('[data-field="consultantId"]')).toBeNull(); // no station filters
    (byTestId('record')[0] as HTMLElement).click();
    expect(urls()).toEqual(['/packages/consult/pages/record/index?recordId=booking%3Abk-1']);
  });

  it('searches by text and filters by category, dates, company and consultant, then clears', async () => {
    arc.listRecords.mockResolvedValue(aPage([RECORD]));
    arc.findCompanies.mockResolvedValue(aPage([aLedgerCompany()]));
    api.listConsultants.mockResolvedValue(CONSULTANTS);
    page = await mountPage(RecordsPage);
    await waitFor(() => expect(byTestId('record')).toHaveLength(1));
    expect(byTestId('record')[0]!.textContent).toContain('示例科技 · 李联络');

    await waitForForm();
    typeField(page.utils, 'keyword', '优先审查');
    tapText('搜索');
    await waitFor(() =>
      expect(arc.listRecords).toHaveBeenLastCalledWith({ keyword: '优先审查', page: 1, pageSize: 20 }),
    );

    (byTestId('filters-toggle')[0] as HTMLElement).click();
    await waitFor(() => expect(byTestId('company-option')).toHaveLength(1));
    pickField(page.utils, 'category', 1 + categoryIndex('preexam'));
    pickValue(page.utils, 'from', '2026-11-01');
    pickValue(page.utils, 'to', '2026-11-30');
    (byTestId('company-option')[0] as HTMLElement).click();
    await waitFor(() => expect(document.querySelector('[data-field="consultantId"]')).not.toBeNull());
    pickField(page.utils, 'consultantId', 2);
    await waitFor(() =>
      expect(arc.listRecords).toHaveBeenLastCalledWith({
        keyword: '优先审查',
        category: 'preexam',
        companyId: 'c-9',
        consultantId: 'u-ex',
        from: '2026-11-01',
        to: '2026-11-30',
        page: 1,
        pageSize: 20,
      }),
    );
    await waitFor(() => expect(byTestId('records-summary')[0]!.textContent).toContain('北京台账科技有限公司'));

    pickValue(page.utils, 'to', '2026-10-01');
    expect(toastTitles(taro)).toContain('结束日期不能早于开始日期');

    tapText('清除筛选');
    await waitFor(() => expect(arc.listRecords).toHaveBeenLastCalledWith({ page: 1, pageSize: 20 }));
  });

  it('loads more at the bottom, shows the end, an empty result and a failed load', async () => {
    arc.listRecords
      .mockResolvedValueOnce(aPage([RECORD], 2))
      .mockResolvedValueOnce(aPage([aStationRecord({ id: 'walkin:2' })], 2, 2))
      .mockRejectedValueOnce(new ServiceError('FORBIDDEN', '您只能查看本站点的咨询档案'))
      .mockResolvedValueOnce(aPage([]));
    page = await mountPage(RecordsPage);
    await waitFor(() => expect(byTestId('record')).toHaveLength(1));
    await page.trigger('onReachBottom');
    await waitFor(() => expect(byTestId('record')).toHaveLength(2));
    expect(arc.listRecords).toHaveBeenLastCalledWith({ page: 2, pageSize: 20 });
    await waitForText('没有更多了');

    await page.trigger('onPullDownRefresh');
    await waitForText('您只能查看本站点的咨询档案');
    tapText('重新加载');
    await waitForText('还没有咨询记录');
  });
});

describe('咨询记录 page', () => {
  it('shows the station the whole record, the internal note marked as such', async () => {
    arc.getRecord.mockResolvedValue(RECORD);
    page = await mountPage(RecordPage, { recordId: 'booking:bk-1' });
    await waitFor(() => expect(byTestId('record-answer')).toHaveLength(1));
    expect(arc.getRecord).toHaveBeenCalledWith({ recordId: 'booking:bk-1' });
    expect(byTestId('record-when')[0]!.textContent).toContain('2026-11-23 09:00');
    expect(byTestId('record-duration')[0]!.textContent).toContain('45分钟');
    expect(byTestId('record-follow-up')[0]!.textContent).toContain('需要回访（2026-12-01）');
    expect(byTestId('record-internal-note')[0]!.textContent).toContain('企业对费用较敏感');
    expect(byTestId('record-internal-note')[0]!.textContent).toContain('企业看不到');
    (byTestId('record-booking-link')[0] as HTMLElement).click();
    expect(urls()).toEqual(['/packages/consult/pages/booking/index?bookingId=bk-1']);
  });

  it('shows the company no internal note', async () => {
    useAppStore.setState({ me: COMPANY_ME });
    arc.getRecord.mockResolvedValue(aCompanyRecord({ rightsClue: true }));
    page = await mountPage(RecordPage, { recordId: 'booking:bk-1' });
    await waitFor(() => expect(byTestId('record-answer')).toHaveLength(1));
    expect(byTestId('record-internal-note')).toHaveLength(0);
    expect(bodyText()).not.toContain('内部备注');
    expect(bodyText()).toContain('维权线索转介');
  });

  it('shows the attachments: photos open in the image viewer, a PDF by name and size', async () => {
    useAppStore.setState({ me: COMPANY_ME });
    const preview = jest.spyOn(Taro, 'previewImage').mockResolvedValue({ errMsg: 'ok' } as never);
    arc.getRecord.mockResolvedValue(aCompanyRecord({ attachments: [PHOTO, REPORT] }));
    page = await mountPage(RecordPage, { recordId: 'booking:bk-1' });
    await waitFor(() => expect(byTestId('attachment-list')).toHaveLength(1));
    expect(byTestId('attachment-list')[0]!.textContent).toContain('附件（2）');
    expect(byTestId('attachment-doc')[0]!.textContent).toContain('检索报告.pdf');
    expect(byTestId('attachment-doc')[0]!.textContent).toContain('1.2 MB');
    (byTestId('attachment-photo')[0] as HTMLElement).click();
    expect(preview).toHaveBeenCalledWith({ current: PHOTO.url, urls: [PHOTO.url] });
  });

  it('shows no attachment block for a record without any', async () => {
    arc.getRecord.mockResolvedValue(RECORD);
    page = await mountPage(RecordPage, { recordId: 'booking:bk-1' });
    await waitFor(() => expect(byTestId('record-answer')).toHaveLength(1));
    expect(byTestId('attachment-list')).toHaveLength(0);
  });

  it("shows the server's refusal", async () => {
    arc.getRecord.mockRejectedValue(new ServiceError('FORBIDDEN', '您只能处理本站点或本企业的记录'));
    page = await mountPage(RecordPage, { recordId: 'walkin:x' });
    await waitForText('您只能处理本站点或本企业的记录');
  });
});
