/**
 * The mobile studio's approval pages (seed 001 §6.2, §6.4): 流动工作室申请详情 — the chain of the
 * three stages and every step, the stage's own decision (同意 / 退回补正 / 不予批准) sent with the
 * version read once confirmed, an empty opinion refused, a decision someone took first said and
 * reloaded, final 同意 off while the staffing is unmet, the staff edited and sent whole (what was
 * typed kept when saving fails), the PDF, 修改后重新提交 and the approved studio's links — the
 * admin's 审批时限设置 (checked, then saved), and the 工作室年度小结 row of a studio's station page.
 */
import DetailPage from '@/packages/studio/pages/detail/index';
import LimitsPage from '@/packages/studio/pages/limits/index';
import StationPage from '@/packages/directory/pages/station/index';
import type { StudioApplication } from '@core/contract';
import { shanghaiInstant } from '@core/rules/time';
import { staffingGaps } from '@core/rules/studio';
import * as download from '@/lib/download';
import * as directory from '@/services/directory';
import { ServiceError } from '@/services/errors';
import * as studio from '@/services/studio';
import { atNow } from './support/clock';
import { COMPANY_ME } from './support/consult-fixtures';
import { aDetail, aStation } from './support/directory-fixtures';
import {
  bodyText,
  byTestId,
  fieldError,
  fieldInput,
  pickField,
  showPage,
  tapText,
  typeField,
  waitFor,
  waitForForm,
  waitForText,
  type MountedPage,
} from './support/page-harness';
import { signedInPages, taro } from './support/page-lifecycle';
import { ADMIN_ME, STUDIO_BRANCH_ME, STUDIO_BUREAU_ME, STUDIO_SECTION_ME, actAs } from './support/roles';
import { toastTitles } from './support/taro-mocks';

jest.mock('@/services/studio');
jest.mock('@/services/account');
jest.mock('@/services/directory', () => require('./support/directory-mock').directoryMock());
jest.mock('@/lib/download', () => ({ openExport: jest.fn() }));
const api = jest.mocked(studio);
const dir = jest.mocked(directory);
const files = jest.mocked(download);

const NOW = shanghaiInstant('2026-12-02', '10:00');
atNow(NOW);
signedInPages(COMPANY_ME);

const APP_ID = 'sa-1';
const GONE = '该申请刚刚已被他人处理，请刷新后查看';

type Staff = StudioApplication['staff'];

/** Staff meeting every line of 001 §6.4 a. */
const FULL_STAFF: Staff = [
  { party: 'authority', name: '刘科员', title: '科员', mobile: '13800000001', fullTime: false },
  { party: 'authority', name: '陈科员', title: '科员', mobile: '13800000002', fullTime: false },
  { party: 'branch', name: '周所长', title: '所长', mobile: '13800000003', fullTime: false },
  { party: 'agency', name: '吴代理', title: '专利代理师', mobile: '13800000004', fullTime: true },
  { party: 'agency', name: '郑代理', title: '商标代理人', mobile: '13800000005', fullTime: true },
  { party: 'company', name: '张经理', title: '知识产权主管', mobile: '13800000006', fullTime: true },
];

/** Only the company's and one agency person: three lines unmet. */
const SHORT_STAFF: Staff = [FULL_STAFF[3]!, FULL_STAFF[5]!];

const SUBMITTED = shanghaiInstant('2026-11-24', '09:30');
const BRANCH_APPROVED = shanghaiInstant('2026-11-27', '16:00');

function anApplication(overrides: Partial<StudioApplication> = {}): StudioApplication {
  const staff = overrides.staff ?? SHORT_STAFF;
  return {
    id: APP_ID,
    companyId: 'c-1',
    companyName: '示例科技',
    creditCode: '91110108MA01ABCD2X',
    district: 'haidian',
    town: '中关村街道',
    status: 'reviewing',
    stage: 'section',
    dueAt: shanghaiInstant('2026-12-02', '16:00'),
    overdue: false,
    submittedAt: SUBMITTED,
    updatedAt: BRANCH_APPROVED,
    form: {
      town: '中关村街道',
      registeredAddress: '北京市海淀区中关村大街1号',
      listingStatus: 'unlisted',
      registeredCapital: 500,
      headcount: 120,
      businessScale: 'small',
      legalRep: { name: '王总', title: '总经理', mobile: '13900000001' },
      contact: { name: '张经理', title: '知识产权主管', mobile: '13900000002' },
      ipDepartment: true,
      ipManagers: 3,
      ipSystemSince: 2018,
      demonstration: ['provincial'],
      advantage: [],
      highTechSince: 2020,
      patentAwards: [],
      holdings: {
        invention: 12,
        utility: 30,
        design: 5,
        pct: 1,
        trademark_domestic: 8,
        trademark_foreign: 0,
        copyright: 4,
        other: 0,
      },
      needs: ['studio_system', 'studio_rapid'],
      commitment: true,
    },
    history: [
      { stage: 'branch', kind: 'submit', opinion: '', byName: '张经理', at: SUBMITTED },
      {
        stage: 'branch',
        kind: 'approve',
        opinion: '材料齐全，同意报市局',
        byName: '海淀分局审批人',
        at: BRANCH_APPROVED,
      },
    ],
    staff,
    staffingGaps: staffingGaps(staff),
    canDecide: false,
    canResubmit: false,
    canEditStaff: false,
    version: 3,
    ...overrides,
  };
}

