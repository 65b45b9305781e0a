/**
 * The mobile studio's pages for the applicant and the approvers (seed 001): 申请设立流动工作室
 * (appendix A prefilled from the ledger, kept on the phone as a draft while typed and restored
 * after the page was closed, checked before sending, the server's field messages under the fields,
 * a retry sent as the same submission, a returned application corrected with its opinion shown),
 * 流动工作室申请 (the company's own with 申请设立; the approvers' queue by status with the stage,
 * time limit and 已超时) and 工作室年度小结 (services by kind, satisfaction, improvements, by year).
 */
import Taro from '@tarojs/taro';
import ApplyPage from '@/packages/studio/pages/apply/index';
import ListPage from '@/packages/studio/pages/list/index';
import SummaryPage from '@/packages/studio/pages/summary/index';
import { formOf } from '@/packages/studio/pages/apply/form';
import { saveStudioDraft, studioDraftKey } from '@/packages/studio/pages/apply/draft';
import type { OutputOf, StudioApplication, StudioApplicationSummary } from '@core/contract';
import { emptyHoldings } from '@core/rules/holdings';
import { DAY_MS, shanghaiInstant } from '@core/rules/time';
import { ServiceError } from '@/services/errors';
import * as studio from '@/services/studio';
import { useAppStore } from '@/store';
import { atNow, setNow } from './support/clock';
import { COMPANY_ME, LIAISON_ME } from './support/consult-fixtures';
import { aPage } from './support/directory-fixtures';
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
import { freshPhone } from './support/phone';
import { ADMIN_ME, STUDIO_BRANCH_ME } from './support/roles';
import { navigatedUrls, toastTitles } from './support/taro-mocks';

jest.mock('@/services/studio');
jest.mock('@/services/account');
const api = jest.mocked(studio);

/** The phone's clock for every test here (fixture dates are relative to it). */
const NOW = shanghaiInstant('2026-06-15', '10:00');
/** The acting company of COMPANY_ME. */
const COMPANY_ID = 'c-1';
const DETAIL_URL = '/packages/studio/pages/detail/index?applicationId=sa%3A1';

type Prefill = OutputOf<'studio', 'prefillApplication'>;

/** What the ledger knows of the company: everything but the town. */
function aPrefill(overrides: Partial<Prefill> = {}): Prefill {
  return {
    companyName: '中山星河智能科技有限公司',
    creditCode: '91442000MA4UKGC0XH',
    registeredAddress: '中山市火炬开发区港义路8号',
    listingStatus: 'unlisted',
    registeredCapital: 500,
    headcount: 120,
    businessScale: 'medium',
    legalRep: { name: '王海', title: '董事长', mobile: '13811112222' },
    contact: { name: '陈静', title: '知识产权经理', mobile: '13933334444' },
    ipDepartment: true,
    ipManagers: 2,
    ipSystemSince: 2019,
    demonstration: [],
    advantage: ['provincial'],
    patentAwards: [],
    holdings: { ...emptyHoldings(), invention: 4, trademark_domestic: 6 },
    ...overrides,
  };
}

/** The form as sent from that prefill, the town typed and two needs ticked. */
const SENT_FORM = {
  town: '火炬开发区',
  registeredAddress: '中山市火炬开发区港义路8号',
  listingStatus: 'unlisted',
  registeredCapital: 500,
  headcount: 120,
  businessScale: 'medium',
  legalRep: { name: '王海', title: '董事长', mobile: '13811112222' },
  contact: { name: '陈静', title: '知识产权经理', mobile: '13933334444' },
  ipDepartment: true,
  ipManagers: 2,
  ipSystemSince: 2019,
  ipStandardYear: undefined,
  demonstration: [],
  advantage: ['provincial'],
  highTechSince: undefined,
  patentAwards: [],
  holdings: { ...emptyHoldings(), invention: 4, trademark_domestic: 6 },
  needs: ['studio_system', 'studio_other'],
  otherNeed: '商业秘密保护辅导',
  commitment: true,
};

