import Taro from '@tarojs/taro';
import BookingsPage from '@/packages/consult/pages/bookings/index';
import BookingPage from '@/packages/consult/pages/booking/index';
import * as consult from '@/services/consult';
import { ServiceError } from '@/services/errors';
import { useAppStore } from '@/store';
import { shanghaiInstant } from '@core/rules/time';
import { aPage } from './support/directory-fixtures';
import {
  CHIEF_ME,
  COMPANY_ME,
  CONSULTANTS,
  LIAISON_ME,
  RULES,
  aBooking,
  aSlot,
  slotsAnswer,
} from './support/consult-fixtures';
import {
  bodyText,
  byTestId,
  fieldError,
  mountPage,
  tapText,
  typeField,
  waitFor,
  waitForForm,
  waitForText,
  type MountedPage,
} from './support/page-harness';
import { signedInPages, taro } from './support/page-lifecycle';
import { toastTitles } from './support/taro-mocks';
import { inTimeZone } from './support/time-zone';

jest.mock('@/services/consult', () => require('./support/consult-mock').consultMock());
jest.mock('@/services/account');
const api = jest.mocked(consult);

const BOOKED = aBooking();
const CANCELLED = aBooking({
  id: 'bk-2',
  status: 'cancelled',
  start: shanghaiInstant('2026-11-25', '14:00'),
  end: shanghaiInstant('2026-11-25', '14:30'),
  channel: 'phone',
  topic: 'dispute',
  cancelReason: '咨询人员临时外出',
});
const DONE = aBooking({ id: 'bk-3', status: 'done', consultantName: '王专家', consultantId: 'u-ex' });

function card(id: string): Element {
  const el = byTestId('booking').find((b) => b.getAttribute('data-id') === id);
  if (!el) throw new Error(`no booking ${id}`);
  return el;
}

function tapChip(value: string): void {
  const chip = byTestId('status-filter').find((c) => c.getAttribute('data-value') === value) as HTMLElement;
  chip.click();
}

let page: MountedPage | undefined;
inTimeZone('America/New_York');

signedInPages(COMPANY_ME);

