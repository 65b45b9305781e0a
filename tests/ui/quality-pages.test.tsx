/**
 * The service quality pages (004 §9): 整改事项 (新建整改 sends what was picked — a complaint as
 * the source, the owner, the measure, the due date — and refuses a past due date before sending;
 * 仅看逾期 and the link's filters; the owner completes their own open item with evidence and the
 * card turns 已完成; company staff are gated out) and 服务评价档案 (a vetoed evaluation reads 否决,
 * the complaint counts show, another year reloads it).
 */
import ImprovementsPage from '@/packages/quality/pages/improvements/index';
import ArchivePage from '@/packages/quality/pages/archive/index';
import type { ImprovementView, StationArchive } from '@core/contract';
import { shanghaiInstant } from '@core/rules/time';
import * as complaint from '@/services/complaint';
import * as consult from '@/services/consult';
import * as quality from '@/services/quality';
import { useAppStore } from '@/store';
import { atNow } from './support/clock';
import { CHIEF_ME, COMPANY_ME, LIAISON_ME, STATION_ID, STATION_NAME } from './support/consult-fixtures';
import { aPage } from './support/directory-fixtures';
import {
  bodyText,
  byTestId,
  fieldError,
  showPage,
  tapText,
  typeField,
  waitFor,
  waitForForm,
  waitForText,
  type MountedPage,
} from './support/page-harness';
import { signedInPages } from './support/page-lifecycle';

jest.mock('@/services/quality');
jest.mock('@/services/complaint');
jest.mock('@/services/consult', () => require('./support/consult-mock').consultMock());
jest.mock('@/services/files', () => ({
  register: jest.fn(),
  uploadAttachment: jest.fn(),
  absoluteUrl: (url: string) => url,
}));
const api = jest.mocked(quality);
const cmp = jest.mocked(complaint);
const con = jest.mocked(consult);

atNow(shanghaiInstant('2026-12-02', '10:00'));
signedInPages(CHIEF_ME);

function anImprovement(overrides: Partial<ImprovementView> = {}): ImprovementView {
  return {
    id: 'imp-1',
    stationId: STATION_ID,
    stationName: STATION_NAME,
    source: { kind: 'complaint', refId: 'cp-1', label: '投诉：咨询服务（专利预审）' },
    finding: '咨询答复含糊，未说明材料清单',
    measure: '编制专利预审材料清单并培训联络员',
    ownerId: 'u-li',
    ownerName: '李联络',
    dueDate: '2026-12-20',
    status: 'open',
    overdue: false,
    attachments: [],
    createdByName: '赵站长',
    createdAt: shanghaiInstant('2026-11-28', '09:00'),
    ...overrides,
  };
}

const tapToggle = (name: string) =>
  byTestId(`toggle-${name}`)[0]!.dispatchEvent(new MouseEvent('click', { bubbles: true }));

/** Chooses `date` in the date picker of the form row named `name`. */
function pickDate(page: MountedPage, name: string, date: string): void {
  const picker = document.querySelector(`[data-field="${name}"] taro-picker-core`)!;
  page.utils.act(() => {
    picker.dispatchEvent(new CustomEvent('change', { detail: { value: date }, bubbles: true }));
  });
}

/** Chooses option `index` of the picker named `name` once its options are shown. */
async function pickOption(page: MountedPage, name: string, loadedHint: string, index: number) {
  await waitFor(() => expect(byTestId(`choice-${name}`)[0]?.textContent).toBe(loadedHint));
  const picker = document.querySelector(`[data-field="${name}"] taro-picker-core`)!;
  page.utils.act(() => {
    picker.dispatchEvent(new CustomEvent('change', { detail: { value: index }, bubbles: true }));
  });
}

const FINDING = '咨询答复含糊，未说明材料清单';
const MEASURE = '编制专利预审材料清单并培训联络员';

