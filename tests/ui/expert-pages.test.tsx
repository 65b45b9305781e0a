/**
 * The expert roster pages: 专家资料 (nothing is sent until the conduct commitment is ticked; the
 * status with a returned profile's reason), 专家库 (each expert's workload and on-time rate; the
 * filters reach the server) and 专家详情 (the admin files an expert after confirming, returns one
 * only with a reason; a chief gets no admin buttons).
 */
import DetailPage from '@/packages/expert/pages/detail/index';
import ProfilePage from '@/packages/expert/pages/profile/index';
import RosterPage from '@/packages/expert/pages/roster/index';
import type { ExpertDetail, ExpertRow, MyExpertProfile } from '@core/contract';
import * as expert from '@/services/expert';
import { useAppStore } from '@/store';
import { CHIEF_ME, EXPERT_ME, STATION_ID, STATION_NAME } from './support/consult-fixtures';
import { ADMIN_ME } from './support/roles';
import { atNow } from './support/clock';
import {
  byTestId,
  fieldError,
  mountPage,
  tapText,
  typeField,
  waitFor,
  waitForForm,
  waitForText,
} from './support/page-harness';
import { signedInPages, taro } from './support/page-lifecycle';
import { toastTitles } from './support/taro-mocks';

jest.mock('@/services/expert');
jest.mock('@/services/directory', () => require('./support/directory-mock').directoryMock());
const api = jest.mocked(expert);

/** 2026-03-02 10:00 in Shanghai. */
const NOW = Date.UTC(2026, 2, 2, 2, 0, 0);
atNow(NOW);
signedInPages(EXPERT_ME);

const station = { id: STATION_ID, name: STATION_NAME };

function aProfile(overrides: Partial<MyExpertProfile> = {}): MyExpertProfile {
  return {
    expertId: 'u-ex',
    name: '王专家',
    organisation: '北京某知识产权代理事务所',
    title: '合伙人',
    specialities: ['dispute'],
    industries: ['ai'],
    qualifications: [{ kind: 'patent_attorney', number: '11001234' }],
    yearsOfPractice: 9,
    stations: [station],
    mobile: '13900001111',
    status: 'submitted',
    commitmentAcceptedAt: NOW - 86_400_000,
    updatedAt: NOW - 86_400_000,
    ...overrides,
  };
}

function aRow(overrides: Partial<ExpertRow> = {}): ExpertRow {
  return {
    expertId: 'u-ex',
    name: '王专家',
    organisation: '北京某知识产权代理事务所',
    title: '合伙人',
    specialities: ['dispute', 'risk'],
    industries: ['ai'],
    stations: [station],
    status: 'filed',
    openCount: 2,
    answeredCount: 3,
    answeredOnTime: 2,
    onTimePercent: 67,
    ...overrides,
  };
}

function aDetail(overrides: Partial<ExpertDetail> = {}): ExpertDetail {
  return { ...aProfile(), openCount: 0, answeredCount: 0, answeredOnTime: 0, steps: [], ...overrides };
}

const chip = (testId: string, value: string) => {
  const el = byTestId(testId).find((c) => c.getAttribute('data-value') === value);
  if (!el) throw new Error(`no ${testId} chip ${value}`);
  return el as HTMLElement;
};

describe('专家资料', () => {
  async function fillNewProfile() {
    api.getMyProfile.mockResolvedValue(null);
    const page = await mountPage(ProfilePage);
    await waitForText('尚未提交');
    await waitForForm();
    typeField(page.utils, 'organisation', '北京某知识产权代理事务所');
    typeField(page.utils, 'title', '合伙人');
    typeField(page.utils, 'yearsOfPractice', '9');
    typeField(page.utils, 'mobile', '13900001111');
    chip('toggle-specialities', 'dispute').click();
    return page;
  }

  it('sends nothing until the conduct commitment is ticked', async () => {
    await fillNewProfile();
    await waitForText('不推介有偿服务');

    tapText('提交备案');

    await waitFor(() => expect(fieldError('acceptCommitment')).toBe('行为承诺：请阅读并勾选专家行为承诺'));
    expect(api.saveMyProfile).not.toHaveBeenCalled();
  });

  it('submits the profile once the commitment is ticked', async () => {
    api.saveMyProfile.mockResolvedValue(aProfile());
    await fillNewProfile();

    (byTestId('commitment')[0] as HTMLElement).click();
    await waitFor(() => expect(byTestId('commitment')[0]?.getAttribute('data-checked')).toBe('true'));
    tapText('提交备案');

    await waitFor(() =>
      expect(api.saveMyProfile).toHaveBeenCalledWith(
        expect.objectContaining({
          name: '王专家',
          specialities: ['dispute'],
          yearsOfPractice: 9,
          stationIds: [STATION_ID],
          acceptCommitment: true,
        }),
      ),
    );
    await waitFor(() => expect(toastTitles(taro)).toContain('已提交，等待备案'));
    await waitForText('待备案');
  });

  it("shows a returned profile's reason", async () => {
    api.getMyProfile.mockResolvedValue(aProfile({ status: 'returned', returnReason: '请补充证书编号' }));

    await mountPage(ProfilePage);

    await waitFor(() => expect(byTestId('profile-status')[0]?.textContent).toContain('资料被退回：请补充证书编号'));
  });
});