async function openDetail(a: StudioApplication): Promise<MountedPage> {
  api.getApplication.mockResolvedValue(a);
  const page = await showPage(DetailPage, { applicationId: APP_ID });
  await waitFor(() => expect(byTestId('studio-head')).toHaveLength(1));
  return page;
}

const chainStates = () =>
  byTestId('chain-stage').map((el) => [el.getAttribute('data-stage'), el.getAttribute('data-state')]);

const decisionChip = (value: string) =>
  document.querySelector(`[data-testid="decision"][data-value="${value}"]`) as HTMLElement;

const tap = (el: Element) => el.dispatchEvent(new MouseEvent('click', { bubbles: true }));

describe('流动工作室申请详情: what it shows', () => {
  it('shows the three stages in order, where it stands, and every step with who, when and the opinion', async () => {
    await openDetail(anApplication());

    expect(chainStates()).toEqual([
      ['branch', 'done'],
      ['section', 'current'],
      ['bureau', 'waiting'],
    ]);
    const chain = byTestId('studio-chain')[0]!.textContent ?? '';
    expect(chain).toMatch(/镇街市场监督管理分局.*已同意.*市局知识产权相关科室.*审批中.*市局.*待审批/);
    const steps = byTestId('history-step').map((el) => (el.textContent ?? '').replace(/\s+/g, ' '));
    expect(steps).toEqual([
      '2026-11-24 09:30张经理（申请企业）提交申请',
      '2026-11-27 16:00镇街市场监督管理分局 海淀分局审批人：同意材料齐全，同意报市局',
    ]);
    expect(byTestId('studio-stage')[0]!.textContent).toBe('当前环节：市局知识产权相关科室审批');
    expect(byTestId('studio-due')[0]!.textContent).toBe('审批时限：2026-12-02 16:00');
  });

  it('says 已超时 once the stage is past its limit', async () => {
    await openDetail(anApplication({ dueAt: shanghaiInstant('2026-12-01', '16:00'), overdue: true }));

    expect(byTestId('studio-due')[0]!.textContent).toBe('审批时限：2026-12-01 16:00（已超时）');
  });

  it('shows the appendix A form read-only: the holdings table and the needs, those chosen ticked', async () => {
    await openDetail(anApplication());

    expect(byTestId('form-basics')[0]!.textContent).toContain('500 万元');
    expect(byTestId('form-ip')[0]!.textContent).toContain('省（市）级');
    const invention = document.querySelector('[data-testid="holding"][data-kind="invention"]')!;
    expect(invention.textContent).toBe('发明专利12');
    const ticked = byTestId('need')
      .filter((el) => el.getAttribute('data-chosen') === 'true')
      .map((el) => el.getAttribute('data-value'));
    expect(ticked).toEqual(['studio_system', 'studio_rapid']);
    expect(byTestId('need')).toHaveLength(7);
    expect(byTestId('decision-panel')).toHaveLength(0);
  });

  it('groups the staff by party with 专职 / 兼职 and checks each line of the staffing rule', async () => {
    await openDetail(anApplication());

    const agency = document.querySelector('[data-testid="staff-group"][data-party="agency"]')!;
    expect(agency.textContent).toContain('吴代理');
    expect(agency.textContent).toContain('专职');
    const rules = byTestId('staffing-rule').map((el) => [el.getAttribute('data-party'), el.getAttribute('data-met')]);
    expect(rules).toEqual([
      ['authority', 'false'],
      ['branch', 'false'],
      ['agency', 'false'],
      ['company', 'true'],
    ]);
    expect(byTestId('staff-edit')).toHaveLength(0);
  });

  it('shows an approved studio’s number with the way to the studio and its 年度小结', async () => {
    await openDetail(
      anApplication({
        status: 'approved',
        stage: 'bureau',
        dueAt: undefined,
        number: 'LDGZS-2026-007',
        studioStationId: 'st-studio-1',
        staff: FULL_STAFF,
      }),
    );
    expect(byTestId('studio-number')[0]!.textContent).toBe('工作室编号：LDGZS-2026-007');
    expect(chainStates().map(([, state]) => state)).toEqual(['done', 'done', 'done']);

    tap(byTestId('studio-summary-link')[0]!);

    await waitFor(() =>
      expect(taro.navigateTo).toHaveBeenCalledWith({
        url: '/packages/studio/pages/summary/index?stationId=st-studio-1',
      }),
    );
  });

  it('says the application is not there when the server finds none', async () => {
    api.getApplication.mockRejectedValue(new ServiceError('NOT_FOUND', '申请不存在'));

    await showPage(DetailPage, { applicationId: APP_ID });

    await waitFor(() => expect(byTestId('list-error')).toHaveLength(1));
    expect(bodyText()).toContain('申请不存在');
  });
});

