/**
 * 服务评价 (004 §9.1): the page asks for the station picked and this Shanghai month (then the one
 * stepped to) and says which it shows; a time check shows its rate, in red under 100 %, with its
 * late records and their Shanghai dates; 「发起整改」 opens 整改事项 with the finding, and 整改事项
 * opened so shows its 新建整改 form filled in (an admin's on the station reviewed).
 */
import ImprovementsPage from '@/packages/quality/pages/improvements/index';
import ReviewPage from '@/packages/quality/pages/review/index';
import type { ServiceReview } from '@core/contract';
import { periodLabel, periodRange } from '@core/rules/rollups';
import { shanghaiInstant } from '@core/rules/time';
import * as consult from '@/services/consult';
import * as directoryService from '@/services/directory';
import * as quality from '@/services/quality';
import { improvementForFinding } from '@/packages/quality/lib/links';
import { useAppStore } from '@/store';
import { atNow } from './support/clock';
import { CHIEF_ME, STATION_ID, STATION_NAME } from './support/consult-fixtures';
import { aPage, aStation } from './support/directory-fixtures';
import {
  bodyText,
  byTestId,
  fieldInput,
  pickField,
  showPage,
  tapText,
  waitFor,
  waitForForm,
  waitForText,
} from './support/page-harness';
import { signedInPages, taro } from './support/page-lifecycle';
import { toastTitles } from './support/taro-mocks';
import { ADMIN_ME, DISTRICT_ADMIN_ME } from './support/roles';

jest.mock('@/services/quality');
jest.mock('@/services/complaint');
jest.mock('@/services/directory');
jest.mock('@/services/consult', () => require('./support/consult-mock').consultMock());
const api = jest.mocked(quality);
const directory = jest.mocked(directoryService);
const con = jest.mocked(consult);

// Four in the morning of 1 December in Shanghai is still 30 November in UTC: the page's month is
// Shanghai's.
atNow(shanghaiInstant('2026-12-01', '04:00'));
signedInPages(CHIEF_ME);

const LATE_FINDING = '服务需求受理：1 件超过时限（2个工作日内受理（004 8.4 c））';
const OTHER_STATION = { id: 'st-cy', name: '朝阳区知识产权工作站' };

/** The review the server would send for `input` (the period's range and label as it works them out). */
function aReview(input: Parameters<typeof quality.serviceReview>[0]): ServiceReview {
  const kind = input.period.kind ?? 'month';
  const range = periodRange(kind, input.period.anchor, input.period.to);
  const other = input.stationId === OTHER_STATION.id;
  return {
    stationId: other ? OTHER_STATION.id : STATION_ID,
    stationName: other ? OTHER_STATION.name : STATION_NAME,
    period: { ...range, label: periodLabel(kind, range) },
    external: {
      ratings: [{ kind: 'consult', label: '咨询服务', count: 12, mean: 4.5, low: 1 }],
      complaints: { total: 1, byStatus: [{ label: '已办结', count: 1 }], overdue: 0 },
    },
    internal: [
      {
        id: 'request-accept',
        title: '服务需求受理',
        standard: '2个工作日内受理（004 8.4 c）',
        total: 4,
        onTime: 3,
        rate: 75,
        // Seven in the morning in Shanghai: the day before in UTC.
        late: [{ label: '北京未来芯材科技有限公司', at: shanghaiInstant('2026-11-03', '07:00') }],
      },
      { id: 'follow-up', title: '按期回访', standard: '回访日期当天完成', total: 2, onTime: 2, rate: 100, late: [] },
    ],
    itemLimits: [{ name: '专利预审', timeLimit: '5个工作日' }],
    findings: [{ source: 'self_check', text: LATE_FINDING }],
  };
}

beforeEach(() => {
  api.serviceReview.mockImplementation(async (input) => aReview(input));
});

/** The query of `url` as the mini program hands it to the page: still URL-encoded. */
function rawParams(url: string): Record<string, string> {
  const query = url.split('?')[1] ?? '';
  return Object.fromEntries(query.split('&').map((pair) => pair.split('=') as [string, string]));
}

