/** 预约规则: the chief reads and sets the station's booking rules; nobody else gets the page. */
import WorkPage from '@/pages/work/index';
import BookingRulesPage from '@/packages/consult/pages/booking-rules/index';
import * as account from '@/services/account';
import * as consult from '@/services/consult';
import { ServiceError } from '@/services/errors';
import { useAppStore } from '@/store';
import { CHIEF_ME, LIAISON_ME, RULES, STATION_ID } from './support/consult-fixtures';
import {
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
  type MountedPage,
} from './support/page-harness';
import { signedInPages, taro } from './support/page-lifecycle';
import { toastTitles } from './support/taro-mocks';

jest.mock('@/services/consult', () => require('./support/consult-mock').consultMock());
jest.mock('@/services/account');
const api = jest.mocked(consult);
const acc = account as jest.Mocked<typeof account>;

let page: MountedPage | undefined;
signedInPages(CHIEF_ME);

async function open(): Promise<MountedPage> {
  api.getBookingRules.mockResolvedValue(RULES);
  const p = await mountPage(BookingRulesPage);
  await waitFor(() => expect(document.querySelector('[data-field="horizonDays"]')).not.toBeNull());
  await waitForForm();
  return p;
}

describe('预约规则', () => {
  it("shows the station's rules in words and saves the changed ones", async () => {
    api.setBookingRules.mockImplementation(async ({ stationId: _s, ...rules }) => rules);
    page = await open();
    expect(api.getBookingRules).toHaveBeenCalledWith({ stationId: STATION_ID });
    expect(fieldInput('minNoticeMinutes').value).toBe('120');
    expect(fieldInput('horizonDays').value).toBe('30');
    expect(fieldInput('maxOpenPerCompany').value).toBe('3');
    expect(byTestId('hint-minNoticeMinutes')[0]!.textContent).toBe('即：须至少提前2小时预约');

    typeField(page.utils, 'minNoticeMinutes', '90');
    typeField(page.utils, 'horizonDays', '14');
    await waitFor(() => expect(byTestId('hint-minNoticeMinutes')[0]!.textContent).toBe('即：须至少提前90分钟预约'));
    expect(byTestId('hint-horizonDays')[0]!.textContent).toBe('即：可预约今天起 14 天内的时段');
    tapText('保存');
    await waitFor(() => expect(api.setBookingRules).toHaveBeenCalledTimes(1));
    expect(api.setBookingRules).toHaveBeenCalledWith({
      stationId: STATION_ID,
      minNoticeMinutes: 90,
      horizonDays: 14,
      maxOpenPerCompany: 3,
    });
    await waitFor(() => expect(toastTitles(taro)).toContain('预约规则已保存'));
  });

  it('checks before sending: whole numbers within the limits, the messages under the fields', async () => {
    page = await open();
    typeField(page.utils, 'horizonDays', '0');
    typeField(page.utils, 'maxOpenPerCompany', '25');
    typeField(page.utils, 'minNoticeMinutes', '');
    tapText('保存');
    await waitFor(() => expect(fieldError('horizonDays')).toBe('可预约天数：应在 1–90天之间'));
    expect(fieldError('maxOpenPerCompany')).toBe('每家企业未完成预约上限：应在 1–20个之间');
    expect(fieldError('minNoticeMinutes')).toBe('最短提前预约分钟数：请输入整数');
    expect(byTestId('hint-minNoticeMinutes')[0]!.textContent).toBe('单位：分钟（0–10080）');
    expect(api.setBookingRules).not.toHaveBeenCalled();
    typeField(page.utils, 'horizonDays', '7');
    await waitFor(() => expect(fieldError('horizonDays')).toBeNull());
  });

  it("shows the server's refusal under its field and keeps what was typed", async () => {
    api.setBookingRules.mockRejectedValue(
      new ServiceError('INVALID_INPUT', '可预约天数：数值不能大于90', { horizonDays: '可预约天数：数值不能大于90' }),
    );
    page = await open();
    typeField(page.utils, 'horizonDays', '60');
    tapText('保存');
    await waitFor(() => expect(fieldError('horizonDays')).toBe('可预约天数：数值不能大于90'));
    expect(fieldInput('horizonDays').value).toBe('60');
  });

  it('is for the chief only', async () => {
    useAppStore.setState({ me: LIAISON_ME });
    page = await mountPage(BookingRulesPage);
    await waitFor(() => expect(byTestId('gate-role')).toHaveLength(1));
    expect(api.getBookingRules).not.toHaveBeenCalled();
  });

  it('is opened from 工作台 by an acting chief', async () => {
    acc.me.mockResolvedValue(CHIEF_ME);
    acc.getCompany.mockResolvedValue({} as never);
    useAppStore.setState({ me: null, meState: 'idle' });
    page = await showPage(WorkPage);
    await waitForText('预约规则');
    tapText('预约规则');
    expect(taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/consult/pages/booking-rules/index' });
  });

  it('is not on 工作台 for anyone else', async () => {
    acc.me.mockResolvedValue(LIAISON_ME);
    useAppStore.setState({ me: null, meState: 'idle' });
    page = await showPage(WorkPage);
    await waitForText(LIAISON_ME.user.displayName);
    expect(document.body.textContent).not.toContain('预约规则');
  });
});
