/** 今日咨询: the consultant's day, its actions (write the record, no-show, open the record) and states. */
import TodayPage from '@/packages/consult/pages/today/index';
import * as consult from '@/services/consult';
import { ServiceError } from '@/services/errors';
import { useAppStore } from '@/store';
import { shanghaiInstant } from '@core/rules/time';
import { aDayBooking } from './support/archive-fixtures';
import { CHIEF_ME, COMPANY_ME, LIAISON_ME } from './support/consult-fixtures';
import { bodyText, byTestId, mountPage, tapText, waitFor, waitForText, type MountedPage } from './support/page-harness';
import { signedInPages, taro } from './support/page-lifecycle';
import { navigatedUrls, toastTitles } from './support/taro-mocks';
import { inTimeZone } from './support/time-zone';

jest.mock('@/services/consult', () => require('./support/consult-mock').consultMock());
jest.mock('@/services/account');
const api = jest.mocked(consult);

const DAY = '2026-11-23';
const STARTED = aDayBooking({ id: 'bk-1', companyName: '示例科技' });
const LATER = aDayBooking({
  id: 'bk-2',
  companyName: '后来科技',
  start: shanghaiInstant(DAY, '10:00'),
  end: shanghaiInstant(DAY, '10:30'),
  topic: 'dispute',
  channel: 'phone',
  location: undefined,
  question: '收到侵权警告函应如何应对',
});
const DONE = aDayBooking({
  id: 'bk-3',
  companyName: '完成科技',
  start: shanghaiInstant(DAY, '08:00'),
  end: shanghaiInstant(DAY, '08:30'),
  status: 'done',
  recordId: 'booking:bk-3',
});
const dayOf = (bookings = [DONE, STARTED, LATER], date = DAY) => ({
  date,
  now: shanghaiInstant(DAY, '09:10'),
  bookings,
});

function card(id: string): HTMLElement {
  const el = byTestId('day-booking').find((b) => b.getAttribute('data-id') === id);
  if (!el) throw new Error(`no booking ${id}`);
  return el as HTMLElement;
}

/** Taps the innermost element of `within` that shows exactly `text`. */
function tapIn(within: Element, text: string): void {
  const target = Array.from(within.querySelectorAll<HTMLElement>('*'))
    .reverse()
    .find((el) => (el.textContent ?? '').trim() === text);
  if (!target) throw new Error(`nothing in the card shows "${text}"`);
  target.click();
}

let page: MountedPage | undefined;
inTimeZone('America/New_York');

signedInPages(LIAISON_ME);

const urls = () => navigatedUrls(taro);