function aSummary(overrides: Partial<StudioApplicationSummary> = {}): StudioApplicationSummary {
  return {
    id: 'sa:1',
    companyId: COMPANY_ID,
    companyName: '中山星河智能科技有限公司',
    district: 'haidian',
    town: '火炬开发区',
    status: 'reviewing',
    stage: 'branch',
    dueAt: NOW + 3 * DAY_MS,
    overdue: false,
    submittedAt: NOW - 2 * DAY_MS,
    updatedAt: NOW - 2 * DAY_MS,
    ...overrides,
  };
}

function anApplication(overrides: Partial<StudioApplication> = {}): StudioApplication {
  const { otherNeed: _other, ...form } = SENT_FORM;
  return {
    ...aSummary(),
    creditCode: '91442000MA4UKGC0XH',
    form: { ...(form as StudioApplication['form']), needs: ['studio_system'] },
    history: [{ stage: 'branch', kind: 'submit', opinion: '', byName: '陈静', at: NOW - 2 * DAY_MS }],
    staff: [],
    staffingGaps: [],
    canDecide: false,
    canResubmit: false,
    canEditStaff: false,
    version: 1,
    ...overrides,
  };
}

signedInPages(COMPANY_ME);
atNow(NOW);
beforeEach(() => freshPhone());

let page: MountedPage | undefined;

const tapSubmit = (p: MountedPage) => p.utils.fireEvent.click(byTestId('submit')[0]!);

const chipOf = (testId: string, value: string) =>
  byTestId(testId).find((e) => e.getAttribute('data-value') === value) as HTMLElement | undefined;

/** Taps a chip (a need, an honour, a status filter) and waits until it shows the new state. */
async function tapChip(testId: string, value: string): Promise<void> {
  const el = chipOf(testId, value);
  if (!el) throw new Error(`no ${testId} chip ${value}`);
  const before = el.getAttribute('data-active');
  el.click();
  await waitFor(() => expect(chipOf(testId, value)!.getAttribute('data-active')).not.toBe(before));
}

async function tickCommitment(): Promise<void> {
  byTestId('commitment')[0]!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
  await waitFor(() => expect(byTestId('commitment')[0]!.getAttribute('data-checked')).toBe('true'));
}

async function openApply(params: Record<string, string> = {}): Promise<MountedPage> {
  const p = await mountPage(ApplyPage, params);
  await waitFor(() => expect(byTestId('studio-form')).toHaveLength(1));
  await waitForForm();
  return p;
}

/** Fills in what the prefill leaves: the town, two needs (其他 explained), the commitment. */
async function completeForm(p: MountedPage): Promise<void> {
  typeField(p.utils, 'town', '火炬开发区');
  await tapChip('toggle-needs', 'studio_system');
  await tapChip('toggle-needs', 'studio_other');
  await waitFor(() => expect(fieldInput('otherNeed')).toBeTruthy());
  typeField(p.utils, 'otherNeed', '商业秘密保护辅导');
  await tickCommitment();
}

const storedDraft = () => Taro.getStorageSync(studioDraftKey(COMPANY_ID)) as unknown;

