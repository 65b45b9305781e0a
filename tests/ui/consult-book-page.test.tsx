import Taro from '@tarojs/taro';
import BookPage from '@/packages/consult/pages/book/index';
import * as consult from '@/services/consult';
import * as directory from '@/services/directory';
import * as files from '@/services/files';
import { ServiceError } from '@/services/errors';
import { useAppStore } from '@/store';
import { shanghaiInstant } from '@core/rules/time';
import { aDetail } from './support/directory-fixtures';
import {
  COMPANY_ME,
  CONSULTANTS,
  LIAISON_ME,
  RULES,
  STATION_ID,
  aBooking,
  aSlot,
  slotsAnswer,
} from './support/consult-fixtures';
import {
  bodyText,
  byTestId,
  deferred,
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
import { mockTaro, toastTitles, type TaroMocks } from './support/taro-mocks';
import { inTimeZone } from './support/time-zone';
import { requestSubscriptions, subscribeTemplateIds } from '@/lib/subscribe';

jest.mock('@/services/consult', () => require('./support/consult-mock').consultMock());
jest.mock('@/services/directory', () => require('./support/directory-mock').directoryMock());
jest.mock('@/services/account');
jest.mock('@/services/files', () => ({
  uploadAttachment: jest.fn(),
  absoluteUrl: (url: string) => url,
  register: jest.fn(),
}));
const api = jest.mocked(consult);
const uploads = jest.mocked(files);
const dir = jest.mocked(directory);

const DAYS = ['2026-11-23', '2026-11-24', '2026-11-25'];
const NINE = aSlot('2026-11-23', '09:00');
const NINE_THIRTY = aSlot('2026-11-23', '09:30');
const EXPERT_TEN = aSlot('2026-11-25', '10:00', { consultantId: 'u-ex', consultantName: '王专家', channel: 'video' });
const QUESTION = '想咨询发明专利申请前的检索和布局';

function tapTestId(id: string, value: string): void {
  const el = byTestId(id).find((e) => e.getAttribute('data-value') === value) as HTMLElement | undefined;
  if (!el) throw new Error(`no ${id} ${value}`);
  el.click();
}

function slotTimes(): string[] {
  return byTestId('slot').map((el) => el.querySelector('.slot-list__time')?.textContent ?? '');
}

/** Mounts the page for a company user and waits for the calendar. */
async function openBooking(): Promise<MountedPage> {
  const page = await mountPage(BookPage, { stationId: STATION_ID });
  await waitFor(() => expect(byTestId('slot').length).toBeGreaterThan(0));
  return page;
}

/** Topic, consultant 李联络, the 09:00 slot and the question: ready to confirm. */
async function fillIn(page: MountedPage): Promise<void> {
  pickField(page.utils, 'topic', 1); // 知识产权业务办理咨询
  tapTestId('consultant', 'u-li');
  await waitFor(() =>
    expect(api.listSlots).toHaveBeenLastCalledWith(expect.objectContaining({ consultantId: 'u-li' })),
  );
  await waitFor(() => expect(slotTimes()).toEqual(['09:00–09:30', '09:30–10:00']));
  (byTestId('slot')[0] as HTMLElement).click();
  await waitForForm();
  typeField(page.utils, 'question', QUESTION);
  await waitFor(() => expect(byTestId('chosen-slot')[0]!.textContent).toContain('09:00–09:30'));
}

describe('预约咨询 page', () => {
  let taro: TaroMocks;
  let page: MountedPage | undefined;
  // The phone is in New York: a 09:00 Shanghai slot must still read 09:00.
  inTimeZone('America/New_York');

  beforeEach(() => {
    jest.clearAllMocks();
    taro = mockTaro();
    jest.spyOn(Taro, 'switchTab').mockResolvedValue({ errMsg: 'ok' } as never);
    useAppStore.setState({ signedIn: true, me: COMPANY_ME, meState: 'ready', meError: null });
    dir.getStation.mockResolvedValue(aDetail());
    api.listConsultants.mockResolvedValue(CONSULTANTS);
    api.getBookingRules.mockResolvedValue(RULES);
    api.listSlots.mockImplementation(async (input) =>
      slotsAnswer(
        DAYS,
        input.consultantId === 'u-li'
          ? [NINE, NINE_THIRTY]
          : input.consultantId === 'u-ex'
            ? [EXPERT_TEN]
            : [NINE, NINE_THIRTY, EXPERT_TEN],
      ),
    );
  });

  afterEach(() => {
    page?.unmount();
    page = undefined;
    jest.restoreAllMocks();
    process.env.TARO_ENV = 'h5';
    delete process.env.TARO_APP_SUBSCRIBE_TEMPLATES;
  });

  it('runs in a time zone other than Shanghai (New York: 09:00 Shanghai is 20:00 the day before)', () => {
    expect(new Date(shanghaiInstant('2026-11-23', '09:00')).getHours()).toBe(20);
  });

  it('shows the calendar with free counts and the slots as Shanghai wall-clock time', async () => {
    page = await openBooking();
    expect(api.listSlots).toHaveBeenCalledWith(
      expect.objectContaining({ stationId: STATION_ID, days: RULES.horizonDays + 1 }),
    );
    expect(api.listSlots.mock.calls[0]![0]).not.toHaveProperty('consultantId');
    const days = byTestId('day').map((d) => [d.getAttribute('data-date'), d.getAttribute('data-free')]);
    expect(days).toEqual([
      ['2026-11-23', '2'],
      ['2026-11-24', '0'],
      ['2026-11-25', '1'],
    ]);
    // The first day with free slots is open; every slot names its consultant, channel and place.
    expect(slotTimes()).toEqual(['09:00–09:30', '09:30–10:00']);
    expect(bodyText()).toContain('2026-11-23 周一');
    expect(byTestId('slot')[0]!.textContent).toContain('现场');
    expect(byTestId('slot')[0]!.textContent).toContain('二层咨询室');
    expect(byTestId('slot')[0]!.textContent).toContain('李联络');
    expect(bodyText()).toContain('不限（任意可约人员）');
    expect(bodyText()).toContain('海淀区中关村知识产权工作站');

    // A day without free slots cannot be chosen; another day shows its own slots.
    (byTestId('day').find((d) => d.getAttribute('data-date') === '2026-11-24') as HTMLElement).click();
    expect(slotTimes()).toEqual(['09:00–09:30', '09:30–10:00']);
    (byTestId('day').find((d) => d.getAttribute('data-date') === '2026-11-25') as HTMLElement).click();
    await waitFor(() => expect(slotTimes()).toEqual(['10:00–10:30']));
    expect(byTestId('slot')[0]!.textContent).toContain('视频');
    expect(byTestId('slot')[0]!.textContent).toContain('王专家');
  });

  it('loads the slots of the chosen consultant', async () => {
    page = await openBooking();
    tapTestId('consultant', 'u-ex');
    await waitFor(() =>
      expect(api.listSlots).toHaveBeenLastCalledWith(
        expect.objectContaining({ stationId: STATION_ID, consultantId: 'u-ex' }),
      ),
    );
    await waitFor(() => expect(slotTimes()).toEqual(['10:00–10:30']));
    expect(
      byTestId('day')
        .find((d) => d.getAttribute('data-active') === 'true')
        ?.getAttribute('data-date'),
    ).toBe('2026-11-25');
  });

  it('books once, even when tapped twice, with the chosen slot and a request id, then confirms', async () => {
    const answer = deferred<ReturnType<typeof aBooking>>();
    api.book.mockReturnValue(answer.promise);
    page = await openBooking();
    await fillIn(page);

    tapText('确认预约');
    tapText('确认预约');
    answer.resolve(aBooking({ question: QUESTION }));

    await waitFor(() => expect(byTestId('confirmation')).toHaveLength(1));
    expect(api.book).toHaveBeenCalledTimes(1);
    const sent = api.book.mock.calls[0]![0];
    expect(sent).toEqual({
      clientRequestId: expect.stringMatching(/^[0-9a-f]{24}$/),
      stationId: STATION_ID,
      consultantId: 'u-li',
      slotStart: shanghaiInstant('2026-11-23', '09:00'),
      topic: 'consulting',
      question: QUESTION,
      attachments: [],
    });
    const confirmation = byTestId('confirmation')[0]!.textContent ?? '';
    for (const text of [
      '预约成功',
      '海淀区中关村知识产权工作站',
      '李联络',
      '2026-11-23 周一',
      '09:00–09:30',
      '现场',
      '二层咨询室',
      '知识产权业务办理咨询',
      '2小时',
    ]) {
      expect(confirmation).toContain(text);
    }
    // Not on WeChat: no subscription is asked for.
    tapText('查看我的预约');
    expect(taro.redirectTo).toHaveBeenCalledWith({ url: '/packages/consult/pages/bookings/index' });
  });

  it('reloads the slots after a CONFLICT and keeps the question', async () => {
    api.book.mockRejectedValueOnce(new ServiceError('CONFLICT', '该时段刚刚被预约，请选择其他时段'));
    page = await openBooking();
    await fillIn(page);
    const loadsBefore = api.listSlots.mock.calls.length;
    // Someone else took 09:00.
    api.listSlots.mockImplementation(async () => slotsAnswer(DAYS, [NINE_THIRTY]));

    tapText('确认预约');

    await waitFor(() => expect(toastTitles(taro)).toContain('该时段刚刚被预约，请选择其他时段'));
    await waitFor(() => expect(slotTimes()).toEqual(['09:30–10:00']));
    expect(api.listSlots.mock.calls.length).toBe(loadsBefore + 1);
    expect(api.listSlots).toHaveBeenLastCalledWith(expect.objectContaining({ consultantId: 'u-li' }));
    expect(fieldInput('question').value).toBe(QUESTION);
    expect(byTestId('chosen-slot')[0]!.textContent).toContain('尚未选择时段');
    expect(byTestId('confirmation')).toHaveLength(0);

    // Another slot, the same question: booked.
    api.book.mockResolvedValueOnce(aBooking({ start: NINE_THIRTY.start, end: NINE_THIRTY.end }));
    (byTestId('slot')[0] as HTMLElement).click();
    await waitFor(() => expect(byTestId('chosen-slot')[0]!.textContent).toContain('09:30–10:00'));
    tapText('确认预约');
    await waitFor(() => expect(byTestId('confirmation')).toHaveLength(1));
    expect(api.book).toHaveBeenCalledTimes(2);
    expect(api.book.mock.calls[1]![0]).toMatchObject({ slotStart: NINE_THIRTY.start, question: QUESTION });
    expect(byTestId('confirmation')[0]!.textContent).toContain('09:30–10:00');
  });

  it('sends the ids of the attached files, and waits while one is still uploading', async () => {
    const photo = {
      id: 'up_photo1',
      name: '商标样稿.png',
      contentType: 'image/png',
      size: 120_000,
      url: '/files/uploads/u-co/a.png',
    };
    const answer = deferred<typeof photo>();
    uploads.uploadAttachment.mockReturnValue(answer.promise);
    jest.spyOn(Taro, 'chooseImage').mockResolvedValue({
      errMsg: 'ok',
      tempFilePaths: ['blob:p1'],
      tempFiles: [{ path: 'blob:p1', size: 120_000, originalFileObj: { name: '商标样稿.png' } }],
    } as never);
    api.book.mockResolvedValue(aBooking({ question: QUESTION }));
    page = await openBooking();
    await fillIn(page);

    (byTestId('attachment-add')[0] as HTMLElement).click();
    await waitFor(() =>
      expect(byTestId('attachment').map((e) => e.getAttribute('data-status'))).toEqual(['uploading']),
    );
    expect(uploads.uploadAttachment).toHaveBeenCalledWith(
      expect.objectContaining({ filePath: 'blob:p1', name: '商标样稿.png', purpose: 'booking' }),
    );
    tapText('确认预约');
    expect(toastTitles(taro)).toContain('附件还在上传，请稍候再提交');
    expect(api.book).not.toHaveBeenCalled();

    answer.resolve(photo);
    await waitFor(() => expect(byTestId('attachment').map((e) => e.getAttribute('data-status'))).toEqual(['done']));
    tapText('确认预约');
    await waitFor(() => expect(byTestId('confirmation')).toHaveLength(1));
    expect(api.book).toHaveBeenCalledWith(expect.objectContaining({ question: QUESTION, attachments: ['up_photo1'] }));
  });

  it('asks for a topic, a slot and a question before sending anything', async () => {
    page = await openBooking();
    await waitForForm();
    typeField(page.utils, 'question', '太短');
    tapText('确认预约');
    await waitForText('请选择咨询主题');
    expect(bodyText()).toContain('请至少输入5个字');
    expect(bodyText()).toContain('请选择预约时段');
    expect(api.book).not.toHaveBeenCalled();
  });

  it('on WeChat asks for reminder subscriptions from the tap, and a refusal does not stop the booking', async () => {
    const ask = jest
      .spyOn(Taro, 'requestSubscribeMessage')
      .mockRejectedValue({ errMsg: 'requestSubscribeMessage:fail cancel', errCode: 20004 });
    api.book.mockResolvedValue(aBooking());
    page = await openBooking();
    await fillIn(page);

    process.env.TARO_APP_SUBSCRIBE_TEMPLATES = 'tpl-booked, tpl-remind,';
    process.env.TARO_ENV = 'weapp';
    tapText('确认预约');
    process.env.TARO_ENV = 'h5';

    await waitFor(() => expect(byTestId('confirmation')).toHaveLength(1));
    expect(ask).toHaveBeenCalledTimes(1);
    expect(ask).toHaveBeenCalledWith({ tmplIds: ['tpl-booked', 'tpl-remind'] });
    expect(api.book).toHaveBeenCalledTimes(1);
    expect(toastTitles(taro)).toEqual([]);
  });

  it('tells a non-company role why it cannot book, and leads to 我的 to switch', async () => {
    useAppStore.setState({ me: LIAISON_ME });
    page = await mountPage(BookPage, { stationId: STATION_ID });
    await waitForText('预约咨询需以企业用户身份进行');
    expect(bodyText()).toContain('您当前的身份是联络员');
    expect(bodyText()).not.toContain('确认预约');
    expect(api.listConsultants).not.toHaveBeenCalled();
    tapText('前往“我的”切换身份');
    expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/me/index' });
  });

  it('asks a guest to log in', async () => {
    useAppStore.setState({ signedIn: false, me: null, meState: 'idle' });
    page = await mountPage(BookPage, { stationId: STATION_ID });
    await waitForText('登录后即可预约咨询');
    expect(bodyText()).not.toContain('确认预约');
    tapText('登录');
    expect(taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/account/pages/login/index' });
  });
});

describe('reminder subscription helper', () => {
  afterEach(() => {
    jest.restoreAllMocks();
    process.env.TARO_ENV = 'h5';
  });

  it('reads at most three template ids from the comma-separated setting', () => {
    expect(subscribeTemplateIds('booking', '')).toEqual([]);
    expect(subscribeTemplateIds('booking', ' a , b,,c ,d')).toEqual(['a', 'b', 'c']);
  });

  it('keys template ids by the tap they are asked from; an id without a kind is a booking one', () => {
    const raw = 'tplA, booking:tplB, request:tplC, assignment:tplD, training:tplE, training:tplF';
    expect(subscribeTemplateIds('booking', raw)).toEqual(['tplA', 'tplB']);
    expect(subscribeTemplateIds('request', raw)).toEqual(['tplC']);
    expect(subscribeTemplateIds('assignment', raw)).toEqual(['tplD']);
    expect(subscribeTemplateIds('training', raw)).toEqual(['tplE', 'tplF']);
  });

  it('asks only on WeChat and with templates, and turns a refusal into false', async () => {
    const ask = jest.spyOn(Taro, 'requestSubscribeMessage');
    await expect(requestSubscriptions('booking', ['t1'])).resolves.toBe(false); // H5
    expect(ask).not.toHaveBeenCalled();

    process.env.TARO_ENV = 'weapp';
    await expect(requestSubscriptions('booking', [])).resolves.toBe(false);
    expect(ask).not.toHaveBeenCalled();
    ask.mockRejectedValueOnce(new Error('requestSubscribeMessage:fail can only be invoked by user TAP gesture.'));
    await expect(requestSubscriptions('booking', ['t1'])).resolves.toBe(false);
    ask.mockResolvedValueOnce({ errMsg: 'requestSubscribeMessage:ok', t1: 'reject' } as never);
    await expect(requestSubscriptions('booking', ['t1'])).resolves.toBe(true);
    expect(ask).toHaveBeenCalledWith({ tmplIds: ['t1'] });
  });
});