describe('新建整改', () => {
  async function fillForm(dueDate: string) {
    con.listStationMembers.mockResolvedValue([
      { id: 'u-li', name: '李联络', role: 'liaison', hasPattern: true },
      { id: 'u-ex', name: '王专家', role: 'expert', hasPattern: false },
    ]);
    cmp.listComplaints.mockResolvedValue(
      aPage([{ id: 'cp-1', subject: { kind: 'record', label: '咨询服务（专利预审）' } }]) as never,
    );
    const page = await showPage(ImprovementsPage);
    await waitForText('新建整改');
    tapText('新建整改');
    await waitForForm();
    tapText('投诉');
    await pickOption(page, 'refId', '选填：整改针对的投诉', 0);
    typeField(page.utils, 'finding', FINDING);
    typeField(page.utils, 'measure', MEASURE);
    await pickOption(page, 'ownerId', '请选择责任人', 0);
    pickDate(page, 'dueDate', dueDate);
    await waitFor(() => expect(byTestId('choice-dueDate')[0]?.textContent).toBe(dueDate));
  }

  it('sends the complaint it came from, the owner, the measure and the due date, then lists it', async () => {
    api.listImprovements.mockResolvedValueOnce(aPage([])).mockResolvedValue(aPage([anImprovement()]));
    api.createImprovement.mockResolvedValue(anImprovement());
    await fillForm('2026-12-31');

    tapText('创建整改');

    await waitFor(() => expect(byTestId('improvement')).toHaveLength(1));
    expect(api.createImprovement).toHaveBeenCalledWith({
      clientRequestId: expect.stringMatching(/^[0-9a-f]{24}$/),
      stationId: STATION_ID,
      source: { kind: 'complaint', refId: 'cp-1' },
      finding: FINDING,
      measure: MEASURE,
      ownerId: 'u-li',
      dueDate: '2026-12-31',
    });
    expect(cmp.listComplaints).toHaveBeenCalledWith({ pageSize: 50, stationId: STATION_ID });
    expect(byTestId('improvement-form')).toHaveLength(0);
  });

  it('refuses a due date before today without sending', async () => {
    api.listImprovements.mockResolvedValue(aPage([]));
    await fillForm('2026-12-01');

    tapText('创建整改');

    await waitFor(() => expect(fieldError('dueDate')).toBe('整改期限：不能早于今天'));
    expect(api.createImprovement).not.toHaveBeenCalled();
  });
});

describe('整改事项', () => {
  it('仅看逾期 asks for the overdue ones only', async () => {
    api.listImprovements.mockResolvedValue(aPage([anImprovement()]));
    await showPage(ImprovementsPage);
    await waitForText('共 1 项整改');

    tapToggle('overdue');

    await waitFor(() =>
      expect(api.listImprovements).toHaveBeenLastCalledWith({ overdue: true, page: 1, pageSize: 20 }),
    );
  });

  it('opens filtered as the link says, late ones marked 逾期', async () => {
    api.listImprovements.mockResolvedValue(aPage([anImprovement({ overdue: true, dueDate: '2026-11-30' })]));

    await showPage(ImprovementsPage, { status: 'open', overdue: '1' });

    await waitForText('整改期限：2026-11-30');
    expect(api.listImprovements).toHaveBeenCalledWith({ status: 'open', overdue: true, page: 1, pageSize: 20 });
    expect(byTestId('improvement-overdue')).toHaveLength(1);
  });

  it('the owner sees 完成整改 on their own open item only', async () => {
    useAppStore.setState({ me: LIAISON_ME });
    api.listImprovements.mockResolvedValue(
      aPage([anImprovement(), anImprovement({ id: 'imp-2', ownerId: 'u-ex', ownerName: '王专家' })]),
    );

    await showPage(ImprovementsPage);

    await waitForText('共 2 项整改');
    const offered = byTestId('improvement').map((c) => (c.textContent ?? '').includes('完成整改'));
    expect(offered).toEqual([true, false]);
    expect(bodyText()).not.toContain('新建整改');
  });

  it('completing sends the evidence and the card turns 已完成', async () => {
    useAppStore.setState({ me: LIAISON_ME });
    const evidence = '已编制材料清单，并于周会培训全体联络员';
    api.listImprovements.mockResolvedValue(aPage([anImprovement()]));
    api.completeImprovement.mockResolvedValue(
      anImprovement({ status: 'done', evidence, doneAt: shanghaiInstant('2026-12-02', '10:00'), doneByName: '李联络' }),
    );
    const page = await showPage(ImprovementsPage);
    await waitForText('完成整改');
    tapText('完成整改');
    await waitForForm();
    typeField(page.utils, 'evidence', evidence);

    tapText('确认完成');

    await waitFor(() => expect(byTestId('improvement-status')[0]?.textContent).toBe('已完成'));
    expect(api.completeImprovement).toHaveBeenCalledWith({ improvementId: 'imp-1', evidence, attachments: [] });
    expect(byTestId('improvement-evidence')[0]?.textContent).toContain(evidence);
  });

  it('company staff are gated out', async () => {
    useAppStore.setState({ me: COMPANY_ME });

    await showPage(ImprovementsPage);

    await waitFor(() => expect(byTestId('gate-role')).toHaveLength(1));
    expect(api.listImprovements).not.toHaveBeenCalled();
  });
});