describe('流动工作室申请详情: deciding', () => {
  beforeEach(() => actAs(STUDIO_SECTION_ME));

  async function typeOpinionAndSend(page: MountedPage, decision: string, opinion: string) {
    tap(decisionChip(decision));
    await waitFor(() => expect(decisionChip(decision).getAttribute('data-active')).toBe('true'));
    await waitForForm();
    typeField(page.utils, 'opinion', opinion);
    tap(byTestId('decision-send')[0]!);
  }

  it('sends the stage’s own decision with the version read and the opinion, once confirmed', async () => {
    api.decideAtSection.mockResolvedValue(anApplication({ stage: 'bureau', version: 4, canDecide: false }));
    const page = await openDetail(anApplication({ canDecide: true }));

    await typeOpinionAndSend(page, 'approve', '  符合设立条件，同意  ');

    await waitFor(() => expect(api.decideAtSection).toHaveBeenCalledTimes(1));
    expect(taro.showModal).toHaveBeenCalledTimes(1);
    expect(api.decideAtSection).toHaveBeenCalledWith({
      applicationId: APP_ID,
      version: 3,
      decision: 'approve',
      opinion: '符合设立条件，同意',
    });
    expect(api.decideAtBranch).not.toHaveBeenCalled();
    expect(api.decideAtBureau).not.toHaveBeenCalled();
    await waitFor(() => expect(byTestId('decision-panel')).toHaveLength(0));
    expect(toastTitles(taro)).toContain('已同意');
  });

  it('sends nothing when the confirmation is declined', async () => {
    taro.showModal.mockResolvedValue({ errMsg: 'ok', confirm: false, cancel: true } as never);
    const page = await openDetail(anApplication({ canDecide: true }));

    await typeOpinionAndSend(page, 'reject', '不符合设立对象要求');

    await waitFor(() => expect(taro.showModal).toHaveBeenCalledTimes(1));
    expect(api.decideAtSection).not.toHaveBeenCalled();
  });

  it('refuses an empty opinion before asking or sending', async () => {
    const page = await openDetail(anApplication({ canDecide: true }));

    await typeOpinionAndSend(page, 'return', '   ');

    await waitFor(() => expect(fieldError('opinion')).toBe('请填写审批意见'));
    expect(taro.showModal).not.toHaveBeenCalled();
    expect(api.decideAtSection).not.toHaveBeenCalled();
  });

  it('says a decision someone took first and reloads the application', async () => {
    api.decideAtSection.mockRejectedValue(new ServiceError('CONFLICT', GONE));
    const page = await openDetail(anApplication({ canDecide: true }));
    api.getApplication.mockResolvedValue(anApplication({ status: 'returned', version: 4, canDecide: false }));

    await typeOpinionAndSend(page, 'approve', '同意报市局');

    await waitFor(() => expect(byTestId('studio-conflict')[0]?.textContent).toBe(GONE));
    await waitFor(() => expect(byTestId('studio-status')[0]?.getAttribute('data-status')).toBe('returned'));
    expect(api.getApplication).toHaveBeenCalledTimes(2);
    expect(byTestId('decision-panel')).toHaveLength(0);
  });

  it('at the city bureau, keeps 同意 off and lists the gaps while the staffing is unmet', async () => {
    actAs(STUDIO_BUREAU_ME);
    await openDetail(anApplication({ stage: 'bureau', canDecide: true }));

    tap(decisionChip('approve'));

    expect(decisionChip('approve').getAttribute('data-disabled')).toBe('true');
    expect(decisionChip('approve').getAttribute('data-active')).toBe('false');
    expect(decisionChip('return').getAttribute('data-disabled')).toBe('false');
    expect(byTestId('staffing-gap').map((el) => el.textContent)).toEqual([
      '✗ 知识产权主管部门至少2名兼职工作人员',
      '✗ 镇街市场监督管理分局至少1名工作人员',
      '✗ 知识产权服务机构至少2名专职工作人员',
    ]);
  });

  it('at the city bureau with the staffing met, sends 同意 through the bureau’s action', async () => {
    actAs(STUDIO_BUREAU_ME);
    api.decideAtBureau.mockResolvedValue(
      anApplication({ status: 'approved', stage: 'bureau', number: 'LDGZS-2026-007', staff: FULL_STAFF }),
    );
    const page = await openDetail(anApplication({ stage: 'bureau', canDecide: true, staff: FULL_STAFF }));
    expect(byTestId('approve-blocked')).toHaveLength(0);

    await typeOpinionAndSend(page, 'approve', '同意设立');

    await waitFor(() => expect(api.decideAtBureau).toHaveBeenCalledTimes(1));
    expect(api.decideAtBureau).toHaveBeenCalledWith({
      applicationId: APP_ID,
      version: 3,
      decision: 'approve',
      opinion: '同意设立',
    });
    await waitFor(() => expect(byTestId('studio-number')[0]?.textContent).toBe('工作室编号：LDGZS-2026-007'));
  });
});

