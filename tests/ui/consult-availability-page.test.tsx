import AvailabilityPage from '@/packages/consult/pages/availability/index';
import * as consult from '@/services/consult';
import { ServiceError } from '@/services/errors';
import { useAppStore } from '@/store';
import { CHIEF_ME, COMPANY_ME, CONSULTANTS, LIAISON_ME, STATION_ID, anAvailability } from './support/consult-fixtures';
import {
  bodyText,
  byTestId,
  mountPage,
  pickField,
  tapText,
  waitFor,
  waitForText,
  type MountedPage,
} from './support/page-harness';
import { signedInPages, taro } from './support/page-lifecycle';
import { toastTitles } from './support/taro-mocks';

jest.mock('@/services/consult', () => require('./support/consult-mock').consultMock());
jest.mock('@/services/account');
const api = jest.mocked(consult);

function row(testId: 'rule-row' | 'exception-row', index: number): Element {
  const el = byTestId(testId).find((r) => r.getAttribute('data-index') === String(index));
  if (!el) throw new Error(`no ${testId} ${index}`);
  return el;
}

function tapIn(root: Element, testId: string, value: string): void {
  const el = root.querySelector(`[data-testid="${testId}"][data-value="${value}"]`) as HTMLElement | null;
  if (!el) throw new Error(`no ${testId} ${value}`);
  el.click();
}

/** Chooses a time or date in the PickerField named `name`, as the platform picker reports it. */
function pickValue(page: MountedPage, name: string, value: string): void {
  const picker = document.querySelector(`[data-field="${name}"] taro-picker-core`);
  if (!picker) throw new Error(`no picker for ${name}`);
  page.utils.act(() => {
    picker.dispatchEvent(new CustomEvent('change', { detail: { value }, bubbles: true }));
  });
}

const activeDays = (r: Element) =>
  Array.from(r.querySelectorAll('[data-testid="weekday"][data-active="true"]')).map((d) =>
    d.getAttribute('data-value'),
  );

let page: MountedPage | undefined;

signedInPages(LIAISON_ME);
beforeEach(() => {
  api.getAvailability.mockResolvedValue(anAvailability());
  api.listConsultants.mockResolvedValue(CONSULTANTS);
});

