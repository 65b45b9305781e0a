import ItemEditPage from '@/packages/directory/pages/item-edit/index';
import { ITEM_LABELS, STATION_LABELS } from '@/packages/directory/lib/labels';
import { serviceItemFields, stationFields } from '@core/contract/directory';
import type { ServiceItem } from '@core/contract';
import * as directory from '@/services/directory';
import { ServiceError } from '@/services/errors';
import { aDetail, anItem } from './support/directory-fixtures';
import {
  bodyText,
  byTestId,
  deferred,
  fieldError,
  fieldInput,
  mountPage,
  typeField,
  waitFor,
  waitForForm,
  type MountedPage,
} from './support/page-harness';
import { actAs, ME_BY_ROLE } from './support/roles';
import { mockTaro, toastTitles, type TaroMocks } from './support/taro-mocks';

jest.mock('@/services/directory', () => require('./support/directory-mock').directoryMock());
const api = jest.mocked(directory);

const STATION_ID = 'st-haidian-zgc';
const ITEM = anItem();
const SEVEN = ['name', 'targetUsers', 'content', 'procedure', 'timeLimit', 'consultPhone', 'supervisionPhone'] as const;

function tapSave(page: MountedPage) {
  page.utils.fireEvent.click(byTestId('submit')[0]!);
}

async function openEditor(): Promise<MountedPage> {
  api.getStation.mockResolvedValue(aDetail({ items: [ITEM], canEdit: true }));
  const page = await mountPage(ItemEditPage, { stationId: STATION_ID, itemId: ITEM.id });
  await waitForForm();
  await waitFor(() => expect(fieldInput('name').value).toBe(ITEM.name));
  return page;
}

