/** Where the consult pages are opened from: the station page and 我的. */
import WorkPage from '@/pages/work/index';
import StationPage from '@/packages/directory/pages/station/index';
import * as account from '@/services/account';
import * as directory from '@/services/directory';
import { useAppStore } from '@/store';
import type { Me } from '@core/contract';
import { aDetail, aStation } from './support/directory-fixtures';
import { CHIEF_ME, COMPANY_ME, EXPERT_ME, LIAISON_ME, STATION_ID } from './support/consult-fixtures';
import {
  bodyText,
  byTestId,
  mountPage,
  showPage,
  tapText,
  waitFor,
  waitForText,
  type MountedPage,
} from './support/page-harness';
import { mockTaro, navigatedUrls, type TaroMocks } from './support/taro-mocks';

jest.mock('@/services/account');
jest.mock('@/services/directory', () => require('./support/directory-mock').directoryMock());
const acc = account as jest.Mocked<typeof account>;
const dir = jest.mocked(directory);

let taro: TaroMocks;
let page: MountedPage | undefined;
beforeEach(() => {
  jest.resetAllMocks();
  taro = mockTaro();
  useAppStore.setState({ signedIn: true, me: null, meState: 'idle', meError: null });
});
afterEach(() => {
  page?.unmount();
  page = undefined;
  jest.restoreAllMocks();
});

const urls = () => navigatedUrls(taro);

describe('网点详情: 预约咨询', () => {
  it('opens the booking page of the station', async () => {
    dir.getStation.mockResolvedValue(aDetail());
    page = await mountPage(StationPage, { stationId: STATION_ID });
    await waitForText('预约咨询');
    tapText('预约咨询');
    expect(urls()).toEqual([`/packages/consult/pages/book/index?stationId=${STATION_ID}`]);
  });

  it('is not offered by a suspended station', async () => {
    dir.getStation.mockResolvedValue(aDetail({ station: aStation({ status: 'suspended' }) }));
    page = await mountPage(StationPage, { stationId: STATION_ID });
    await waitFor(() => expect(byTestId('station-info')).toHaveLength(1));
    expect(bodyText()).not.toContain('预约咨询');
  });
});

describe('工作台: consultation tools', () => {
  async function open(me: Me): Promise<void> {
    acc.me.mockResolvedValue(me);
    acc.getCompany.mockResolvedValue({} as never);
    page = await showPage(WorkPage);
    await waitForText(me.user.displayName);
  }

  it('gives company staff 我的预约 only', async () => {
    await open(COMPANY_ME);
    expect(bodyText()).toContain('我的预约');
    expect(bodyText()).not.toContain('我的咨询时间');
    expect(bodyText()).not.toContain('咨询时间安排');
    tapText('我的预约');
    expect(urls()).toEqual(['/packages/consult/pages/bookings/index']);
  });

  it.each([
    ['liaison', LIAISON_ME],
    ['expert', EXPERT_ME],
  ])('gives a %s 我的咨询时间 for their station', async (_role, me) => {
    await open(me);
    expect(bodyText()).toContain('我的预约');
    tapText('我的咨询时间');
    expect(urls()).toEqual([`/packages/consult/pages/availability/index?stationId=${STATION_ID}`]);
  });

  it("gives a chief the station's 咨询预约 and 咨询时间安排", async () => {
    await open(CHIEF_ME);
    expect(bodyText()).not.toContain('我的咨询时间');
    tapText('咨询预约');
    tapText('咨询时间安排');
    expect(urls()).toEqual([
      '/packages/consult/pages/bookings/index?scope=station',
      `/packages/consult/pages/availability/index?stationId=${STATION_ID}`,
    ]);
  });
});

describe('工作台: the consultation archive and the day', () => {
  async function open(me: Me): Promise<void> {
    acc.me.mockResolvedValue(me);
    acc.getCompany.mockResolvedValue({} as never);
    page = await showPage(WorkPage);
    await waitForText(me.user.displayName);
  }

  it('gives company staff 我的咨询档案 and no 今日咨询', async () => {
    await open(COMPANY_ME);
    expect(bodyText()).not.toContain('今日咨询');
    tapText('我的咨询档案');
    expect(urls()).toEqual(['/packages/consult/pages/records/index']);
  });

  it.each([
    ['liaison', LIAISON_ME],
    ['expert', EXPERT_ME],
    ['chief', CHIEF_ME],
  ])('gives a %s 今日咨询 and 咨询档案', async (_role, me) => {
    await open(me);
    tapText('今日咨询');
    tapText('咨询档案');
    expect(urls()).toEqual(['/packages/consult/pages/today/index', '/packages/consult/pages/records/index']);
  });

  it('gives an admin 咨询档案 but no day of their own', async () => {
    await open({
      user: { id: 'u-ad', displayName: '钱管理' },
      memberships: [{ id: 'u-ad:admin:all', role: 'admin' }],
      actingId: 'u-ad:admin:all',
    });
    expect(bodyText()).not.toContain('今日咨询');
    tapText('咨询档案');
    expect(urls()).toEqual(['/packages/consult/pages/records/index']);
  });
});