describe('申请设立流动工作室', () => {
  beforeEach(() => api.prefillApplication.mockResolvedValue(aPrefill()));

  it('shows the company from the ledger, read-only, and starts the form from its profile', async () => {
    page = await openApply();

    expect(byTestId('studio-company')[0]!.textContent).toContain('中山星河智能科技有限公司');
    expect(byTestId('studio-credit-code')[0]!.textContent).toContain('91442000MA4UKGC0XH');
    expect(api.prefillApplication).toHaveBeenCalledWith({ companyId: COMPANY_ID });
    expect(fieldInput('registeredAddress').value).toBe('中山市火炬开发区港义路8号');
    expect(fieldInput('legalRep.mobile').value).toBe('13811112222');
    expect(fieldInput('holdings.invention').value).toBe('4');
    expect(fieldInput('town').value).toBe('');
    expect(byTestId('draft-restored')).toHaveLength(0);
  });

  it('sends the whole appendix A form for the acting company and opens the application', async () => {
    api.submitApplication.mockResolvedValue(anApplication());
    page = await openApply();

    await completeForm(page);
    tapSubmit(page);

    await waitFor(() => expect(taro.redirectTo).toHaveBeenCalledWith({ url: DETAIL_URL }));
    expect(api.submitApplication).toHaveBeenCalledTimes(1);
    expect(api.submitApplication).toHaveBeenCalledWith({
      clientRequestId: expect.stringMatching(/^[0-9a-f]{24}$/),
      companyId: COMPANY_ID,
      form: SENT_FORM,
    });
    expect(toastTitles(taro)).toContain('申请已提交');
  });

  it('keeps what was typed after a failed send and retries it as the same submission', async () => {
    api.submitApplication
      .mockRejectedValueOnce(new ServiceError('NETWORK', '网络连接失败，请检查网络后重试'))
      .mockResolvedValueOnce(anApplication());
    page = await openApply();
    await completeForm(page);

    tapSubmit(page);
    await waitFor(() => expect(toastTitles(taro)).toContain('网络连接失败，请检查网络后重试'));
    expect(fieldInput('town').value).toBe('火炬开发区');
    expect(fieldInput('otherNeed').value).toBe('商业秘密保护辅导');
    await waitFor(() => expect(byTestId('submit')[0]!.textContent).toContain('提交申请'));
    tapSubmit(page);

    await waitFor(() => expect(taro.redirectTo).toHaveBeenCalledWith({ url: DETAIL_URL }));
    const [first, second] = api.submitApplication.mock.calls.map(([input]) => input.clientRequestId);
    expect(second).toBe(first);
  });

  it('checks before sending, in Chinese under each field, and sends nothing', async () => {
    page = await openApply();

    typeField(page.utils, 'headcount', '0');
    typeField(page.utils, 'contact.mobile', '1393333444');
    typeField(page.utils, 'holdings.design', '-2');
    typeField(page.utils, 'registeredAddress', '');
    tapSubmit(page);

    await waitFor(() => expect(fieldError('town')).toBe('所在镇街：不能为空'));
    expect(fieldError('registeredAddress')).toBe('注册地址：不能为空');
    expect(fieldError('headcount')).toBe('企业人数：至少1人');
    expect(fieldError('contact.mobile')).toBe('联系人手机：格式不正确');
    expect(fieldError('holdings.design')).toBe('外观设计专利：不能为负数');
    expect(fieldError('needs')).toBe('申请需求：请至少选择一项申请需求');
    expect(fieldError('commitment')).toBe('承诺：请阅读并勾选承诺');
    expect(toastTitles(taro)).toEqual(['所在镇街：不能为空']);
    expect(api.submitApplication).not.toHaveBeenCalled();
  });

  it('asks what 其他 means once it is ticked, and the prefill lacking a choice asks for it', async () => {
    api.prefillApplication.mockResolvedValue(aPrefill({ listingStatus: undefined }));
    page = await openApply();
    typeField(page.utils, 'town', '火炬开发区');
    await tickCommitment();

    await tapChip('toggle-needs', 'studio_other');
    tapSubmit(page);

    await waitFor(() => expect(fieldError('otherNeed')).toBe('其他需求说明：选择“其他”时请说明需求'));
    expect(fieldError('listingStatus')).toBe('上市情况：请选择');
    expect(fieldError('needs')).toBeNull();
    expect(api.submitApplication).not.toHaveBeenCalled();
  });

  it("shows the server's messages (named under form) under their fields and keeps the input", async () => {
    api.submitApplication.mockRejectedValue(
      new ServiceError('INVALID_INPUT', '发明专利：不能大于 1000000', {
        'form.holdings.invention': '发明专利：不能大于 1000000',
        'form.town': '所在镇街：最多 30 个字',
      }),
    );
    page = await openApply();
    await completeForm(page);
    typeField(page.utils, 'holdings.invention', '999999');

    tapSubmit(page);

    await waitFor(() => expect(fieldError('holdings.invention')).toBe('发明专利：不能大于 1000000'));
    expect(fieldError('town')).toBe('所在镇街：最多 30 个字');
    expect(fieldInput('holdings.invention').value).toBe('999999');
    expect(fieldInput('town').value).toBe('火炬开发区');
    expect(taro.redirectTo).not.toHaveBeenCalled();
  });

  it('keeps what is typed on the phone and restores it over the prefill when the page opens again', async () => {
    page = await openApply();
    typeField(page.utils, 'town', '火炬开发区');
    typeField(page.utils, 'headcount', '135');
    await tapChip('toggle-needs', 'studio_rapid');
    page.unmount();

    page = await openApply();

    await waitForText('已恢复未提交的草稿');
    expect(fieldInput('town').value).toBe('火炬开发区');
    expect(fieldInput('headcount').value).toBe('135');
    expect(chipOf('toggle-needs', 'studio_rapid')!.getAttribute('data-active')).toBe('true');
    expect(fieldInput('registeredAddress').value).toBe('中山市火炬开发区港义路8号');
  });

  it('清除草稿 asks first, then starts again from the ledger and forgets the draft', async () => {
    const draft = formOf(aPrefill());
    saveStudioDraft(COMPANY_ID, { ...draft, text: { ...draft.text, town: '石岐街道', headcount: '9' } });
    page = await openApply();
    await waitForText('已恢复未提交的草稿');

    byTestId('draft-clear')[0]!.dispatchEvent(new MouseEvent('click', { bubbles: true }));

    await waitFor(() => expect(byTestId('draft-restored')).toHaveLength(0));
    expect(taro.showModal).toHaveBeenCalledWith(expect.objectContaining({ title: '清除草稿' }));
    expect(fieldInput('town').value).toBe('');
    expect(fieldInput('headcount').value).toBe('120');
    expect(storedDraft()).toBe('');
  });

  it('keeps the draft when 清除草稿 is cancelled', async () => {
    const draft = formOf(aPrefill());
    saveStudioDraft(COMPANY_ID, { ...draft, text: { ...draft.text, town: '石岐街道' } });
    taro.showModal.mockResolvedValue({ errMsg: 'ok', confirm: false, cancel: true } as never);
    page = await openApply();
    await waitForText('已恢复未提交的草稿');

    byTestId('draft-clear')[0]!.dispatchEvent(new MouseEvent('click', { bubbles: true }));

    await waitFor(() => expect(taro.showModal).toHaveBeenCalledTimes(1));
    expect(fieldInput('town').value).toBe('石岐街道');
    expect(byTestId('draft-restored')).toHaveLength(1);
    expect(storedDraft()).not.toBe('');
  });

  it('clears the draft once the application is sent', async () => {
    api.submitApplication.mockResolvedValue(anApplication());
    page = await openApply();
    await completeForm(page);
    expect(storedDraft()).not.toBe('');

    tapSubmit(page);

    await waitFor(() => expect(taro.redirectTo).toHaveBeenCalledTimes(1));
    expect(storedDraft()).toBe('');
  });

  it('admits company staff only', async () => {
    useAppStore.setState({ me: LIAISON_ME });

    page = await mountPage(ApplyPage);

    await waitFor(() => expect(byTestId('gate-role')).toHaveLength(1));
    expect(api.prefillApplication).not.toHaveBeenCalled();
  });
});