describe('今日咨询 page', () => {
  it("lists the day's consultations in Shanghai time with company, topic, question and status", async () => {
    api.listMyDay.mockResolvedValue(dayOf());
    page = await mountPage(TodayPage);
    await waitFor(() => expect(byTestId('day-booking')).toHaveLength(3));
    expect(api.listMyDay).toHaveBeenCalledWith({});
    expect(byTestId('day-date')[0]!.textContent).toBe('2026-11-23 周一（今天）');
    expect(byTestId('day-summary')[0]!.textContent).toBe('共 3 个预约，待咨询 2 个');
    const later = card('bk-2').textContent ?? '';
    for (const text of [
      '10:00–10:30',
      '后来科技',
      '知识产权纠纷应对指导',
      '电话',
      '收到侵权警告函应如何应对',
      '已预约',
    ]) {
      expect(later).toContain(text);
    }
    expect(card('bk-3').textContent).toContain('已完成');
    expect(bodyText()).not.toContain('李联络'); // a consultant's own day: no consultant column
  });

  it('offers 写咨询记录 on open ones, 标记未到场 once started, and the record of a done one', async () => {
    api.listMyDay.mockResolvedValue(dayOf());
    page = await mountPage(TodayPage);
    await waitFor(() => expect(byTestId('day-booking')).toHaveLength(3));
    expect(card('bk-1').textContent).toContain('标记未到场');
    expect(card('bk-2').textContent).not.toContain('标记未到场');
    expect(card('bk-3').textContent).not.toContain('写咨询记录');

    tapIn(card('bk-2'), '写咨询记录');
    tapIn(card('bk-3'), '查看咨询记录');
    tapText('新建咨询记录（现场、电话、在线）');
    expect(urls()).toEqual([
      '/packages/consult/pages/record-edit/index?bookingId=bk-2',
      '/packages/consult/pages/record/index?recordId=booking%3Abk-3',
      '/packages/consult/pages/record-edit/index',
    ]);
  });

  it('marks a no-show after confirming, then reloads the day', async () => {
    api.listMyDay
      .mockResolvedValueOnce(dayOf())
      .mockResolvedValueOnce(dayOf([DONE, { ...STARTED, status: 'no_show' }, LATER]));
    api.markNoShow.mockResolvedValue({ ...STARTED, status: 'no_show' });
    page = await mountPage(TodayPage);
    await waitFor(() => expect(byTestId('day-booking')).toHaveLength(3));

    tapIn(card('bk-1'), '标记未到场');
    await waitFor(() => expect(api.markNoShow).toHaveBeenCalledWith({ bookingId: 'bk-1' }));
    expect(taro.showModal).toHaveBeenCalledWith(expect.objectContaining({ title: '标记未到场' }));
    expect(String((taro.showModal.mock.calls[0]![0] as { content?: string }).content)).toContain(
      '示例科技 09:00–09:30',
    );
    await waitFor(() => expect(card('bk-1').getAttribute('data-status')).toBe('no_show'));
    expect(toastTitles(taro)).toContain('已标记未到场');
    expect(api.listMyDay).toHaveBeenCalledTimes(2);
  });

  it('marks nothing when the consultant says no, and shows a refusal from the server', async () => {
    api.listMyDay.mockResolvedValue(dayOf());
    taro.showModal.mockResolvedValueOnce({ errMsg: 'ok', confirm: false, cancel: true } as never);
    page = await mountPage(TodayPage);
    await waitFor(() => expect(byTestId('day-booking')).toHaveLength(3));
    tapIn(card('bk-1'), '标记未到场');
    await waitFor(() => expect(taro.showModal).toHaveBeenCalledTimes(1));

    api.markNoShow.mockRejectedValue(new ServiceError('CONFLICT', '该预约已取消，请刷新查看'));
    tapIn(card('bk-1'), '标记未到场');
    await waitFor(() => expect(toastTitles(taro)).toContain('该预约已取消，请刷新查看'));
    // Only the second tap (yes) reached the server: the "no" sent nothing.
    expect(api.markNoShow).toHaveBeenCalledTimes(1);
  });

  it('moves to other days; an empty day says so', async () => {
    api.listMyDay.mockImplementation(async (input) => (input.date ? dayOf([], input.date) : dayOf([STARTED])));
    page = await mountPage(TodayPage);
    await waitFor(() => expect(byTestId('day-booking')).toHaveLength(1));
    (byTestId('day-next')[0] as HTMLElement).click();
    await waitForText('这一天没有咨询预约');
    expect(api.listMyDay).toHaveBeenLastCalledWith({ date: '2026-11-24' });
    expect(byTestId('day-date')[0]!.textContent).toBe('2026-11-24 周二');
    (byTestId('day-prev')[0] as HTMLElement).click();
    (byTestId('day-prev')[0] as HTMLElement).click();
    await waitFor(() => expect(api.listMyDay).toHaveBeenLastCalledWith({ date: '2026-11-22' }));
  });

  it('shows a failed load with a retry, and refreshes on pull-down', async () => {
    api.listMyDay
      .mockRejectedValueOnce(new ServiceError('INTERNAL', '系统繁忙，请稍后重试'))
      .mockResolvedValue(dayOf());
    page = await mountPage(TodayPage);
    await waitForText('系统繁忙，请稍后重试');
    tapText('重新加载');
    await waitFor(() => expect(byTestId('day-booking')).toHaveLength(3));
    await page.trigger('onPullDownRefresh');
    await waitFor(() => expect(taro.stopPullDownRefresh).toHaveBeenCalled());
    expect(api.listMyDay).toHaveBeenCalledTimes(3);
  });

  it("shows a chief the station's day with each consultant", async () => {
    useAppStore.setState({ me: CHIEF_ME });
    api.listMyDay.mockResolvedValue(dayOf([STARTED, { ...LATER, consultantName: '王专家' }]));
    page = await mountPage(TodayPage);
    await waitFor(() => expect(byTestId('day-booking')).toHaveLength(2));
    expect(card('bk-1').textContent).toContain('李联络');
    expect(card('bk-2').textContent).toContain('王专家');
  });

  it('is for station staff: company users are sent to 我的 to switch', async () => {
    useAppStore.setState({ me: COMPANY_ME });
    page = await mountPage(TodayPage);
    await waitFor(() => expect(byTestId('gate-role')).toHaveLength(1));
    expect(api.listMyDay).not.toHaveBeenCalled();
  });
});
