import StationEditPage from '@/packages/directory/pages/station-edit/index';
import type { Station } from '@core/contract';
import * as directory from '@/services/directory';
import { ServiceError } from '@/services/errors';
import { aDetail, aStation } from './support/directory-fixtures';
import {
  bodyText,
  byTestId,
  deferred,
  fieldError,
  fieldInput,
  mountPage,
  pickField,
  typeField,
  waitFor,
  waitForForm,
  type MountedPage,
} from './support/page-harness';
import { mockTaro, toastTitles, type TaroMocks } from './support/taro-mocks';
import { actAs, ME_BY_ROLE } from './support/roles';

jest.mock('@/services/directory', () => require('./support/directory-mock').directoryMock());
const api = jest.mocked(directory);

const STATION_ID = 'st-haidian-zgc';

function tapSave(page: MountedPage) {
  page.utils.fireEvent.click(byTestId('submit')[0]!);
}

async function openEditor(detail = aDetail({ canEdit: true })): Promise<MountedPage> {
  api.getStation.mockResolvedValue(detail);
  const page = await mountPage(StationEditPage, { stationId: STATION_ID });
  await waitForForm();
  await waitFor(() => expect(fieldInput('name').value).toBe(detail.station.name));
  return page;
}

describe('编辑网点 page', () => {
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

  it('loads the current values into every field', async () => {
    page = await openEditor();

    expect(api.getStation).toHaveBeenCalledWith({ stationId: STATION_ID });
    expect(fieldInput('address').value).toBe('北京市海淀区中关村大街1号');
    expect(fieldInput('phone').value).toBe('010-62345678');
    expect(fieldInput('hours').value).toBe('周一至周五 9:00-17:30');
    expect(fieldInput('keyIndustries').value).toBe('新一代信息技术、人工智能');
    expect(fieldInput('operator').value).toBe('中关村知识产权服务中心');
    expect(fieldInput('intro').value).toBe('面向园区企业提供知识产权公共服务');
    const text = bodyText();
    expect(text).toContain('维权援助服务站');
    expect(text).toContain('工作站');
    expect(text).toContain('海淀区');
  });

  it('saves the typed values, then goes back', async () => {
    const saved: Station = aStation({ phone: '010-88886666', keyIndustries: ['生物医药', '文创', '人工智能'] });
    api.updateStation.mockResolvedValue(saved);
    page = await openEditor();

    typeField(page.utils, 'phone', '010-88886666');
    typeField(page.utils, 'keyIndustries', '生物医药, 文创、人工智能，文创');
    typeField(page.utils, 'intro', '新的简介');
    pickField(page.utils, 'district', 1); // 西城区
    tapSave(page);

    await waitFor(() => expect(taro.navigateBack).toHaveBeenCalledTimes(1));
    expect(api.updateStation).toHaveBeenCalledWith({
      stationId: STATION_ID,
      name: '海淀区中关村知识产权工作站',
      kind: 'assistance_station',
      level: 'workstation',
      district: 'xicheng',
      address: '北京市海淀区中关村大街1号',
      phone: '010-88886666',
      hours: '周一至周五 9:00-17:30',
      keyIndustries: ['生物医药', '文创', '人工智能'],
      operator: '中关村知识产权服务中心',
      intro: '新的简介',
    });
    expect(toastTitles(taro)).toContain('已保存');
  });

  it("shows the server's field message next to the field and keeps what was typed", async () => {
    api.updateStation.mockRejectedValue(
      new ServiceError('INVALID_INPUT', '咨询电话：格式不正确', { phone: '咨询电话：格式不正确' }),
    );
    page = await openEditor();

    typeField(page.utils, 'phone', '010-1234567');
    typeField(page.utils, 'hours', '每天 8:00-20:00');
    tapSave(page);

    await waitFor(() => expect(fieldError('phone')).toBe('咨询电话：格式不正确'));
    expect(api.updateStation).toHaveBeenCalledTimes(1);
    expect(fieldInput('phone').value).toBe('010-1234567');
    expect(fieldInput('hours').value).toBe('每天 8:00-20:00');
    expect(taro.navigateBack).not.toHaveBeenCalled();
    expect(toastTitles(taro)).toContain('咨询电话：格式不正确');
    // the save button is usable again
    expect(byTestId('submit')[0]!.className).not.toContain('nut-button-disabled');
  });

  it('maps a message about one key industry to the key industries field', async () => {
    api.updateStation.mockRejectedValue(
      new ServiceError('INVALID_INPUT', '重点产业：最多 20 个字', { 'keyIndustries.1': '重点产业：最多 20 个字' }),
    );
    page = await openEditor();
    tapSave(page);
    await waitFor(() => expect(fieldError('keyIndustries')).toBe('重点产业：最多 20 个字'));
  });

  it('checks the obvious on the client first: nothing is sent with a malformed phone or an empty name', async () => {
    page = await openEditor();

    typeField(page.utils, 'phone', '6234');
    typeField(page.utils, 'name', '');
    tapSave(page);

    await waitFor(() => expect(fieldError('phone')).toBe('咨询电话：格式不正确'));
    expect(fieldError('name')).toBe('站点名称：不能为空');
    expect(api.updateStation).not.toHaveBeenCalled();

    typeField(page.utils, 'phone', '13800138000');
    await waitFor(() => expect(fieldError('phone')).toBeNull());
  });

  it('sends one request when save is tapped twice, and shows it is saving', async () => {
    const inFlight = deferred<Station>();
    api.updateStation.mockReturnValue(inFlight.promise);
    page = await openEditor();

    tapSave(page);
    tapSave(page);

    await waitFor(() => expect(byTestId('submit')[0]!.className).toContain('nut-button-loading'));
    expect(bodyText()).toContain('正在保存');
    tapSave(page);
    expect(api.updateStation).toHaveBeenCalledTimes(1);

    inFlight.resolve(aStation());
    await waitFor(() => expect(taro.navigateBack).toHaveBeenCalledTimes(1));
    expect(api.updateStation).toHaveBeenCalledTimes(1);
  });

  it('lets an admin add a station, reusing one request id when the save is retried', async () => {
    const created = aStation({ id: 'st-new', name: '延庆区知识产权工作站', district: 'yanqing' });
    api.createStation
      .mockRejectedValueOnce(new ServiceError('NETWORK', '网络连接失败，请检查网络后重试'))
      .mockResolvedValueOnce(created);
    actAs(ME_BY_ROLE.admin);
    page = await mountPage(StationEditPage);
    await waitFor(() => expect(byTestId('station-form')).toHaveLength(1));
    await waitForForm();
    expect(api.getStation).not.toHaveBeenCalled();

    typeField(page.utils, 'name', '延庆区知识产权工作站');
    pickField(page.utils, 'kind', 5); // 其他服务网点
    pickField(page.utils, 'level', 2); // 工作站
    pickField(page.utils, 'district', 15); // 延庆区
    typeField(page.utils, 'address', '北京市延庆区示例街8号');
    typeField(page.utils, 'phone', '010-69100000');
    typeField(page.utils, 'hours', '周一至周五 9:00-17:00');
    typeField(page.utils, 'keyIndustries', '冰雪产业、园艺');
    tapSave(page);

    await waitFor(() => expect(toastTitles(taro)).toContain('网络连接失败，请检查网络后重试'));
    expect(fieldInput('name').value).toBe('延庆区知识产权工作站');
    tapSave(page);

    await waitFor(() => expect(taro.redirectTo).toHaveBeenCalledTimes(1));
    expect(taro.redirectTo).toHaveBeenCalledWith({ url: '/packages/directory/pages/station/index?stationId=st-new' });
    const [first, second] = api.createStation.mock.calls.map(([input]) => input);
    expect(first).toEqual({
      clientRequestId: expect.stringMatching(/^[0-9a-f]{24}$/),
      name: '延庆区知识产权工作站',
      kind: 'other',
      level: 'workstation',
      district: 'yanqing',
      address: '北京市延庆区示例街8号',
      phone: '010-69100000',
      hours: '周一至周五 9:00-17:00',
      keyIndustries: ['冰雪产业', '园艺'],
      operator: '',
      intro: '',
    });
    expect(second).toEqual(first);
  });

  it('asks an admin to choose kind, level and district before anything is sent', async () => {
    actAs(ME_BY_ROLE.admin);
    page = await mountPage(StationEditPage);
    await waitFor(() => expect(byTestId('station-form')).toHaveLength(1));
    await waitForForm();
    tapSave(page);
    await waitFor(() => expect(fieldError('kind')).toBe('网点类型：请选择'));
    expect(fieldError('level')).toBe('级别：请选择');
    expect(fieldError('district')).toBe('所在区：请选择');
    expect(api.createStation).not.toHaveBeenCalled();
  });

  it('shows no form to someone who may not edit the station', async () => {
    api.getStation.mockResolvedValue(aDetail({ canEdit: false }));
    page = await mountPage(StationEditPage, { stationId: STATION_ID });
    await waitFor(() => expect(bodyText()).toContain('您没有编辑该网点的权限'));
    expect(byTestId('station-form')).toHaveLength(0);
  });

  it.each([
    ['a company user', 'company', '编辑网点需以站长或管理员身份进行'],
    ['an expert', 'expert', '编辑网点需以站长或管理员身份进行'],
  ] as const)(
    'shows %s opening the editor by link the role notice, and neither loads nor shows the form',
    async (_, role, notice) => {
      actAs(ME_BY_ROLE[role]);
      page = await mountPage(StationEditPage, { stationId: STATION_ID });
      await waitFor(() => expect(byTestId('gate-role')).toHaveLength(1));
      expect(bodyText()).toContain(notice);
      expect(byTestId('station-form')).toHaveLength(0);
      expect(api.getStation).not.toHaveBeenCalled();
    },
  );

  it.each(['company', 'liaison', 'chief'] as const)(
    'shows a %s opening 新增网点 by link the role notice (only an admin adds a station)',
    async (role) => {
      actAs(ME_BY_ROLE[role]);
      page = await mountPage(StationEditPage);
      await waitFor(() => expect(byTestId('gate-role')).toHaveLength(1));
      expect(bodyText()).toContain('新增网点需以管理员身份进行');
      expect(byTestId('station-form')).toHaveLength(0);
    },
  );
});
