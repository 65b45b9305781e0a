import StationPage from '@/packages/directory/pages/station/index';
import * as directory from '@/services/directory';
import { ServiceError } from '@/services/errors';
import { aDetail, anItem, aStation } from './support/directory-fixtures';
import { bodyText, byTestId, mountPage, waitFor, type MountedPage } from './support/page-harness';
import { mockTaro, toastTitles, type TaroMocks } from './support/taro-mocks';

jest.mock('@/services/directory', () => require('./support/directory-mock').directoryMock());
const api = jest.mocked(directory);

const STATION_ID = 'st-haidian-zgc';
const ITEM = anItem();
const SECOND = anItem({
  id: 'it-2',
  name: '专利预审服务对接',
  targetUsers: '重点产业企业',
  content: '协助企业对接保护中心专利预审',
  procedure: '备案 → 提交预审 → 跟踪结果',
  timeLimit: '10个工作日',
  consultPhone: '13800138000',
  supervisionPhone: '010-12345678',
  order: 20,
});

function itemCard(id: string): Element {
  const card = byTestId('service-item').find((el) => el.getAttribute('data-id') === id);
  if (!card) throw new Error(`no item ${id}`);
  return card;
}

/** A NutUI button, or the PlainButton of the list states (ListStatus), showing `text`. */
function buttonIn(root: Element, text: string): Element {
  const button = Array.from(root.querySelectorAll('.nut-button, .plain-button')).find((b) =>
    b.textContent?.includes(text),
  );
  if (!button) throw new Error(`no button ${text}`);
  return button;
}

