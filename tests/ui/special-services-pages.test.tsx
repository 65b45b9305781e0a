/**
 * 年度专项服务清单: anyone reads a station's published list of a year (and switches the year);
 * the station's people also see each service's progress and its deliveries, and the chief records
 * one (as the policy lets), drafts (编制清单), edits and publishes (after confirming) it, and a list published
 * after the first quarter reads 逾期发布. The editor keeps each item's id, checks what was typed
 * with the contract's limits, removes an item only after asking (never one with deliveries), and
 * keeps what was typed when saving fails. The station page links to the list.
 */
import SpecialServicesPage from '@/packages/directory/pages/special/index';
import SpecialServicesEditPage from '@/packages/directory/pages/special-edit/index';
import StationPage from '@/packages/directory/pages/station/index';
import { SPECIAL_LABELS } from '@/packages/directory/lib/special-form';
import { specialServiceFields } from '@core/contract/directory';
import type { SpecialService, SpecialServiceList } from '@core/contract';
import { shanghaiInstant } from '@core/rules/time';
import * as directory from '@/services/directory';
import { ServiceError } from '@/services/errors';
import { useAppStore } from '@/store';
import { atNow } from './support/clock';
import { CHIEF_ME, COMPANY_ME, STATION_ID, STATION_NAME } from './support/consult-fixtures';
import { aDetail } from './support/directory-fixtures';
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
import { navigatedUrls, toastTitles } from './support/taro-mocks';

jest.mock('@/services/directory');
const api = jest.mocked(directory);

// Early May: the year's list is due by the end of March, so publishing now is late.
const NOW = shanghaiInstant('2026-05-10', '10:00');
atNow(NOW);
signedInPages(COMPANY_ME);

const NAVIGATION: SpecialService = {
  id: 'sp-1',
  content: '专利导航分析服务',
  targets: '园区专精特新企业',
  frequency: 'quarterly',
  expected: '为十家企业出具导航分析报告',
  planned: 4,
  done: 1,
};
const RIGHTS: SpecialService = {
  id: 'sp-2',
  content: '海外维权应急指导',
  targets: '涉外纠纷企业',
  frequency: 'on_demand',
  expected: '纠纷发生后两个工作日内给出应对建议',
  planned: null,
  done: 2,
};
const DELIVERY = {
  id: 'pg-1',
  doneAt: shanghaiInstant('2026-04-02'),
  note: '为三家企业开展专利导航',
  byName: '李联络',
};

function aList(overrides: Partial<SpecialServiceList> = {}): SpecialServiceList {
  return {
    stationId: STATION_ID,
    stationName: STATION_NAME,
    year: 2026,
    status: 'published',
    publishedAt: shanghaiInstant('2026-03-15', '10:00'),
    late: false,
    items: [NAVIGATION, RIGHTS],
    canEdit: false,
    ...overrides,
  };
}

/** The list as the station's own people get it: progress and deliveries included. */
function anOwnList(overrides: Partial<SpecialServiceList> = {}): SpecialServiceList {
  return aList({
    canEdit: true,
    items: [
      { ...NAVIGATION, progress: [DELIVERY] },
      { ...RIGHTS, progress: [] },
    ],
    ...overrides,
  });
}

function itemCard(id: string): Element {
  const card = byTestId('special-item').find((el) => el.getAttribute('data-id') === id);
  if (!card) throw new Error(`no special service ${id}`);
  return card;
}

function buttonIn(root: Element, text: string): HTMLElement {
  const button = Array.from(root.querySelectorAll('.nut-button')).find((b) => b.textContent?.includes(text));
  if (!button) throw new Error(`no button ${text}`);
  return button as HTMLElement;
}

async function openList(list: SpecialServiceList): Promise<MountedPage> {
  api.getSpecialServices.mockResolvedValue(list);
  const page = await showPage(SpecialServicesPage, { stationId: STATION_ID });
  await waitFor(() => expect(byTestId('special-head')).toHaveLength(1));
  return page;
}