const rowText = (el: Element | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('服务评价', () => {
  it('asks for the station an admin picks and this Shanghai month, and shows which it is', async () => {
    useAppStore.setState({ me: ADMIN_ME });
    directory.listStations.mockResolvedValue(aPage([aStation(OTHER_STATION)]));
    const page = await showPage(ReviewPage);
    await waitForText('请选择要查看服务评价的服务站点');

    pickField(page.utils, 'stationId', 0);

    await waitFor(() => expect(rowText(byTestId('review-station')[0])).toBe(OTHER_STATION.name));
    expect(api.serviceReview).toHaveBeenCalledTimes(1);
    expect(api.serviceReview).toHaveBeenCalledWith({
      stationId: OTHER_STATION.id,
      period: { kind: 'month', anchor: '2026-12-01' },
    });
    expect(rowText(byTestId('period-label')[0])).toBe('2026年12月');
    expect(rowText(byTestId('review-period')[0])).toBe('2026年12月（2026-12-01 至 2026-12-31）');
  });

  it('asks for the month before when stepped back, and shows it', async () => {
    await showPage(ReviewPage);
    await waitForText('2026年12月（');

    tapText('‹ 上一月');

    await waitForText('2026年11月（2026-11-01 至 2026-11-30）');
    expect(api.serviceReview).toHaveBeenLastCalledWith({ period: { kind: 'month', anchor: '2026-11-30' } });
    expect(rowText(byTestId('period-label')[0])).toBe('2026年11月');
  });

  it('shows each time check with its rate, short ones marked, and the late records with their Shanghai date', async () => {
    await showPage(ReviewPage);

    await waitFor(() => expect(byTestId('review-check')).toHaveLength(2));

    const checks = byTestId('review-check');
    expect(checks.map((c) => c.getAttribute('data-short'))).toEqual(['true', 'false']);
    expect(rowText(checks[0]!.querySelector('[data-testid="review-check-rate"]')!)).toBe('按时 3/4 · 75%');
    expect(rowText(checks[0])).toContain('标准：2个工作日内受理（004 8.4 c）');
    expect(byTestId('review-late').map(rowText)).toEqual(['北京未来芯材科技有限公司 · 2026-11-03']);
    expect(rowText(byTestId('review-item-limit')[0])).toBe('专利预审5个工作日');
  });

  it('「发起整改」 opens 整改事项 with the finding and where it came from', async () => {
    await showPage(ReviewPage);
    await waitForText(LATE_FINDING);

    tapText('发起整改');

    expect(taro.navigateTo).toHaveBeenCalledWith({
      url: `/packages/quality/pages/improvements/index?finding=${encodeURIComponent(LATE_FINDING)}&source=self_check`,
    });
  });

  it("an admin's 「发起整改」 names the station reviewed", async () => {
    useAppStore.setState({ me: ADMIN_ME });
    await showPage(ReviewPage, { stationId: OTHER_STATION.id });
    await waitForText(LATE_FINDING);

    tapText('发起整改');

    expect(taro.navigateTo).toHaveBeenCalledWith({
      url: improvementForFinding({ source: 'self_check', text: LATE_FINDING }, OTHER_STATION.id),
    });
    expect(taro.navigateTo.mock.calls[0]![0].url).toContain(`stationId=${OTHER_STATION.id}`);
  });

  it('a district admin reads the findings without 「发起整改」 or 存档 (neither is theirs)', async () => {
    useAppStore.setState({ me: DISTRICT_ADMIN_ME });

    await showPage(ReviewPage, { stationId: OTHER_STATION.id });

    await waitForText(LATE_FINDING);
    expect(bodyText()).not.toContain('发起整改');
    expect(byTestId('keep-review')).toHaveLength(0);
  });

  it('keeps the period shown as the station’s evaluation record', async () => {
    useAppStore.setState({ me: CHIEF_ME });
    api.saveServiceReview.mockResolvedValue({ id: 'r-1', savedAt: Date.now() });
    await showPage(ReviewPage);
    await waitForText('2026年12月（');
    tapText('‹ 上一月');
    await waitForText('2026年11月（2026-11-01 至 2026-11-30）');

    tapText('存档本期服务评价');

    await waitFor(() =>
      expect(api.saveServiceReview).toHaveBeenCalledWith({ period: { kind: 'month', anchor: '2026-11-30' } }),
    );
    await waitFor(() => expect(toastTitles(taro)).toContain('已存入服务评价档案'));
  });
});

describe('整改事项 opened from a finding', () => {
  beforeEach(() => {
    api.listImprovements.mockResolvedValue(aPage([]));
    con.listStationMembers.mockResolvedValue([{ id: 'u-li', name: '李联络', role: 'liaison', hasPattern: true }]);
  });

  it('opens 新建整改 with the finding and its source filled in', async () => {
    const url = improvementForFinding({ source: 'self_check', text: LATE_FINDING });

    await showPage(ImprovementsPage, rawParams(url));

    await waitForForm();
    expect(fieldInput('finding').value).toBe(LATE_FINDING);
    const active = byTestId('improvement-source').filter((c) => c.getAttribute('data-active') === 'true');
    expect(active.map((c) => c.getAttribute('data-value'))).toEqual(['self_check']);
    expect(con.listStationMembers).toHaveBeenCalledWith({ stationId: STATION_ID });
  });

  it("opens an admin's form on the station the link names", async () => {
    useAppStore.setState({ me: ADMIN_ME });
    const url = improvementForFinding(
      { source: 'rating', text: '咨询服务收到 1 条差评（2 星及以下）' },
      OTHER_STATION.id,
    );

    await showPage(ImprovementsPage, rawParams(url));

    await waitForForm();
    expect(fieldInput('finding').value).toBe('咨询服务收到 1 条差评（2 星及以下）');
    expect(con.listStationMembers).toHaveBeenCalledWith({ stationId: OTHER_STATION.id });
    expect(api.listImprovements).toHaveBeenCalledWith({ stationId: OTHER_STATION.id, page: 1, pageSize: 20 });
  });

  it('opens the plain list when the link names no finding', async () => {
    await showPage(ImprovementsPage, { source: 'self_check' });

    await waitForText('新建整改');
    expect(byTestId('improvement-form')).toHaveLength(0);
  });
});