describe('修改后重新提交', () => {
  const RETURNED = anApplication({
    status: 'returned',
    stage: 'section',
    dueAt: undefined,
    canResubmit: true,
    version: 3,
    history: [
      { stage: 'branch', kind: 'submit', opinion: '', byName: '陈静', at: NOW - 9 * DAY_MS },
      { stage: 'branch', kind: 'return', opinion: '请补充所在镇街', byName: '分局甲', at: NOW - 8 * DAY_MS },
      { stage: 'branch', kind: 'resubmit', opinion: '', byName: '陈静', at: NOW - 7 * DAY_MS },
      { stage: 'branch', kind: 'approve', opinion: '同意', byName: '分局甲', at: NOW - 6 * DAY_MS },
      {
        stage: 'section',
        kind: 'return',
        opinion: '请核实知识产权管理人员数量',
        byName: '科室乙',
        at: shanghaiInstant('2026-06-14', '16:30'),
      },
    ],
  });

  it('shows the opinion that returned it, starts from what was sent and sends it back with the version read', async () => {
    api.getApplication.mockResolvedValue(RETURNED);
    api.resubmitApplication.mockResolvedValue(anApplication({ version: 4 }));
    page = await openApply({ applicationId: 'sa:1' });
    expect(byTestId('return-opinion')[0]!.textContent).toContain('请核实知识产权管理人员数量');
    expect(byTestId('return-opinion')[0]!.textContent).toContain('市局知识产权相关科室 · 科室乙 · 2026-06-14 16:30');
    expect(fieldInput('town').value).toBe('火炬开发区');

    typeField(page.utils, 'ipManagers', '3');
    await tickCommitment();
    tapSubmit(page);

    await waitFor(() => expect(taro.redirectTo).toHaveBeenCalledWith({ url: DETAIL_URL }));
    const { otherNeed: _other, ...form } = SENT_FORM;
    expect(api.resubmitApplication).toHaveBeenCalledWith({
      applicationId: 'sa:1',
      version: 3,
      form: { ...form, ipManagers: 3, needs: ['studio_system'] },
    });
    expect(api.submitApplication).not.toHaveBeenCalled();
    expect(api.prefillApplication).not.toHaveBeenCalled();
  });

  it('says why an application under review cannot be resubmitted', async () => {
    api.getApplication.mockResolvedValue(anApplication({ status: 'reviewing', canResubmit: false }));

    page = await mountPage(ApplyPage, { applicationId: 'sa:1' });

    await waitForText('该申请正在审批中，无需重新提交');
    expect(byTestId('submit')).toHaveLength(0);
  });
});

