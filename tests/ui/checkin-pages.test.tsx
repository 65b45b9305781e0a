/**
 * 培训签到: the trainee's scan page (the code that opened it, the scan button, every answer in
 * Chinese, a bad scan never blocking the next), the chief's 签到二维码 screen and 手动签到.
 */
import Taro from '@tarojs/taro';
import type { Attendee, CheckinResult, LiveCount, OutputOf } from '@core/contract';
import { shanghaiInstant } from '@core/rules/time';
import ManualPage from '@/packages/checkin/pages/manual/index';
import ScanPage from '@/packages/checkin/pages/scan/index';
import ScreenPage from '@/packages/checkin/pages/screen/index';
import * as checkin from '@/services/checkin';
import { ServiceError } from '@/services/errors';
import { useAppStore } from '@/store';
import { CHIEF_ME } from './support/consult-fixtures';
import {
  bodyText,
  byTestId,
  fieldError,
  fieldInput,
  mountPage,
  tapText,
  typeField,
  waitFor,
  waitForForm,
  waitForText,
  type MountedPage,
} from './support/page-harness';
import { signedInPages, taro } from './support/page-lifecycle';
import { navigatedUrls, toastTitles } from './support/taro-mocks';

jest.mock('@/services/checkin');
jest.mock('@/services/account');
const api = jest.mocked(checkin);

/** A well-formed token: session code, window, MAC (the server decides whether it is valid). */
const TOKEN = 'c1230001' + '0000abc' + 'ABCDEFGHIJKL';
const OTHER_TOKEN = 'c1230001' + '0000abd' + 'MNOPQRSTUVWX';
const SESSION_ID = 'tr-1';
const AT = shanghaiInstant('2025-03-03', '09:05');

const result = (overrides: Partial<CheckinResult> = {}): CheckinResult => ({
  sessionId: SESSION_ID,
  title: '专利检索实务培训',
  name: '王小明',
  already: false,
  at: AT,
  late: false,
  walkIn: false,
  ...overrides,
});

let scanCode: jest.SpyInstance;
let page: MountedPage | undefined;
signedInPages(CHIEF_ME);
beforeEach(() => {
  scanCode = jest.spyOn(Taro, 'scanCode');
});

describe('培训签到 (the trainee)', () => {
  it('checks in with the token of the code that opened the page and says so', async () => {
    api.checkIn.mockResolvedValue(result({ late: true }));
    page = await mountPage(ScanPage, { token: TOKEN });
    await waitForText('签到成功');
    expect(api.checkIn).toHaveBeenCalledTimes(1);
    expect(api.checkIn).toHaveBeenCalledWith({ token: TOKEN });
    expect(byTestId('checkin-details')[0]!.textContent).toBe('王小明 · 签到时间 03-03 09:05 · 迟到');
    expect(bodyText()).toContain('专利检索实务培训');
  });

  it('reads the scene WeChat passes when the mini program code opened it', async () => {
    api.checkIn.mockResolvedValue(result());
    page = await mountPage(ScanPage, { scene: TOKEN });
    await waitForText('签到成功');
    expect(api.checkIn).toHaveBeenCalledWith({ token: TOKEN });
  });

  it('a second scan says 已签到 with the first time, not an error', async () => {
    api.checkIn.mockResolvedValue(result({ already: true }));
    page = await mountPage(ScanPage, { token: TOKEN });
    await waitForText('已签到（首次签到时间 03-03 09:05）');
    expect(byTestId('checkin-refused')).toHaveLength(0);
  });

  it('shows a refusal, and the scan button still checks in with the next code', async () => {
    api.checkIn
      .mockRejectedValueOnce(new ServiceError('CONFLICT', '二维码已过期，请扫描现场最新的二维码'))
      .mockResolvedValueOnce(result());
    page = await mountPage(ScanPage, { token: TOKEN });
    await waitForText('二维码已过期，请扫描现场最新的二维码');

    scanCode.mockResolvedValue({
      errMsg: 'scanCode:ok',
      result: `http://192.168.1.20:3000/#/packages/checkin/pages/scan/index?token=${OTHER_TOKEN}`,
    } as never);
    tapText('扫码签到');
    await waitForText('签到成功');
    expect(api.checkIn).toHaveBeenLastCalledWith({ token: OTHER_TOKEN });
    expect(api.checkIn).toHaveBeenCalledTimes(2);
  });

  it('says a code that is not a check-in code is not one, without asking the server; the next scan works', async () => {
    api.checkIn.mockResolvedValue(result());
    page = await mountPage(ScanPage, { sessionId: SESSION_ID });
    scanCode.mockResolvedValueOnce({ errMsg: 'scanCode:ok', result: 'https://example.com/anything' } as never);
    tapText('扫码签到');
    await waitForText('这不是签到二维码，请扫描现场的签到二维码');
    expect(api.checkIn).not.toHaveBeenCalled();

    // A mini program code comes back as its path, the scene encoded.
    scanCode.mockResolvedValueOnce({
      errMsg: 'scanCode:ok',
      result: '',
      path: `packages/checkin/pages/scan/index?scene=${encodeURIComponent(TOKEN)}`,
    } as never);
    tapText('扫码签到');
    await waitForText('签到成功');
    // Opened from the session's page: the server refuses another session's code.
    expect(api.checkIn).toHaveBeenCalledWith({ token: TOKEN, sessionId: SESSION_ID });
  });

  it('closing the camera changes nothing; a camera that cannot open is explained', async () => {
    page = await mountPage(ScanPage);
    scanCode.mockRejectedValueOnce({ errMsg: 'scanCode:fail cancel' });
    tapText('扫码签到');
    await waitFor(() => expect(scanCode).toHaveBeenCalledTimes(1));
    await page.utils.act(async () => {
      await Promise.resolve(); // let the page handle the rejected scan
    });
    expect(byTestId('checkin-refused')).toHaveLength(0);
    expect(bodyText()).toContain('请扫描培训现场屏幕上的签到二维码');
    scanCode.mockRejectedValueOnce({ errMsg: 'scanCode:fail not supported' });
    tapText('扫码签到');
    await waitForText('无法打开扫码');
    expect(api.checkIn).not.toHaveBeenCalled();
  });

  it('asks a guest (H5) to sign in first and sends nothing', async () => {
    useAppStore.setState({ signedIn: false, me: null, meState: 'idle' });
    page = await mountPage(ScanPage, { token: TOKEN });
    await waitFor(() => expect(byTestId('gate-login')).toHaveLength(1));
    expect(api.checkIn).not.toHaveBeenCalled();
  });
});