describe('年度专项服务清单', () => {
  it('shows anyone the published services of this year, without progress or tools', async () => {
    await openList(aList());

    expect(api.getSpecialServices).toHaveBeenCalledWith({ stationId: STATION_ID, year: 2026 });
    const card = itemCard('sp-1').textContent ?? '';
    for (const text of ['专利导航分析服务', '服务对象', '园区专精特新企业', '服务频次', '每季度一次', '预期成效']) {
      expect(card).toContain(text);
    }
    expect(itemCard('sp-2').textContent).toContain('按需开展');
    expect(bodyText()).toContain(STATION_NAME);
    expect(bodyText()).not.toContain('已开展');
    expect(bodyText()).not.toContain('登记开展情况');
    expect(bodyText()).not.toContain('编辑');
  });

  it('switches to the previous year, which has none yet', async () => {
    await openList(aList());
    api.getSpecialServices.mockResolvedValue(aList({ year: 2025, status: 'none', items: [] }));

    tapText('‹ 上一年');

    await waitForText('该年度专项服务清单尚未发布');
    expect(api.getSpecialServices).toHaveBeenLastCalledWith({ stationId: STATION_ID, year: 2025 });
    expect(byTestId('year')[0]?.textContent).toBe('2025 年');
  });

  it('tells a reader this year has none, offering nothing to do', async () => {
    await openList(aList({ status: 'none', publishedAt: undefined, items: [] }));

    expect(bodyText()).toContain('本年度专项服务清单尚未发布');
    expect(bodyText()).not.toContain('编制清单');
  });

  it('offers the chief 编制清单 when this year has none, opening the editor for the year', async () => {
    useAppStore.setState({ me: CHIEF_ME });
    await openList(aList({ status: 'none', publishedAt: undefined, items: [], canEdit: true }));

    tapText('编制清单');

    expect(navigatedUrls(taro)).toEqual([
      `/packages/directory/pages/special-edit/index?stationId=${STATION_ID}&year=2026`,
    ]);
  });

  it('marks a list published after the first quarter as late', async () => {
    await openList(aList({ late: true, publishedAt: shanghaiInstant('2026-04-20', '10:00') }));

    expect(byTestId('special-late')[0]?.textContent).toBe('逾期发布（应于第一季度发布）');
  });

  it("publishes the chief's draft once confirmed, warning it is late", async () => {
    useAppStore.setState({ me: CHIEF_ME });
    api.publishSpecialServices.mockResolvedValue(anOwnList({ late: true }));
    await openList(anOwnList({ status: 'draft', publishedAt: undefined }));
    expect(byTestId('special-draft')[0]?.textContent).toBe('草稿，尚未发布');
    api.getSpecialServices.mockResolvedValue(anOwnList({ late: true }));

    tapText('发布');

    await waitFor(() => expect(byTestId('special-late')).toHaveLength(1));
    expect(api.publishSpecialServices).toHaveBeenCalledWith({ stationId: STATION_ID, year: 2026 });
    expect((taro.showModal.mock.calls[0]![0] as { content?: string }).content).toContain('将标记为逾期发布');
    expect(toastTitles(taro)).toContain('已发布');
    expect(bodyText()).not.toContain('草稿，尚未发布');
  });

  it('publishes nothing when the confirmation is cancelled', async () => {
    useAppStore.setState({ me: CHIEF_ME });
    taro.showModal.mockResolvedValue({ errMsg: 'ok', confirm: false, cancel: true } as never);
    await openList(anOwnList({ status: 'draft', publishedAt: undefined }));

    tapText('发布');

    await waitFor(() => expect(taro.showModal).toHaveBeenCalledTimes(1));
    expect(api.publishSpecialServices).not.toHaveBeenCalled();
  });

  it("shows the station's people each service's progress against the year's plan and its deliveries", async () => {
    useAppStore.setState({ me: CHIEF_ME });

    await openList(anOwnList());

    const planned = itemCard('sp-1');
    expect(planned.querySelector('[data-testid="special-done"]')?.textContent).toBe('已开展 1 / 4 次');
    expect(planned.querySelector('[data-testid="special-bar"]')?.getAttribute('data-percent')).toBe('25');
    expect(planned.querySelector('[data-testid="special-entry"]')?.textContent).toBe(
      '2026-04-02 · 李联络为三家企业开展专利导航',
    );
    const onDemand = itemCard('sp-2');
    expect(onDemand.querySelector('[data-testid="special-done"]')?.textContent).toBe('已开展 2 次');
    expect(onDemand.querySelector('[data-testid="special-bar"]')).toBeNull();
    expect(buttonIn(byTestId('special-actions')[0]!, '编辑')).toBeTruthy();
  });

  it('lets the chief record a delivery, dated today unless changed, and shows it counted', async () => {
    useAppStore.setState({ me: CHIEF_ME });
    api.logSpecialProgress.mockResolvedValue(anOwnList());
    const page = await openList(anOwnList());
    buttonIn(itemCard('sp-1'), '登记开展情况').click();
    await waitForForm();
    typeField(page.utils, 'note', '走访园区企业五家，开展专利布局辅导');
    api.getSpecialServices.mockResolvedValue(anOwnList({ items: [{ ...NAVIGATION, done: 2, progress: [DELIVERY] }] }));

    tapText('提交');

    await waitFor(() => expect(itemCard('sp-1').textContent).toContain('已开展 2 / 4 次'));
    expect(api.logSpecialProgress).toHaveBeenCalledWith({
      clientRequestId: expect.stringMatching(/^[0-9a-f]{24}$/),
      stationId: STATION_ID,
      year: 2026,
      itemId: 'sp-1',
      doneAt: shanghaiInstant('2026-05-10'),
      note: '走访园区企业五家，开展专利布局辅导',
    });
    expect(toastTitles(taro)).toContain('已登记');
    expect(byTestId('progress-form')).toHaveLength(0);
  });

  it('records no delivery without saying what was done', async () => {
    useAppStore.setState({ me: CHIEF_ME });
    await openList(anOwnList());
    buttonIn(itemCard('sp-1'), '登记开展情况').click();
    await waitForForm();

    tapText('提交');

    await waitFor(() => expect(fieldError('note')).toBe('开展情况：不能为空'));
    expect(api.logSpecialProgress).not.toHaveBeenCalled();
  });

  it('is opened from the station page', async () => {
    api.getStation.mockResolvedValue(aDetail());
    await showPage(StationPage, { stationId: STATION_ID });
    await waitFor(() => expect(byTestId('special-services-link')).toHaveLength(1));

    (byTestId('special-services-link')[0] as HTMLElement).click();

    expect(navigatedUrls(taro)).toEqual([`/packages/directory/pages/special/index?stationId=${STATION_ID}`]);
  });
});