describe('专家库', () => {
  beforeEach(() => useAppStore.setState({ me: CHIEF_ME }));

  it("shows each expert's workload and on-time rate", async () => {
    api.listExperts.mockResolvedValue({ items: [aRow()], total: 1, page: 1, pageSize: 20 });

    await mountPage(RosterPage);

    await waitFor(() => expect(byTestId('expert-workload')[0]?.textContent).toBe('在办 2 件'));
    expect(byTestId('expert-on-time')[0]?.textContent).toBe('按时响应 2/3（67%）');
  });

  it('asks the server for the status and availability chosen', async () => {
    api.listExperts.mockResolvedValue({ items: [], total: 0, page: 1, pageSize: 20 });
    await mountPage(RosterPage);
    await waitForText('专家库还没有专家');

    chip('status-filter', 'submitted').click();
    await waitFor(() =>
      expect(api.listExperts).toHaveBeenLastCalledWith(expect.objectContaining({ status: 'submitted' })),
    );
    chip('available-filter', 'available').click();

    await waitFor(() =>
      expect(api.listExperts).toHaveBeenLastCalledWith(
        expect.objectContaining({ status: 'submitted', available: true }),
      ),
    );
    await waitForText('没有符合条件的专家');
  });
});

describe('专家详情', () => {
  it('lets the admin file a submitted expert after confirming', async () => {
    useAppStore.setState({ me: ADMIN_ME });
    api.getExpert.mockResolvedValue(aDetail({ steps: ['file', 'return', 'remove'] }));
    api.fileExpert.mockResolvedValue(aDetail({ status: 'filed', filedAt: NOW, steps: ['remove'] }));
    await mountPage(DetailPage, { expertId: 'u-ex' });
    await waitForText('在办指派');

    tapText('备案');

    await waitFor(() => expect(api.fileExpert).toHaveBeenCalledWith({ expertId: 'u-ex' }));
    expect(taro.showModal).toHaveBeenCalled();
    await waitFor(() => expect(byTestId('expert-status')[0]?.textContent).toContain('已备案'));
    expect(byTestId('expert-steps')[0]?.textContent).toBe('除名');
  });

  it('returns a profile only with a reason', async () => {
    useAppStore.setState({ me: ADMIN_ME });
    api.getExpert.mockResolvedValue(aDetail({ steps: ['file', 'return', 'remove'] }));
    api.returnExpert.mockResolvedValue(aDetail({ status: 'returned', returnReason: '请补充证书编号', steps: [] }));
    const page = await mountPage(DetailPage, { expertId: 'u-ex' });
    await waitForText('在办指派');
    tapText('退回');
    await waitForForm();

    tapText('确认退回');
    await waitFor(() => expect(fieldError('reason')).toBe('退回原因：至少 2 个字'));
    expect(api.returnExpert).not.toHaveBeenCalled();
    typeField(page.utils, 'reason', '请补充证书编号');
    tapText('确认退回');

    await waitFor(() => expect(api.returnExpert).toHaveBeenCalledWith({ expertId: 'u-ex', reason: '请补充证书编号' }));
    await waitForText('退回原因请补充证书编号');
  });

  it('shows a chief the expert without the admin buttons', async () => {
    useAppStore.setState({ me: CHIEF_ME });
    api.getExpert.mockResolvedValue(aDetail({ status: 'filed', openCount: 1 }));

    await mountPage(DetailPage, { expertId: 'u-ex' });

    await waitForText('在办指派1 件');
    expect(byTestId('expert-steps')).toHaveLength(0);
  });
});