const CODE: OutputOf<'checkin', 'getCode'> = {
  sessionId: SESSION_ID,
  title: '专利检索实务培训',
  startAt: AT,
  endAt: AT + 2 * 3600_000,
  opensAt: AT - 30 * 60_000,
  closesAt: AT + 2 * 3600_000,
  token: TOKEN,
  expiresAt: AT + 30_000,
  refreshInMs: 30_000,
  image: 'data:image/png;base64,iVBORw0KGgo=',
  kind: 'url',
  url: `http://192.168.1.20:3000/#/packages/checkin/pages/scan/index?token=${TOKEN}`,
};
const COUNT: LiveCount = {
  sessionId: SESSION_ID,
  checkedIn: 12,
  signedUp: 25,
  walkIns: 2,
  notYet: 15,
  capacity: 30,
  seatsLeft: 3,
  recent: [{ name: '王小明', companyName: '示例科技', at: AT, late: false, walkIn: false }],
};

describe('签到二维码 (the chief)', () => {
  it('shows the big code, the countdown and the live count; 手动签到 opens the manual page', async () => {
    api.getCode.mockResolvedValue(CODE);
    api.getLiveCount.mockResolvedValue(COUNT);
    page = await mountPage(ScreenPage, { sessionId: SESSION_ID });
    await waitFor(() => expect(byTestId('checkin-code')).toHaveLength(1));
    expect(byTestId('checkin-code')[0]!.getAttribute('src')).toBe(CODE.image);
    expect(api.getCode).toHaveBeenCalledWith({ sessionId: SESSION_ID });
    expect(byTestId('checkin-countdown')[0]!.textContent).toMatch(/^二维码 \d+ 秒后刷新$/);
    await waitFor(() => expect(byTestId('count-checked-in')[0]?.textContent).toBe('12已签到'));
    expect(byTestId('count-signed-up')[0]!.textContent).toBe('25已报名');
    expect(byTestId('count-walk-ins')[0]!.textContent).toBe('2现场报名');
    expect(bodyText()).toContain('王小明（示例科技）');

    tapText('手动签到');
    expect(navigatedUrls(taro)).toEqual([`/packages/checkin/pages/manual/index?sessionId=${SESSION_ID}`]);
  });

  it('asks for nothing while hidden or after it is left, and asks at once when shown again', async () => {
    // The page's own timers run on a clock the test moves (still moving by itself, for waitFor).
    jest.useFakeTimers({ advanceTimers: true });
    try {
      api.getCode.mockResolvedValue(CODE);
      api.getLiveCount.mockResolvedValue(COUNT);
      page = await mountPage(ScreenPage, { sessionId: SESSION_ID });
      await waitFor(() => expect(byTestId('count-checked-in')).toHaveLength(1));
      const advance = (ms: number) => page!.utils.act(async () => void (await jest.advanceTimersByTimeAsync(ms)));

      // Shown: the count is asked again every 5 s, a new code when the 30 s window turns.
      await advance(5_000);
      expect(api.getLiveCount).toHaveBeenCalledTimes(2);
      await advance(26_000);
      expect(api.getCode).toHaveBeenCalledTimes(2);
      const counted = api.getLiveCount.mock.calls.length;

      await page.trigger('componentDidHide');
      await advance(120_000);
      expect(api.getCode).toHaveBeenCalledTimes(2);
      expect(api.getLiveCount).toHaveBeenCalledTimes(counted);

      await page.trigger('componentDidShow');
      await waitFor(() => expect(api.getCode).toHaveBeenCalledTimes(3));
      expect(api.getLiveCount).toHaveBeenCalledTimes(counted + 1);

      page.unmount();
      await advance(120_000);
      expect(api.getCode).toHaveBeenCalledTimes(3);
      expect(api.getLiveCount).toHaveBeenCalledTimes(counted + 1);
    } finally {
      jest.useRealTimers();
    }
  });

  it('says why there is no code, and 重新获取 asks again', async () => {
    api.getCode.mockRejectedValueOnce(new ServiceError('CONFLICT', '培训已结束，无法签到')).mockResolvedValueOnce(CODE);
    api.getLiveCount.mockResolvedValue(COUNT);
    page = await mountPage(ScreenPage, { sessionId: SESSION_ID });
    await waitForText('培训已结束，无法签到');
    tapText('重新获取');
    await waitFor(() => expect(byTestId('checkin-code')).toHaveLength(1));
  });
});