describe('流动工作室申请详情: 人员配备', () => {
  beforeEach(() => actAs(STUDIO_BRANCH_ME));

  async function openEditor(): Promise<MountedPage> {
    const page = await openDetail(anApplication({ stage: 'branch', canEditStaff: true }));
    tap(byTestId('staff-edit')[0]!);
    await waitFor(() => expect(byTestId('staff-row')).toHaveLength(2));
    return page;
  }

  /** Adds a row (a town branch's adds its own side's by default) and types the person in. */
  async function addMember(page: MountedPage, mobile: string) {
    tapText('添加人员');
    await waitFor(() => expect(byTestId('staff-row')).toHaveLength(3));
    await waitForForm();
    typeField(page.utils, 'staff.2.name', '郑代理');
    typeField(page.utils, 'staff.2.title', '商标代理人');
    typeField(page.utils, 'staff.2.mobile', mobile);
  }

  it('adds a member and sends the whole list', async () => {
    api.saveStaff.mockImplementation(async ({ staff }) =>
      anApplication({ stage: 'branch', canEditStaff: true, staff, staffingGaps: staffingGaps(staff) }),
    );
    const page = await openEditor();
    await addMember(page, '13800000005');
    pickField(page.utils, 'staff.2.party', 2);
    tap(byTestId('toggle-staff.2.fullTime')[0]!);
    await waitFor(() => expect(byTestId('toggle-staff.2.fullTime')[0]!.getAttribute('data-checked')).toBe('true'));

    tapText('保存人员配备');

    await waitFor(() => expect(api.saveStaff).toHaveBeenCalledTimes(1));
    expect(api.saveStaff).toHaveBeenCalledWith({
      applicationId: APP_ID,
      staff: [
        SHORT_STAFF[0],
        SHORT_STAFF[1],
        { party: 'agency', name: '郑代理', title: '商标代理人', mobile: '13800000005', fullTime: true },
      ],
    });
    await waitFor(() => expect(byTestId('staff-editor')).toHaveLength(0));
    const agency = document.querySelector('[data-testid="staffing-rule"][data-party="agency"]')!;
    expect(agency.getAttribute('data-met')).toBe('true');
  });

  it('refuses a wrong mobile under its field before sending', async () => {
    const page = await openEditor();
    await addMember(page, '12345');

    tapText('保存人员配备');

    await waitFor(() => expect(fieldError('staff.2.mobile')).toBe('第3位人员：请填写正确的11位手机号'));
    expect(api.saveStaff).not.toHaveBeenCalled();
  });

  it('keeps what was typed when saving fails, the server’s message under its field', async () => {
    api.saveStaff.mockRejectedValue(
      new ServiceError('INVALID_INPUT', '姓名：不能超过30字', { 'staff.2.name': '姓名：不能超过30字' }),
    );
    const page = await openEditor();
    await addMember(page, '13800000005');

    tapText('保存人员配备');

    await waitFor(() => expect(fieldError('staff.2.name')).toBe('姓名：不能超过30字'));
    expect(byTestId('staff-row')).toHaveLength(3);
    expect(fieldInput('staff.2.name').value).toBe('郑代理');
    expect(fieldInput('staff.2.mobile').value).toBe('13800000005');
  });

  it('removes a member only once confirmed', async () => {
    api.saveStaff.mockImplementation(async ({ staff }) =>
      anApplication({ stage: 'branch', canEditStaff: true, staff, staffingGaps: staffingGaps(staff) }),
    );
    await openEditor();

    tap(byTestId('staff-remove')[0]!);
    await waitFor(() => expect(byTestId('staff-row')).toHaveLength(1));
    tapText('保存人员配备');

    await waitFor(() => expect(api.saveStaff).toHaveBeenCalledTimes(1));
    expect(taro.showModal).toHaveBeenCalledTimes(1);
    expect(api.saveStaff).toHaveBeenCalledWith({ applicationId: APP_ID, staff: [SHORT_STAFF[1]] });
  });
});