describe('流动工作室申请: the company', () => {
  it('lists its applications and offers 申请设立 while none is open', async () => {
    api.listApplications.mockResolvedValue(aPage([aSummary({ id: 'sa:0', status: 'rejected', dueAt: undefined })]));
    page = await mountPage(ListPage);
    await waitFor(() => expect(byTestId('studio-application')).toHaveLength(1));

    page.utils.fireEvent.click(byTestId('studio-apply')[0]!);

    expect(navigatedUrls(taro)).toEqual(['/packages/studio/pages/apply/index']);
    expect(api.listApplications).toHaveBeenCalledWith({ page: 1, pageSize: 20 });
    expect(byTestId('studio-status')[0]!.textContent).toBe('未通过');
  });

  it('says the open application is under way instead of offering another, and opens it', async () => {
    api.listApplications.mockResolvedValue(aPage([aSummary()]));
    page = await mountPage(ListPage);
    await waitFor(() => expect(byTestId('studio-application')).toHaveLength(1));

    byTestId('studio-application')[0]!.dispatchEvent(new MouseEvent('click', { bubbles: true }));

    expect(navigatedUrls(taro)).toEqual([DETAIL_URL]);
    expect(byTestId('studio-apply')).toHaveLength(0);
    expect(byTestId('apply-blocked')[0]!.textContent).toBe('贵企业的申请正在审批中，可打开申请查看进度');
  });

  it('says when there is none yet', async () => {
    api.listApplications.mockResolvedValue(aPage([]));

    page = await mountPage(ListPage);

    await waitFor(() => expect(byTestId('list-empty')).toHaveLength(1));
    expect(bodyText()).toContain('还没有提交过流动工作室申请');
    expect(byTestId('studio-apply')).toHaveLength(1);
  });
});