describe('我的预约 page', () => {
  it('lists the bookings with Shanghai date, weekday and time, and filters them by status', async () => {
    api.listBookings.mockImplementation(async (input) => {
      const all = [BOOKED, CANCELLED, DONE];
      return aPage(input.status ? all.filter((b) => b.status === input.status) : all);
    });
    page = await mountPage(BookingsPage);

    await waitFor(() => expect(byTestId('booking')).toHaveLength(3));
    expect(api.listBookings).toHaveBeenCalledWith({ page: 1, pageSize: 20 });
    const first = card('bk-1').textContent ?? '';
    for (const text of ['2026-11-23 周一 09:00–09:30', '海淀区中关村知识产权工作站', '李联络', '现场', '已预约']) {
      expect(first).toContain(text);
    }
    expect(first).toContain('知识产权业务办理咨询');
    expect(card('bk-2').textContent).toContain('2026-11-25 周三 14:00–14:30');
    expect(card('bk-2').textContent).toContain('已取消');
    expect(card('bk-2').textContent).toContain('电话');
    expect(byTestId('status-filter').map((c) => c.textContent)).toEqual([
      '全部',
      '已预约',
      '已取消',
      '已完成',
      '未到场',
    ]);

    tapChip('cancelled');
    await waitFor(() => expect(byTestId('booking')).toHaveLength(1));
    expect(api.listBookings).toHaveBeenLastCalledWith({ status: 'cancelled', page: 1, pageSize: 20 });
    expect(card('bk-2').getAttribute('data-status')).toBe('cancelled');

    tapChip('no_show');
    await waitForText('没有未到场的预约');

    tapChip('');
    await waitFor(() => expect(byTestId('booking')).toHaveLength(3));
    (card('bk-1') as HTMLElement).click();
    expect(taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/consult/pages/booking/index?bookingId=bk-1' });
  });

  it('shows station staff the company instead of the consultant, and loads more at the bottom', async () => {
    useAppStore.setState({ me: LIAISON_ME });
    api.listBookings.mockResolvedValueOnce(aPage([BOOKED], 2)).mockResolvedValueOnce(aPage([DONE], 2, 2));
    page = await mountPage(BookingsPage);
    await waitFor(() => expect(byTestId('booking')).toHaveLength(1));
    expect(card('bk-1').textContent).toContain('预约企业：示例科技');
    expect(card('bk-1').textContent).not.toContain('咨询人员');

    await page.trigger('onReachBottom');
    await waitFor(() => expect(byTestId('booking')).toHaveLength(2));
    expect(api.listBookings).toHaveBeenLastCalledWith({ page: 2, pageSize: 20 });
    await waitForText('没有更多了');
  });

  it('refreshes on pull-down and shows a failed load with a retry', async () => {
    api.listBookings
      .mockRejectedValueOnce(new ServiceError('FORBIDDEN', '您没有权限进行此操作'))
      .mockResolvedValue(aPage([BOOKED]));
    page = await mountPage(BookingsPage);
    await waitForText('您没有权限进行此操作');
    tapText('重新加载');
    await waitFor(() => expect(byTestId('booking')).toHaveLength(1));
    await page.trigger('onPullDownRefresh');
    await waitFor(() => expect(taro.stopPullDownRefresh).toHaveBeenCalled());
    expect(api.listBookings).toHaveBeenCalledTimes(3);
  });

  it('is titled 咨询预约 when a chief opens the station view', async () => {
    useAppStore.setState({ me: CHIEF_ME });
    api.listBookings.mockResolvedValue(aPage([BOOKED]));
    page = await mountPage(BookingsPage, { scope: 'station' });
    await waitFor(() => expect(byTestId('booking')).toHaveLength(1));
    expect(taro.setNavigationBarTitle).toHaveBeenCalledWith({ title: '咨询预约' });
  });
});

describe('预约详情 page', () => {
  it('shows the booking, its question and its history', async () => {
    api.getBooking.mockResolvedValue(
      aBooking({
        history: [
          { at: shanghaiInstant('2026-11-20', '15:04'), by: 'u-co', byName: '张经理', event: 'booked' },
          {
            at: shanghaiInstant('2026-11-21', '08:30'),
            by: 'u-li',
            byName: '李联络',
            event: 'rescheduled',
            note: '11-22 10:00 → 11-23 09:00',
          },
        ],
      }),
    );
    page = await mountPage(BookingPage, { bookingId: 'bk-1' });
    await waitForText('我们想了解发明专利优先审查的条件和流程');
    expect(api.getBooking).toHaveBeenCalledWith({ bookingId: 'bk-1' });
    expect(byTestId('booking-when')[0]!.textContent).toBe('2026-11-23 周一 09:00–09:30');
    const history = byTestId('history').map((h) => h.textContent);
    expect(history).toEqual([expect.stringContaining('2026-11-20 15:04'), expect.stringContaining('2026-11-21 08:30')]);
    expect(history[0]).toContain('张经理 预约');
    expect(history[1]).toContain('李联络 改约：11-22 10:00 → 11-23 09:00');
    expect(bodyText()).not.toContain('预约企业'); // the company sees the consultant, not itself
  });

  it('shows the files sent with the question, and keeps them after a cancellation', async () => {
    const photo = {
      id: 'up_p',
      name: '商标样稿.png',
      contentType: 'image/png',
      size: 120_000,
      url: '/files/uploads/u-co/p.png',
    };
    const contract = { ...photo, id: 'up_c', name: '委托合同.pdf', contentType: 'application/pdf', size: 80_000 };
    const preview = jest.spyOn(Taro, 'previewImage').mockResolvedValue({ errMsg: 'ok' } as never);
    api.getBooking.mockResolvedValue(aBooking({ attachments: [photo, contract] }));
    // A change answers the booking without resolving its files.
    api.cancelBooking.mockResolvedValue({ ...BOOKED, status: 'cancelled', attachments: [] });
    page = await mountPage(BookingPage, { bookingId: 'bk-1' });
    await waitFor(() => expect(byTestId('attachment-list')).toHaveLength(1));
    expect(byTestId('attachment-list')[0]!.textContent).toContain('附件（2）');
    expect(byTestId('attachment-doc')[0]!.textContent).toContain('委托合同.pdf');
    (byTestId('attachment-photo')[0] as HTMLElement).click();
    expect(preview).toHaveBeenCalledWith({ current: photo.url, urls: [photo.url] });

    tapText('取消预约');
    await waitFor(() => expect(byTestId('booking-status')[0]!.textContent).toBe('已取消'));
    expect(byTestId('attachment-list')[0]!.textContent).toContain('附件（2）');
  });

  it('lets the company cancel after confirming, without a reason', async () => {
    api.getBooking.mockResolvedValue(BOOKED);
    api.cancelBooking.mockResolvedValue({
      ...BOOKED,
      status: 'cancelled',
      history: [...BOOKED.history, { at: Date.now(), by: 'u-co', byName: '张经理', event: 'cancelled' }],
    });
    page = await mountPage(BookingPage, { bookingId: 'bk-1' });
    await waitFor(() => expect(byTestId('booking-actions')).toHaveLength(1));

    tapText('取消预约');
    await waitFor(() => expect(api.cancelBooking).toHaveBeenCalledWith({ bookingId: 'bk-1' }));
    expect(taro.showModal).toHaveBeenCalledWith(expect.objectContaining({ title: '取消预约' }));
    expect(String((taro.showModal.mock.calls[0]![0] as { content?: string }).content)).toContain(
      '2026-11-23 周一 09:00–09:30',
    );
    await waitFor(() => expect(byTestId('booking-status')[0]!.textContent).toBe('已取消'));
    expect(byTestId('booking-actions')).toHaveLength(0);
    expect(toastTitles(taro)).toContain('已取消预约');
  });

  it('cancels nothing when the company says no in the confirmation', async () => {
    api.getBooking.mockResolvedValue(BOOKED);
    taro.showModal.mockResolvedValue({ errMsg: 'ok', confirm: false, cancel: true } as never);
    page = await mountPage(BookingPage, { bookingId: 'bk-1' });
    await waitFor(() => expect(byTestId('booking-actions')).toHaveLength(1));
    tapText('取消预约');
    await waitFor(() => expect(taro.showModal).toHaveBeenCalledTimes(1));
    expect(byTestId('booking-actions')).toHaveLength(1);

    // Saying yes the next time cancels exactly once: the "no" sent nothing.
    taro.showModal.mockResolvedValue({ errMsg: 'ok', confirm: true, cancel: false } as never);
    api.cancelBooking.mockResolvedValue({ ...BOOKED, status: 'cancelled' });
    tapText('取消预约');
    await waitFor(() => expect(toastTitles(taro)).toContain('已取消预约'));
    expect(api.cancelBooking).toHaveBeenCalledTimes(1);
  });

  it('requires a reason from a consultant, then confirms and sends it', async () => {
    useAppStore.setState({ me: LIAISON_ME });
    api.getBooking.mockResolvedValue(BOOKED);
    api.cancelBooking.mockResolvedValue({ ...BOOKED, status: 'cancelled', cancelReason: '临时外出参加培训' });
    page = await mountPage(BookingPage, { bookingId: 'bk-1' });
    await waitFor(() => expect(byTestId('booking-actions')).toHaveLength(1));
    expect(bodyText()).toContain('示例科技（张经理）'); // staff see who booked

    tapText('取消预约');
    await waitFor(() => expect(byTestId('cancel-panel')).toHaveLength(1));
    tapText('确认取消');
    await waitFor(() => expect(fieldError('reason')).toBe('请填写取消原因'));
    expect(taro.showModal).not.toHaveBeenCalled();
    expect(api.cancelBooking).not.toHaveBeenCalled();

    await waitForForm();
    typeField(page.utils, 'reason', '临时外出参加培训');
    await waitFor(() => expect(fieldError('reason')).toBeNull());
    tapText('确认取消');
    await waitFor(() =>
      expect(api.cancelBooking).toHaveBeenCalledWith({ bookingId: 'bk-1', reason: '临时外出参加培训' }),
    );
    expect(taro.showModal).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(byTestId('cancel-reason')[0]?.textContent).toContain('临时外出参加培训'));
  });

  it("shows the server's refusal and keeps the typed reason", async () => {
    useAppStore.setState({ me: LIAISON_ME });
    api.getBooking.mockResolvedValue(BOOKED);
    api.cancelBooking.mockRejectedValue(new ServiceError('FORBIDDEN', '您只能处理本站点或本企业的记录'));
    page = await mountPage(BookingPage, { bookingId: 'bk-1' });
    await waitFor(() => expect(byTestId('booking-actions')).toHaveLength(1));
    tapText('取消预约');
    await waitForForm();
    typeField(page.utils, 'reason', '临时外出');
    tapText('确认取消');
    await waitFor(() => expect(toastTitles(taro)).toContain('您只能处理本站点或本企业的记录'));
    expect((document.querySelector('[data-field="reason"] textarea') as HTMLTextAreaElement).value).toBe('临时外出');
    expect(byTestId('booking-status')[0]!.textContent).toBe('已预约');
  });

  it('reschedules to a slot of the same station, reloading the slots after a CONFLICT', async () => {
    const TEN = aSlot('2026-11-24', '10:00');
    const ELEVEN = aSlot('2026-11-24', '11:00');
    api.getBooking.mockResolvedValue(BOOKED);
    api.listConsultants.mockResolvedValue(CONSULTANTS);
    api.getBookingRules.mockResolvedValue(RULES);
    api.listSlots
      .mockResolvedValueOnce(slotsAnswer(['2026-11-24'], [TEN, ELEVEN]))
      .mockResolvedValueOnce(slotsAnswer(['2026-11-24'], [ELEVEN]));
    api.rescheduleBooking
      .mockRejectedValueOnce(new ServiceError('CONFLICT', '该时段刚刚被预约，请选择其他时段'))
      .mockResolvedValueOnce({ ...BOOKED, start: ELEVEN.start, end: ELEVEN.end });
    page = await mountPage(BookingPage, { bookingId: 'bk-1' });
    await waitFor(() => expect(byTestId('booking-actions')).toHaveLength(1));

    tapText('改约');
    await waitFor(() => expect(byTestId('slot')).toHaveLength(2));
    expect(api.listSlots).toHaveBeenCalledWith(
      expect.objectContaining({ stationId: BOOKED.stationId, consultantId: 'u-li' }),
    );
    (byTestId('slot')[0] as HTMLElement).click();
    await waitForText('新时段：2026-11-24 周二 10:00–10:30');
    tapText('确认改约');
    await waitFor(() => expect(toastTitles(taro)).toContain('该时段刚刚被预约，请选择其他时段'));
    await waitFor(() => expect(byTestId('slot')).toHaveLength(1));
    expect(api.listSlots).toHaveBeenCalledTimes(2);
    expect(api.rescheduleBooking).toHaveBeenCalledWith({
      bookingId: 'bk-1',
      consultantId: 'u-li',
      slotStart: TEN.start,
    });

    (byTestId('slot')[0] as HTMLElement).click();
    await waitForText('新时段：2026-11-24 周二 11:00–11:30');
    tapText('确认改约');
    await waitFor(() => expect(byTestId('booking-when')[0]!.textContent).toBe('2026-11-24 周二 11:00–11:30'));
    expect(api.rescheduleBooking).toHaveBeenLastCalledWith({
      bookingId: 'bk-1',
      consultantId: 'u-li',
      slotStart: ELEVEN.start,
    });
    expect(byTestId('reschedule')).toHaveLength(0);
    expect(toastTitles(taro)).toContain('已改约');
  });

  it('offers no actions on a booking that is no longer open', async () => {
    api.getBooking.mockResolvedValue(CANCELLED);
    page = await mountPage(BookingPage, { bookingId: 'bk-2' });
    await waitForText('取消原因：咨询人员临时外出');
    expect(byTestId('booking-actions')).toHaveLength(0);
  });
});