describe('编辑服务事项 page', () => {
  let taro: TaroMocks;
  let page: MountedPage;

  beforeEach(() => {
    jest.clearAllMocks();
    taro = mockTaro();
    actAs(ME_BY_ROLE.chief);
  });

  afterEach(() => {
    page?.unmount();
    jest.restoreAllMocks();
  });

  it('labels its fields with the words of the contract', () => {
    for (const key of SEVEN) expect(ITEM_LABELS[key]).toBe(serviceItemFields[key].description);
    for (const key of Object.keys(stationFields) as Array<keyof typeof stationFields>) {
      expect(STATION_LABELS[key]).toBe(stationFields[key].description);
    }
  });

  it('loads the item into the seven fields and its order', async () => {
    page = await openEditor();

    expect(api.getStation).toHaveBeenCalledWith({ stationId: STATION_ID });
    for (const key of SEVEN) expect(fieldInput(key).value).toBe(ITEM[key]);
    expect(fieldInput('order').value).toBe('10');
    for (const key of SEVEN) expect(bodyText()).toContain(ITEM_LABELS[key]);
    expect(bodyText()).toContain('海淀区中关村知识产权工作站');
  });

  it('saves the typed values of an existing item, then goes back', async () => {
    api.saveServiceItem.mockResolvedValue({ ...ITEM, timeLimit: '5个工作日', order: 5 });
    page = await openEditor();

    typeField(page.utils, 'timeLimit', '5个工作日');
    typeField(page.utils, 'procedure', '线上预约 → 指导 → 提交');
    typeField(page.utils, 'order', '5');
    tapSave(page);

    await waitFor(() => expect(taro.navigateBack).toHaveBeenCalledTimes(1));
    expect(api.saveServiceItem).toHaveBeenCalledWith({
      stationId: STATION_ID,
      itemId: ITEM.id,
      name: '商标注册指导',
      targetUsers: '辖区内中小企业',
      content: '指导商标注册申请材料准备',
      procedure: '线上预约 → 指导 → 提交',
      timeLimit: '5个工作日',
      consultPhone: '010-62000000',
      supervisionPhone: '12345',
      order: 5,
    });
    expect(toastTitles(taro)).toContain('已保存');
  });

  it("shows the server's message under 咨询电话, keeps what was typed, and sends once for a double tap", async () => {
    const inFlight = deferred<ServiceItem>();
    api.saveServiceItem.mockReturnValue(inFlight.promise);
    page = await openEditor();

    typeField(page.utils, 'consultPhone', '010-7654321');
    typeField(page.utils, 'content', '新的服务内容');
    tapSave(page);
    tapSave(page);
    inFlight.reject(
      new ServiceError('INVALID_INPUT', '咨询电话：格式不正确', { consultPhone: '咨询电话：格式不正确' }),
    );

    await waitFor(() => expect(fieldError('consultPhone')).toBe('咨询电话：格式不正确'));
    expect(api.saveServiceItem).toHaveBeenCalledTimes(1);
    expect(fieldInput('consultPhone').value).toBe('010-7654321');
    expect(fieldInput('content').value).toBe('新的服务内容');
    expect(taro.navigateBack).not.toHaveBeenCalled();
  });

  it('adds a new item with a request id that a retry reuses, starting from the station phone', async () => {
    api.getStation.mockResolvedValue(aDetail({ items: [ITEM], canEdit: true }));
    api.saveServiceItem
      .mockRejectedValueOnce(new ServiceError('NETWORK', '网络连接失败，请检查网络后重试'))
      .mockResolvedValueOnce(anItem({ id: 'it-new', name: '专利预审服务对接' }));
    page = await mountPage(ItemEditPage, { stationId: STATION_ID });
    await waitForForm();
    await waitFor(() => expect(fieldInput('consultPhone').value).toBe('010-62345678'));
    expect(fieldInput('name').value).toBe('');

    typeField(page.utils, 'name', '专利预审服务对接');
    typeField(page.utils, 'targetUsers', '重点产业企业');
    typeField(page.utils, 'content', '协助企业对接保护中心专利预审');
    typeField(page.utils, 'procedure', '备案 → 提交预审 → 跟踪结果');
    typeField(page.utils, 'timeLimit', '10个工作日');
    typeField(page.utils, 'supervisionPhone', '12345');
    tapSave(page);
    await waitFor(() => expect(toastTitles(taro)).toContain('网络连接失败，请检查网络后重试'));
    tapSave(page);

    await waitFor(() => expect(taro.navigateBack).toHaveBeenCalledTimes(1));
    const [first, second] = api.saveServiceItem.mock.calls.map(([input]) => input);
    expect(first).toEqual({
      stationId: STATION_ID,
      clientRequestId: expect.stringMatching(/^[0-9a-f]{24}$/),
      name: '专利预审服务对接',
      targetUsers: '重点产业企业',
      content: '协助企业对接保护中心专利预审',
      procedure: '备案 → 提交预审 → 跟踪结果',
      timeLimit: '10个工作日',
      consultPhone: '010-62345678',
      supervisionPhone: '12345',
    });
    expect(second).toEqual(first);
  });

  it('checks the seven fields on the client before sending', async () => {
    api.getStation.mockResolvedValue(aDetail({ items: [], canEdit: true }));
    page = await mountPage(ItemEditPage, { stationId: STATION_ID });
    await waitFor(() => expect(byTestId('item-form')).toHaveLength(1));
    await waitForForm();

    typeField(page.utils, 'supervisionPhone', '110');
    typeField(page.utils, 'order', '-1');
    tapSave(page);

    await waitFor(() => expect(fieldError('name')).toBe('事项名称：不能为空'));
    expect(fieldError('supervisionPhone')).toBe('监督电话：格式不正确');
    expect(fieldError('order')).toBe('排序：请填写 0–999 的整数');
    expect(api.saveServiceItem).not.toHaveBeenCalled();
  });

  it('says so when the item to edit is not on the station', async () => {
    api.getStation.mockResolvedValue(aDetail({ items: [], canEdit: true }));
    page = await mountPage(ItemEditPage, { stationId: STATION_ID, itemId: 'it-gone' });
    await waitFor(() => expect(bodyText()).toContain('该服务事项不存在'));
    expect(byTestId('item-form')).toHaveLength(0);
  });
});