describe('流动工作室申请: the approvers', () => {
  beforeEach(() => useAppStore.setState({ me: STUDIO_BRANCH_ME }));

  it('opens on what is under review, with each stage, its time limit and 已超时 once late', async () => {
    api.listApplications.mockResolvedValue(
      aPage([
        aSummary({ id: 'sa:1', overdue: true, dueAt: NOW - DAY_MS }),
        aSummary({ id: 'sa:2', companyName: '中山远山新材料有限公司', stage: 'section', dueAt: NOW + 2 * DAY_MS }),
      ]),
    );

    page = await mountPage(ListPage);

    await waitFor(() => expect(byTestId('studio-application')).toHaveLength(2));
    expect(api.listApplications).toHaveBeenCalledWith({ status: 'reviewing', page: 1, pageSize: 20 });
    expect(chipOf('status-filter', 'reviewing')!.getAttribute('data-active')).toBe('true');
    const [late, onTime] = byTestId('studio-application');
    expect(late!.querySelector('[data-testid="studio-overdue"]')!.textContent).toBe('已超时');
    expect(late!.querySelector('[data-testid="studio-due"]')!.textContent).toBe('审批时限：2026-06-14 10:00');
    expect(onTime!.querySelector('[data-testid="studio-overdue"]')).toBeNull();
    expect(onTime!.querySelector('[data-testid="studio-stage"]')!.textContent).toBe('当前环节：市局知识产权相关科室');
    expect(byTestId('studio-apply')).toHaveLength(0);
  });

  it('filters by status, and 全部 asks for every status', async () => {
    api.listApplications.mockResolvedValue(aPage([]));
    page = await mountPage(ListPage);
    await waitFor(() => expect(api.listApplications).toHaveBeenCalledTimes(1));

    await tapChip('status-filter', 'returned');
    await waitFor(() => expect(api.listApplications).toHaveBeenCalledTimes(2));
    await tapChip('status-filter', '');

    await waitFor(() => expect(api.listApplications).toHaveBeenCalledTimes(3));
    expect(api.listApplications.mock.calls.map(([input]) => input.status)).toEqual([
      'reviewing',
      'returned',
      undefined,
    ]);
    expect(byTestId('status-filter').map((c) => c.textContent)).toEqual([
      '审批中',
      '退回补正',
      '已批准',
      '未通过',
      '全部',
    ]);
  });

  it('shows an admin the queue too, and a failed load with a retry', async () => {
    useAppStore.setState({ me: ADMIN_ME });
    api.listApplications
      .mockRejectedValueOnce(new ServiceError('NETWORK', '网络连接失败，请检查网络后重试'))
      .mockResolvedValueOnce(aPage([aSummary({ status: 'approved', number: 'LDGZS-2026-007', dueAt: undefined })]));
    page = await mountPage(ListPage);
    await waitFor(() => expect(byTestId('list-error')).toHaveLength(1));

    tapText('重新加载');

    await waitFor(() => expect(byTestId('studio-number')[0]?.textContent).toBe('工作室编号：LDGZS-2026-007'));
  });
});