function anArchive(year: number): StationArchive {
  return {
    stationId: STATION_ID,
    stationName: STATION_NAME,
    year,
    evaluations: [
      { roundId: 'r-1', title: `${year} 年度评价`, gradeLabel: '不合格', score: 92, vetoed: true },
      { roundId: 'r-2', title: `${year} 年度复评`, gradeLabel: '优秀', score: 95, vetoed: false },
    ],
    complaints: {
      total: 3,
      byStatus: [
        { label: '待答复', count: 1 },
        { label: '已答复', count: 0 },
        { label: '复核中', count: 0 },
        { label: '已办结', count: 2 },
      ],
      items: [
        { id: 'cp-1', label: '咨询服务（专利预审）', status: 'closed', createdAt: shanghaiInstant(`${year}-11-25`) },
      ],
    },
    ratings: [{ kind: 'consult', label: '咨询服务', count: 12, mean: 4.5, low: 1 }],
    reviews: [
      {
        id: `${STATION_ID}:${year}-03-01:${year}-03-31`,
        label: `${year}年3月`,
        savedAt: Date.UTC(year, 3, 1),
        savedByName: '王站长',
        findings: ['服务需求受理：1 件超过时限（2个工作日内受理）'],
        checks: [{ title: '服务需求受理', rate: 50 }],
      },
    ],
    improvements: { total: 1, open: 1, overdue: 0, items: [anImprovement()] },
  };
}

describe('服务评价档案', () => {
  beforeEach(() => {
    api.stationArchive.mockImplementation(async ({ year }) => anArchive(year));
  });

  it('shows a vetoed evaluation as 否决, and the complaints by status', async () => {
    await showPage(ArchivePage);

    await waitForText('2026 年度服务评价档案');
    const evaluations = byTestId('archive-evaluation').map((e) => (e.textContent ?? '').replace(/\s+/g, ' '));
    expect(evaluations).toEqual(['2026 年度评价否决', '2026 年度复评优秀 · 95 分']);
    expect(byTestId('archive-complaint-counts')[0]?.textContent).toBe('共 3 件待答复 1已答复 0复核中 0已办结 2');
    expect(api.stationArchive).toHaveBeenCalledWith({ year: 2026 });
    expect(byTestId('archive-review').map((e) => (e.textContent ?? '').replace(/\s+/g, ' '))).toEqual([
      '2026年3月 · 服务需求受理 50%1 项问题 · 王站长存档',
    ]);
  });

  it('another year reloads it with that year', async () => {
    await showPage(ArchivePage);
    await waitForText('2026 年度服务评价档案');

    tapText('‹ 上一年');

    await waitForText('2025 年度服务评价档案');
    expect(api.stationArchive).toHaveBeenLastCalledWith({ year: 2025 });
  });
});