describe('编辑专项服务清单', () => {
  beforeEach(() => useAppStore.setState({ me: CHIEF_ME }));

  async function openEditor(list: SpecialServiceList): Promise<MountedPage> {
    api.getSpecialServices.mockResolvedValue(list);
    const page = await showPage(SpecialServicesEditPage, { stationId: STATION_ID, year: '2026' });
    await waitFor(() => expect(byTestId('special-fields').length).toBeGreaterThan(0));
    await waitForForm();
    return page;
  }

  const tapSave = () => (byTestId('submit')[0] as HTMLElement).click();

  it('labels its fields with the words of the contract', () => {
    for (const key of Object.keys(SPECIAL_LABELS) as Array<keyof typeof SPECIAL_LABELS>) {
      expect(SPECIAL_LABELS[key]).toBe(specialServiceFields[key].description);
    }
  });

  it('saves the items edited and added, keeping the ids of those there were, and goes back', async () => {
    api.saveSpecialServices.mockResolvedValue(anOwnList());
    const page = await openEditor(anOwnList());
    typeField(page.utils, 'items.0.expected', '为十二家企业出具导航分析报告');
    tapText('添加一项专项服务');
    await waitFor(() => expect(byTestId('special-fields')).toHaveLength(3));
    await waitForForm();
    typeField(page.utils, 'items.2.content', '商标海外布局辅导');
    typeField(page.utils, 'items.2.targets', '拟出海企业');
    pickField(page.utils, 'items.2.frequency', 2);
    typeField(page.utils, 'items.2.expected', '辅导五家企业完成马德里注册');

    tapSave();

    await waitFor(() => expect(taro.navigateBack).toHaveBeenCalled());
    expect(api.saveSpecialServices).toHaveBeenCalledWith({
      stationId: STATION_ID,
      year: 2026,
      items: [
        {
          id: 'sp-1',
          content: NAVIGATION.content,
          targets: NAVIGATION.targets,
          frequency: 'quarterly',
          expected: '为十二家企业出具导航分析报告',
        },
        {
          id: 'sp-2',
          content: RIGHTS.content,
          targets: RIGHTS.targets,
          frequency: 'on_demand',
          expected: RIGHTS.expected,
        },
        {
          content: '商标海外布局辅导',
          targets: '拟出海企业',
          frequency: 'half_yearly',
          expected: '辅导五家企业完成马德里注册',
        },
      ],
    });
    expect(toastTitles(taro)).toContain('已保存');
  });

  it('starts a year without a list with one empty item, and says what is missing in Chinese', async () => {
    const page = await openEditor(aList({ status: 'none', publishedAt: undefined, items: [], canEdit: true }));
    typeField(page.utils, 'items.0.targets', '企');

    tapSave();

    await waitFor(() => expect(fieldError('items.0.content')).toBe('服务内容：不能为空'));
    expect(fieldError('items.0.targets')).toBe('服务对象：至少 2 个字');
    expect(fieldError('items.0.frequency')).toBe('服务频次：请选择');
    expect(fieldError('items.0.expected')).toBe('预期成效：不能为空');
    expect(api.saveSpecialServices).not.toHaveBeenCalled();
  });

  it("keeps what was typed when saving fails, with the server's message under its field", async () => {
    api.saveSpecialServices.mockRejectedValue(
      new ServiceError('INVALID_INPUT', '服务内容：与其他专项服务重复', {
        'items.1.content': '服务内容：与其他专项服务重复',
      }),
    );
    const page = await openEditor(anOwnList());
    typeField(page.utils, 'items.1.content', '专利导航分析服务');

    tapSave();

    await waitFor(() => expect(fieldError('items.1.content')).toBe('服务内容：与其他专项服务重复'));
    expect(toastTitles(taro)).toContain('服务内容：与其他专项服务重复');
    expect(fieldInput('items.1.content').value).toBe('专利导航分析服务');
    expect(taro.navigateBack).not.toHaveBeenCalled();
  });

  it('removes an item only once confirmed, and never one with deliveries recorded', async () => {
    api.saveSpecialServices.mockResolvedValue(anOwnList());
    await openEditor(anOwnList({ items: [NAVIGATION, { ...RIGHTS, done: 0 }] }));
    expect(byTestId('special-remove')).toHaveLength(1);
    expect(byTestId('special-fields')[0]?.textContent).toContain('已登记开展 1 次，不能删除');

    (byTestId('special-remove')[0] as HTMLElement).click();
    await waitFor(() => expect(byTestId('special-fields')).toHaveLength(1));
    tapSave();

    await waitFor(() => expect(api.saveSpecialServices).toHaveBeenCalledTimes(1));
    expect(String((taro.showModal.mock.calls[0]![0] as { content?: string }).content)).toContain('海外维权应急指导');
    expect(api.saveSpecialServices.mock.calls[0]![0].items.map((i) => i.id)).toEqual(['sp-1']);
  });

  it('gives company staff the role gate and loads nothing', async () => {
    useAppStore.setState({ me: COMPANY_ME });

    await showPage(SpecialServicesEditPage, { stationId: STATION_ID, year: '2026' });

    await waitForText('编辑专项服务清单需以');
    expect(api.getSpecialServices).not.toHaveBeenCalled();
  });
});