describe('工作室年度小结', () => {
  type Summary = OutputOf<'studio', 'studioSummary'>;
  const aYear = (overrides: Partial<Summary> = {}): Summary => ({
    stationId: 'st-studio-1',
    name: '中山星河智能科技有限公司流动工作室',
    number: 'LDGZS-2025-003',
    year: 2026,
    services: [
      { need: 'studio_rapid', count: 5, closed: 4 },
      { need: 'studio_system', count: 2, closed: 2 },
    ],
    visits: 4,
    consultations: 9,
    ratings: { count: 6, average: 4.5 },
    improvements: { total: 3, done: 1 },
    ...overrides,
  });

  it('shows the studio, every kind of service with its figures, satisfaction and improvements', async () => {
    api.studioSummary.mockResolvedValue(aYear());

    page = await mountPage(SummaryPage, { stationId: 'st-studio-1' });

    await waitFor(() => expect(byTestId('service-row')).toHaveLength(7));
    expect(api.studioSummary).toHaveBeenCalledWith({ stationId: 'st-studio-1', year: 2026 });
    expect(bodyText()).toContain('中山星河智能科技有限公司流动工作室');
    expect(byTestId('summary-number')[0]!.textContent).toBe('编号：LDGZS-2025-003');
    const figures = Object.fromEntries(
      byTestId('service-row').map((r) => [
        r.getAttribute('data-need'),
        r.querySelector('[data-testid="service-figures"]')!.textContent,
      ]),
    );
    expect(figures).toEqual({
      studio_system: '2 件 · 已办结 2',
      studio_high_value: '0 件 · 已办结 0',
      studio_rapid: '5 件 · 已办结 4',
      studio_overseas: '0 件 · 已办结 0',
      studio_infringement: '0 件 · 已办结 0',
      studio_use: '0 件 · 已办结 0',
      studio_other: '0 件 · 已办结 0',
    });
    expect(byTestId('services-total')[0]!.textContent).toBe('共 7 件 · 已办结 6 件');
    expect(byTestId('visits-consultations')[0]!.textContent).toBe('走访 4 次 · 咨询 9 次');
    expect(byTestId('ratings-average')[0]!.textContent).toBe('4.5 分');
    expect(byTestId('ratings-count')[0]!.textContent).toBe('共 6 条评价');
    expect(byTestId('rating-stars')[0]!.getAttribute('data-value')).toBe('4.5');
    expect(byTestId('improvements')[0]!.textContent).toBe('改进事项 3 项 · 已完成 1 项 · 进行中 2 项');
  });

  it('says 暂无评价 for a year without ratings', async () => {
    api.studioSummary.mockResolvedValue(aYear({ ratings: { count: 0, average: null } }));

    page = await mountPage(SummaryPage, { stationId: 'st-studio-1' });

    await waitFor(() => expect(byTestId('ratings-none')[0]?.textContent).toBe('暂无评价'));
    expect(byTestId('ratings-average')).toHaveLength(0);
  });

  it("opens on the Shanghai year (New Year's morning in Shanghai is still the old year in UTC)", async () => {
    setNow(shanghaiInstant('2027-01-01', '06:00'));
    api.studioSummary.mockResolvedValue(aYear({ year: 2027 }));

    page = await mountPage(SummaryPage, { stationId: 'st-studio-1' });

    await waitFor(() => expect(api.studioSummary).toHaveBeenCalledWith({ stationId: 'st-studio-1', year: 2027 }));
    expect(byTestId('year')[0]!.textContent).toBe('2027 年');
  });

  it('switches to the year before, and not past this year', async () => {
    api.studioSummary.mockImplementation(({ year }) => Promise.resolve(aYear({ year })));
    page = await mountPage(SummaryPage, { stationId: 'st-studio-1', year: '2026' });
    await waitFor(() => expect(byTestId('service-row')).toHaveLength(7));

    byTestId('year-next')[0]!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    byTestId('year-prev')[0]!.dispatchEvent(new MouseEvent('click', { bubbles: true }));

    await waitFor(() => expect(byTestId('year')[0]!.textContent).toBe('2025 年'));
    await waitFor(() => expect(byTestId('service-row')).toHaveLength(7));
    expect(api.studioSummary.mock.calls.map(([input]) => input.year)).toEqual([2026, 2025]);
  });

  it('shows a failed load with a retry', async () => {
    api.studioSummary.mockRejectedValue(new ServiceError('INTERNAL', '服务暂时不可用，请稍后再试'));

    page = await mountPage(SummaryPage, { stationId: 'st-studio-1' });

    await waitFor(() => expect(byTestId('list-error')).toHaveLength(1));
    expect(bodyText()).toContain('服务暂时不可用，请稍后再试');
    expect(byTestId('service-row')).toHaveLength(0);
  });
});