const attendee = (overrides: Partial<Attendee> = {}): Attendee => ({
  signupId: `${SESSION_ID}:u-1`,
  name: '赵老板',
  companyName: '示例科技',
  mobile: '13900001111',
  status: 'confirmed',
  source: 'self',
  ...overrides,
});

describe('手动签到 (the chief)', () => {
  it('checks in someone from the list and refreshes it', async () => {
    api.listAttendees
      .mockResolvedValueOnce({ items: [attendee()], total: 1, page: 1, pageSize: 20 })
      .mockResolvedValue({ items: [], total: 0, page: 1, pageSize: 20 });
    api.manualCheckIn.mockResolvedValue(result({ name: '赵老板' }));
    page = await mountPage(ManualPage, { sessionId: SESSION_ID });
    await waitForText('赵老板');
    expect(api.listAttendees).toHaveBeenCalledWith({ sessionId: SESSION_ID, filter: 'pending', page: 1, pageSize: 20 });
    tapText('签到');
    await waitFor(() =>
      expect(api.manualCheckIn).toHaveBeenCalledWith({ sessionId: SESSION_ID, signupId: `${SESSION_ID}:u-1` }),
    );
    await waitFor(() => expect(toastTitles(taro)).toContain('赵老板签到成功'));
    await waitForText('报名的人都已签到');
  });

  it('registers a walk-in; the server’s field errors show under the fields and what was typed stays', async () => {
    api.listAttendees.mockResolvedValue({ items: [], total: 0, page: 1, pageSize: 20 });
    api.manualCheckIn.mockRejectedValueOnce(
      new ServiceError('INVALID_INPUT', '手机号：格式不正确', { 'walkIn.mobile': '手机号：格式不正确' }),
    );
    page = await mountPage(ManualPage, { sessionId: SESSION_ID });
    await waitForForm();
    typeField(page.utils, 'name', '钱女士');
    typeField(page.utils, 'mobile', '1390000');
    typeField(page.utils, 'companyName', '北京示例科技有限公司');
    tapText('登记并签到');
    await waitFor(() => expect(fieldError('mobile')).toBe('手机号：格式不正确'));
    expect(api.manualCheckIn).toHaveBeenCalledWith({
      sessionId: SESSION_ID,
      walkIn: { name: '钱女士', mobile: '1390000', companyName: '北京示例科技有限公司' },
    });
    expect((document.querySelector('[data-field="name"] input') as HTMLInputElement).value).toBe('钱女士');

    // Corrected and sent again: checked in, the form emptied for the next person, the list reloaded.
    api.manualCheckIn.mockResolvedValueOnce(result({ name: '钱女士', walkIn: true }));
    const listed = api.listAttendees.mock.calls.length;
    typeField(page.utils, 'mobile', '13900001234');
    tapText('登记并签到');
    await waitFor(() => expect(toastTitles(taro)).toContain('钱女士签到成功'));
    expect(api.manualCheckIn).toHaveBeenLastCalledWith({
      sessionId: SESSION_ID,
      walkIn: { name: '钱女士', mobile: '13900001234', companyName: '北京示例科技有限公司' },
    });
    await waitFor(() => expect(fieldInput('name').value).toBe(''));
    expect(fieldError('mobile')).toBeNull();
    expect(api.listAttendees.mock.calls.length).toBeGreaterThan(listed);
  });
});