describe('流动工作室申请详情: the applicant', () => {
  it('downloads the application as a PDF', async () => {
    const file = { url: '/files/exports/studio.pdf', fileName: '示例科技_流动工作室申请表.pdf' };
    api.applicationPdf.mockResolvedValue(file);
    await openDetail(anApplication());

    tapText('下载申请表（PDF）');

    await waitFor(() => expect(files.openExport).toHaveBeenCalledWith(file));
    expect(api.applicationPdf).toHaveBeenCalledWith({ applicationId: APP_ID });
  });

  it('opens the form to correct a returned application', async () => {
    await openDetail(anApplication({ status: 'returned', dueAt: undefined, canResubmit: true }));
    expect(byTestId('studio-stage')[0]!.textContent).toBe('市局知识产权相关科室已退回补正，待申请企业修改后重新提交');

    tapText('修改后重新提交');

    await waitFor(() =>
      expect(taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/studio/pages/apply/index?applicationId=sa-1' }),
    );
  });
});

describe('审批时限设置', () => {
  beforeEach(() => {
    actAs(ADMIN_ME);
    api.getStageLimits.mockResolvedValue({ branch: 5, section: 5, bureau: 10 });
  });

  async function openLimits(): Promise<MountedPage> {
    const page = await showPage(LimitsPage);
    await waitFor(() => expect(document.querySelector('[data-field="bureau"]')).not.toBeNull());
    await waitForForm();
    return page;
  }

  it('shows the current limits and saves the changed ones', async () => {
    api.setStageLimits.mockImplementation(async (limits) => limits);
    const page = await openLimits();
    expect(fieldInput('bureau').value).toBe('10');

    typeField(page.utils, 'branch', '7');
    tapText('保存');

    await waitFor(() => expect(api.setStageLimits).toHaveBeenCalledWith({ branch: 7, section: 5, bureau: 10 }));
    await waitFor(() => expect(toastTitles(taro)).toContain('审批时限已保存'));
  });

  it('refuses days outside 1–60 under their fields, sending nothing', async () => {
    const page = await openLimits();

    typeField(page.utils, 'branch', '0');
    typeField(page.utils, 'section', '61');
    typeField(page.utils, 'bureau', '');
    tapText('保存');

    await waitFor(() => expect(fieldError('branch')).toBe('镇街市场监督管理分局：请填写 1–60 之间的整数天数'));
    expect(fieldError('section')).toBe('市局知识产权相关科室：请填写 1–60 之间的整数天数');
    expect(fieldError('bureau')).toBe('市局：请填写 1–60 之间的整数天数');
    expect(api.setStageLimits).not.toHaveBeenCalled();
  });

  it('is the admin’s only', async () => {
    actAs(STUDIO_BUREAU_ME);

    await showPage(LimitsPage);

    await waitFor(() => expect(byTestId('gate-role')).toHaveLength(1));
    expect(api.getStageLimits).not.toHaveBeenCalled();
  });
});

describe('a mobile studio’s station page', () => {
  it('offers 工作室年度小结 and opens it', async () => {
    dir.getStation.mockResolvedValue(
      aDetail({ station: aStation({ id: 'st-studio-1', kind: 'mobile_studio', name: '示例科技流动工作室' }) }),
    );
    await showPage(StationPage, { stationId: 'st-studio-1' });
    await waitForText('工作室年度小结');

    tapText('工作室年度小结');

    expect(taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/studio/pages/summary/index?stationId=st-studio-1' });
  });

  it('does not offer it on another kind of station', async () => {
    dir.getStation.mockResolvedValue(aDetail());
    await showPage(StationPage, { stationId: 'st-haidian-zgc' });

    await waitForText('年度专项服务清单');

    expect(byTestId('studio-summary-link')).toHaveLength(0);
  });
});