describe('咨询时间 page', () => {
  it("sends the rows it shows, and shows the server's field error under the right row", async () => {
    api.saveAvailability
      .mockRejectedValueOnce(
        new ServiceError('INVALID_INPUT', '结束时间须晚于开始时间', { 'rules.1.end': '结束时间须晚于开始时间' }),
      )
      .mockImplementation(async (input) => ({ ...anAvailability(), ...input, updatedAt: Date.now() }) as never);
    page = await mountPage(AvailabilityPage);

    await waitFor(() => expect(byTestId('rule-row')).toHaveLength(2));
    expect(api.getAvailability).toHaveBeenCalledWith({ stationId: STATION_ID, consultantId: 'u-li' });
    expect(bodyText()).toContain('不会取消已有的预约');
    expect(activeDays(row('rule-row', 0))).toEqual(['1', '3']);
    expect(activeDays(row('rule-row', 1))).toEqual(['5']);
    expect(row('rule-row', 1).textContent).toContain('14:00');
    expect(row('rule-row', 1).textContent).toContain('60分钟');
    expect(row('rule-row', 1).textContent).toContain('电话');
    expect(row('exception-row', 0).textContent).toContain('2026-12-01');

    // Edit: Tuesday on row 1's days, row 2 ends at 18:00 by video, and a day of extra hours.
    tapIn(row('rule-row', 0), 'weekday', '2');
    pickValue(page, 'rules.1.end', '18:00');
    pickField(page.utils, 'rules.1.channel', 2);
    tapText('添加例外日期');
    await waitFor(() => expect(byTestId('exception-row')).toHaveLength(2));
    tapIn(row('exception-row', 1), 'exception-kind', 'extra');
    pickValue(page, 'exceptions.1.date', '2026-12-05');
    await waitFor(() => expect(row('exception-row', 1).textContent).toContain('2026-12-05'));
    await waitFor(() => expect(row('rule-row', 1).textContent).toContain('视频'));

    tapText('保存');
    await waitFor(() => expect(api.saveAvailability).toHaveBeenCalledTimes(1));
    expect(api.saveAvailability).toHaveBeenCalledWith({
      stationId: STATION_ID,
      consultantId: 'u-li',
      rules: [
        {
          weekdays: [1, 2, 3],
          start: '09:00',
          end: '12:00',
          slotMinutes: 30,
          channel: 'onsite',
          location: '二层咨询室',
        },
        { weekdays: [5], start: '14:00', end: '18:00', slotMinutes: 60, channel: 'video' },
      ],
      exceptions: [
        { kind: 'off', date: '2026-12-01', note: '年假' },
        { kind: 'extra', date: '2026-12-05', start: '09:00', end: '12:00', slotMinutes: 30, channel: 'onsite' },
      ],
    });

    await waitFor(() => expect(row('rule-row', 1).textContent).toContain('结束时间须晚于开始时间'));
    expect(document.querySelector('[data-testid="error-rules.1.end"]')?.textContent).toBe('结束时间须晚于开始时间');
    expect(row('rule-row', 0).textContent).not.toContain('结束时间须晚于开始时间');
    // What was typed stays.
    expect(activeDays(row('rule-row', 0))).toEqual(['1', '2', '3']);

    // Changing the row clears its message; saving again succeeds.
    pickValue(page, 'rules.1.end', '17:30');
    await waitFor(() => expect(row('rule-row', 1).textContent).not.toContain('结束时间须晚于开始时间'));
    tapText('保存');
    await waitFor(() => expect(toastTitles(taro)).toContain('已保存'));
    expect(api.saveAvailability).toHaveBeenCalledTimes(2);
    expect(api.saveAvailability.mock.calls[1]![0].rules[1]).toMatchObject({ end: '17:30' });
  });

  it('catches a rule without days before sending', async () => {
    page = await mountPage(AvailabilityPage);
    await waitFor(() => expect(byTestId('rule-row')).toHaveLength(2));
    tapIn(row('rule-row', 1), 'weekday', '5');
    await waitFor(() => expect(activeDays(row('rule-row', 1))).toEqual([]));
    tapText('保存');
    await waitFor(() => expect(row('rule-row', 1).textContent).toContain('请至少选择一天'));
    expect(api.saveAvailability).not.toHaveBeenCalled();
  });

  it('removes and adds weekly rows', async () => {
    api.saveAvailability.mockImplementation(async (input) => ({ ...anAvailability(), ...input }) as never);
    page = await mountPage(AvailabilityPage);
    await waitFor(() => expect(byTestId('rule-row')).toHaveLength(2));
    const remove = row('rule-row', 0).querySelector('.nut-button') as HTMLElement;
    remove.click();
    await waitFor(() => expect(byTestId('rule-row')).toHaveLength(1));
    tapText('添加每周安排');
    await waitFor(() => expect(byTestId('rule-row')).toHaveLength(2));
    tapText('保存');
    await waitFor(() => expect(api.saveAvailability).toHaveBeenCalledTimes(1));
    expect(api.saveAvailability.mock.calls[0]![0].rules).toEqual([
      { weekdays: [5], start: '14:00', end: '17:00', slotMinutes: 60, channel: 'phone' },
      { weekdays: [1, 2, 3, 4, 5], start: '09:00', end: '12:00', slotMinutes: 30, channel: 'onsite' },
    ]);
  });

  it("lets a chief edit any consultant's time at the station, also someone who has set none yet", async () => {
    useAppStore.setState({ me: CHIEF_ME });
    api.listStationMembers.mockResolvedValue([
      { id: 'u-li', name: '李联络', role: 'liaison', hasPattern: true },
      { id: 'u-new', name: '新联络', role: 'liaison', hasPattern: false },
      { id: 'u-ex', name: '王专家', role: 'expert', hasPattern: true },
    ]);
    api.getAvailability.mockImplementation(async ({ consultantId }) =>
      anAvailability({ consultantId, consultantName: consultantId === 'u-ex' ? '王专家' : '赵站长', rules: [] }),
    );
    page = await mountPage(AvailabilityPage, { stationId: STATION_ID, consultantId: 'u-li' });
    await waitForText('还没有每周安排');
    expect(api.getAvailability).toHaveBeenCalledWith({ stationId: STATION_ID, consultantId: 'u-li' });
    tapIn(document.body, 'consultant', 'u-ex');
    await waitFor(() =>
      expect(api.getAvailability).toHaveBeenLastCalledWith({ stationId: STATION_ID, consultantId: 'u-ex' }),
    );
    expect(api.listStationMembers).toHaveBeenCalledWith({ stationId: STATION_ID });
    expect(document.body.textContent).toContain('新联络（未设置）');
    tapIn(document.body, 'consultant', 'u-new');
    await waitFor(() =>
      expect(api.getAvailability).toHaveBeenLastCalledWith({ stationId: STATION_ID, consultantId: 'u-new' }),
    );
  });

  it('tells company staff it is for station staff', async () => {
    useAppStore.setState({ me: COMPANY_ME });
    page = await mountPage(AvailabilityPage);
    await waitForText('设置咨询时间需以联络员、志愿服务专家、站长或管理员身份进行');
    expect(api.getAvailability).not.toHaveBeenCalled();
  });
});