describe('网点详情 page', () => {
  let taro: TaroMocks;
  let page: MountedPage;

  beforeEach(() => {
    jest.clearAllMocks();
    taro = mockTaro();
  });

  afterEach(() => {
    page?.unmount();
    jest.restoreAllMocks();
  });

  it('shows the station and all seven fields of every service item, without edit buttons for the public', async () => {
    api.getStation.mockResolvedValue(aDetail({ items: [ITEM, SECOND] }));
    page = await mountPage(StationPage, { stationId: STATION_ID });

    await waitFor(() => expect(byTestId('service-item')).toHaveLength(2));
    expect(api.getStation).toHaveBeenCalledWith({ stationId: STATION_ID });
    const info = byTestId('station-info')[0]!.textContent ?? '';
    for (const text of [
      '海淀区中关村知识产权工作站',
      '维权援助服务站',
      '工作站',
      '海淀区',
      '北京市海淀区中关村大街1号',
      '010-62345678',
      '周一至周五 9:00-17:30',
      '新一代信息技术',
      '人工智能',
      '中关村知识产权服务中心',
      '面向园区企业提供知识产权公共服务',
    ]) {
      expect(info).toContain(text);
    }

    const card = itemCard('it-2').textContent ?? '';
    for (const label of ['事项名称', '服务对象', '服务内容', '办理流程', '办理时限', '咨询电话', '监督电话']) {
      expect(card).toContain(label);
    }
    for (const value of [
      '专利预审服务对接',
      '重点产业企业',
      '协助企业对接保护中心专利预审',
      '备案 → 提交预审 → 跟踪结果',
      '10个工作日',
      '13800138000',
      '010-12345678',
    ]) {
      expect(card).toContain(value);
    }
    expect(bodyText()).toContain('共 2 项');
    expect(bodyText()).not.toContain('编辑站点信息');
    expect(bodyText()).not.toContain('新增服务事项');
    expect(document.querySelectorAll('[data-testid="item-edit"], [data-testid="item-toggle"]')).toHaveLength(0);
  });

  it('dials the consultation and the supervision phone of an item', async () => {
    api.getStation.mockResolvedValue(aDetail({ items: [SECOND] }));
    page = await mountPage(StationPage, { stationId: STATION_ID });
    await waitFor(() => expect(byTestId('service-item')).toHaveLength(1));

    const phones = itemCard('it-2').querySelectorAll('.phone-link');
    page.utils.fireEvent.click(phones[0]!);
    page.utils.fireEvent.click(phones[1]!);
    expect(taro.makePhoneCall.mock.calls).toEqual([[{ phoneNumber: '13800138000' }], [{ phoneNumber: '01012345678' }]]);
  });

  it('gives its editors the edit buttons, which open the edit pages', async () => {
    api.getStation.mockResolvedValue(aDetail({ items: [ITEM], canEdit: true }));
    page = await mountPage(StationPage, { stationId: STATION_ID });
    await waitFor(() => expect(byTestId('editor-actions')).toHaveLength(1));

    const actions = byTestId('editor-actions')[0]!;
    page.utils.fireEvent.click(buttonIn(actions, '编辑站点信息'));
    page.utils.fireEvent.click(buttonIn(actions, '新增服务事项'));
    page.utils.fireEvent.click(buttonIn(itemCard('it-1'), '编辑'));

    expect(taro.navigateTo.mock.calls.map(([o]) => (o as { url: string }).url)).toEqual([
      '/packages/directory/pages/station-edit/index?stationId=st-haidian-zgc',
      '/packages/directory/pages/item-edit/index?stationId=st-haidian-zgc',
      '/packages/directory/pages/item-edit/index?stationId=st-haidian-zgc&itemId=it-1',
    ]);
  });

  it('asks before withdrawing an item, then withdraws it and shows it greyed as 已撤下', async () => {
    api.getStation
      .mockResolvedValueOnce(aDetail({ items: [ITEM], canEdit: true }))
      .mockResolvedValueOnce(aDetail({ items: [{ ...ITEM, status: 'withdrawn' }], canEdit: true }));
    api.setServiceItemStatus.mockResolvedValue({ ...ITEM, status: 'withdrawn' });
    page = await mountPage(StationPage, { stationId: STATION_ID });
    await waitFor(() => expect(byTestId('service-item')).toHaveLength(1));

    page.utils.fireEvent.click(buttonIn(itemCard('it-1'), '撤下'));

    await waitFor(() => expect(api.setServiceItemStatus).toHaveBeenCalledTimes(1));
    expect(taro.showModal).toHaveBeenCalledTimes(1);
    expect(String((taro.showModal.mock.calls[0]![0] as { content?: string }).content)).toContain('商标注册指导');
    expect(api.setServiceItemStatus).toHaveBeenCalledWith({
      stationId: STATION_ID,
      itemId: 'it-1',
      status: 'withdrawn',
    });
    await waitFor(() => expect(itemCard('it-1').getAttribute('data-status')).toBe('withdrawn'));
    const card = itemCard('it-1');
    expect(card.className).toContain('item-card--withdrawn');
    expect(card.textContent).toContain('已撤下');
    expect(buttonIn(card, '重新公示')).toBeTruthy();
    expect(toastTitles(taro)).toContain('已撤下');
  });

  it('withdraws nothing when the confirmation is cancelled', async () => {
    api.getStation.mockResolvedValue(aDetail({ items: [ITEM], canEdit: true }));
    taro.showModal.mockResolvedValue({ errMsg: 'ok', confirm: false, cancel: true } as never);
    page = await mountPage(StationPage, { stationId: STATION_ID });
    await waitFor(() => expect(byTestId('service-item')).toHaveLength(1));

    page.utils.fireEvent.click(buttonIn(itemCard('it-1'), '撤下'));

    await waitFor(() => expect(taro.showModal).toHaveBeenCalledTimes(1));
    expect(itemCard('it-1').getAttribute('data-status')).toBe('published');

    // Saying yes the next time sends exactly one change: the "no" sent none.
    taro.showModal.mockResolvedValue({ errMsg: 'ok', confirm: true, cancel: false } as never);
    api.setServiceItemStatus.mockResolvedValue({ ...ITEM, status: 'withdrawn' });
    page.utils.fireEvent.click(buttonIn(itemCard('it-1'), '撤下'));
    await waitFor(() => expect(toastTitles(taro)).toContain('已撤下'));
    expect(api.setServiceItemStatus).toHaveBeenCalledTimes(1);
  });

  it('republishes a withdrawn item without asking', async () => {
    const withdrawn = { ...ITEM, status: 'withdrawn' as const };
    api.getStation
      .mockResolvedValueOnce(aDetail({ items: [withdrawn], canEdit: true }))
      .mockResolvedValueOnce(aDetail({ items: [ITEM], canEdit: true }));
    api.setServiceItemStatus.mockResolvedValue(ITEM);
    page = await mountPage(StationPage, { stationId: STATION_ID });
    await waitFor(() => expect(byTestId('service-item')).toHaveLength(1));
    expect(itemCard('it-1').textContent).toContain('已撤下');

    page.utils.fireEvent.click(buttonIn(itemCard('it-1'), '重新公示'));

    await waitFor(() => expect(itemCard('it-1').getAttribute('data-status')).toBe('published'));
    expect(taro.showModal).not.toHaveBeenCalled();
    expect(api.setServiceItemStatus).toHaveBeenCalledWith({
      stationId: STATION_ID,
      itemId: 'it-1',
      status: 'published',
    });
    expect(itemCard('it-1').textContent).not.toContain('已撤下');
  });

  it('reloads when shown again after an edit page was on top', async () => {
    api.getStation
      .mockResolvedValueOnce(aDetail({ items: [ITEM], canEdit: true }))
      .mockResolvedValueOnce(
        aDetail({ station: aStation({ name: '中关村知识产权工作站（新址）' }), items: [ITEM, SECOND], canEdit: true }),
      );
    page = await mountPage(StationPage, { stationId: STATION_ID });
    await waitFor(() => expect(byTestId('service-item')).toHaveLength(1));

    await page.trigger('componentDidShow'); // the first show: already loading, no second request
    expect(api.getStation).toHaveBeenCalledTimes(1);

    await page.trigger('componentDidHide');
    await page.trigger('componentDidShow');

    await waitFor(() => expect(byTestId('service-item')).toHaveLength(2));
    expect(api.getStation).toHaveBeenCalledTimes(2);
    expect(bodyText()).toContain('中关村知识产权工作站（新址）');
  });

  it('says when the station does not exist', async () => {
    api.getStation.mockRejectedValue(new ServiceError('NOT_FOUND', '该服务站点不存在或已暂停服务'));
    page = await mountPage(StationPage, { stationId: 'st-gone' });

    await waitFor(() => expect(byTestId('list-empty')).toHaveLength(1));
    expect(bodyText()).toContain('该服务网点不存在或已暂停服务');
    expect(byTestId('list-error')).toHaveLength(0);
  });

  it('shows a failed load with a retry that loads again', async () => {
    api.getStation
      .mockRejectedValueOnce(new ServiceError('INTERNAL', '系统繁忙，请稍后重试'))
      .mockResolvedValueOnce(aDetail());
    page = await mountPage(StationPage, { stationId: STATION_ID });

    await waitFor(() => expect(byTestId('list-error')).toHaveLength(1));
    expect(bodyText()).toContain('系统繁忙，请稍后重试');
    page.utils.fireEvent.click(buttonIn(byTestId('list-error')[0]!, '重新加载'));

    await waitFor(() => expect(byTestId('service-item')).toHaveLength(1));
    expect(api.getStation).toHaveBeenCalledTimes(2);
  });
});
