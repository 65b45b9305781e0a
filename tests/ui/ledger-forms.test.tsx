/**
 * 编辑企业档案 (the appendix A form: loads the profile, checks before sending, shows the server's
 * field messages and keeps what was typed, the station's fields only for the station) and
 * 新建台账企业 (the join code to hand over; a credit code already in the ledger).
 */
import ProfileEditPage from '@/packages/ledger/pages/profile-edit/index';
import LedgerCreatePage from '@/packages/ledger/pages/ledger-create/index';
import * as enterprise from '@/services/enterprise';
import { ServiceError } from '@/services/errors';
import { useAppStore } from '@/store';
import { emptyHoldings } from '@core/rules/holdings';
import { COMPANY_ID, COMPANY_ME, LIAISON_ME, aProfile } from './support/ledger-fixtures';
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
  waitForText,
  type MountedPage,
} from './support/page-harness';
import { signedInPages, taro } from './support/page-lifecycle';
import { navigatedUrls, toastTitles } from './support/taro-mocks';

jest.mock('@/services/enterprise');
jest.mock('@/services/account');
const api = jest.mocked(enterprise);

let page: MountedPage | undefined;

signedInPages(COMPANY_ME);

const tapSave = (p: MountedPage) => p.utils.fireEvent.click(byTestId('submit')[0]!);

const chipOf = (name: string, value: string) =>
  byTestId(`toggle-${name}`).find((e) => e.getAttribute('data-value') === value) as HTMLElement | undefined;

/** Taps a chip of the multiple-choice row `name` and waits until it shows the new state. */
async function toggleChip(name: string, value: string): Promise<void> {
  const el = chipOf(name, value);
  if (!el) throw new Error(`no ${name} chip ${value}`);
  const before = el.getAttribute('data-active');
  el.click();
  await waitFor(() => expect(chipOf(name, value)!.getAttribute('data-active')).not.toBe(before));
}

async function openEditor(profile = aProfile()): Promise<MountedPage> {
  api.getProfile.mockResolvedValue(profile);
  const p = await mountPage(ProfileEditPage, { companyId: COMPANY_ID });
  await waitForForm();
  await waitFor(() => expect(fieldInput('name').value).toBe(profile.name));
  return p;
}

describe('编辑企业档案', () => {
  it('loads the profile into the form and saves the whole of it, then goes back', async () => {
    api.updateProfile.mockResolvedValue(aProfile());
    page = await openEditor();

    expect(fieldInput('registeredAddress').value).toBe('北京市海淀区中关村大街27号');
    expect(fieldInput('contact.mobile').value).toBe('13933334444');
    expect(fieldInput('holdings.invention').value).toBe('4');
    expect(fieldInput('ipSystemSince').value).toBe('2019');
    // Company staff see the credit code, cannot change it, and do not keep the key lists.
    expect(bodyText()).toContain('如需更正请联系服务站点');
    expect(byTestId('toggle-keyFlags')).toHaveLength(0);

    typeField(page.utils, 'holdings.invention', '7');
    typeField(page.utils, 'holdings.pct', '1');
    typeField(page.utils, 'headcount', '95');
    typeField(page.utils, 'legalRep.mobile', '');
    await toggleChip('demonstration', 'national');
    pickField(page.utils, 'businessScale', 1); // 中型
    tapSave(page);

    await waitFor(() => expect(taro.navigateBack).toHaveBeenCalledTimes(1));
    expect(api.updateProfile).toHaveBeenCalledWith({
      clientRequestId: expect.stringMatching(/^[0-9a-f]{24}$/),
      companyId: COMPANY_ID,
      name: '北京星河智能科技有限公司',
      district: 'haidian',
      industry: 'ai',
      registeredAddress: '北京市海淀区中关村大街27号',
      listingStatus: 'unlisted',
      registeredCapital: 500,
      headcount: 95,
      businessScale: 'medium',
      legalRep: { name: '王海', title: '董事长', mobile: undefined },
      contact: { name: '陈静', title: '知识产权经理', mobile: '13933334444' },
      ipDepartment: true,
      ipManagers: 2,
      ipSystemSince: 2019,
      ipStandardYear: undefined,
      demonstration: ['national'],
      advantage: ['provincial'],
      highTechSince: undefined,
      patentAwards: [],
      holdings: { ...emptyHoldings(), invention: 7, pct: 1, trademark_domestic: 6 },
    });
    expect(toastTitles(taro)).toContain('已保存');
  });

  it('checks before sending: a malformed mobile, negative holdings, a year to come — in Chinese, nothing sent', async () => {
    page = await openEditor();

    typeField(page.utils, 'contact.mobile', '1393333444');
    typeField(page.utils, 'holdings.design', '-2');
    typeField(page.utils, 'highTechSince', '2999');
    typeField(page.utils, 'name', '');
    tapSave(page);

    await waitFor(() => expect(fieldError('contact.mobile')).toBe('联系人手机：格式不正确'));
    expect(fieldError('holdings.design')).toBe('外观设计专利：不能为负数');
    expect(fieldError('highTechSince')).toMatch(/^高新技术企业认定年份：不能晚于 \d{4} 年$/);
    expect(fieldError('name')).toBe('企业名称：不能为空');
    expect(api.updateProfile).not.toHaveBeenCalled();
    // What was typed stays; correcting a field clears its message.
    expect(fieldInput('holdings.design').value).toBe('-2');
    typeField(page.utils, 'contact.mobile', '13933334445');
    await waitFor(() => expect(fieldError('contact.mobile')).toBeNull());
  });

  it("shows the server's field message under the field and keeps what was typed", async () => {
    api.updateProfile.mockRejectedValue(
      new ServiceError('INVALID_INPUT', '发明专利：不能大于 1000000', {
        'holdings.invention': '发明专利：不能大于 1000000',
      }),
    );
    page = await openEditor();

    typeField(page.utils, 'holdings.invention', '999999');
    typeField(page.utils, 'registeredAddress', '北京市海淀区新地址8号');
    tapSave(page);

    await waitFor(() => expect(fieldError('holdings.invention')).toBe('发明专利：不能大于 1000000'));
    expect(fieldInput('holdings.invention').value).toBe('999999');
    expect(fieldInput('registeredAddress').value).toBe('北京市海淀区新地址8号');
    expect(taro.navigateBack).not.toHaveBeenCalled();
    expect(toastTitles(taro)).toContain('发明专利：不能大于 1000000');
  });

  it('lets the station correct the credit code and keep the key lists', async () => {
    useAppStore.setState({ me: LIAISON_ME });
    api.updateProfile.mockResolvedValue(aProfile());
    page = await openEditor(aProfile({ canEditStationFields: true }));

    expect(fieldInput('creditCode').value).toBe('91110108MA01KGC0XH');
    typeField(page.utils, 'creditCode', '91110108MA01KGC0X1');
    tapSave(page);
    await waitFor(() => expect(fieldError('creditCode')).toBe('统一社会信用代码：应为18位，且校验位正确'));
    expect(api.updateProfile).not.toHaveBeenCalled();

    typeField(page.utils, 'creditCode', '91110108ma01kgc0xh');
    await toggleChip('keyFlags', 'specialized');
    await toggleChip('keyFlags', 'overseas_litigation');
    tapSave(page);
    await waitFor(() => expect(api.updateProfile).toHaveBeenCalledTimes(1));
    expect(api.updateProfile.mock.calls[0]![0]).toMatchObject({
      creditCode: '91110108MA01KGC0XH',
      keyFlags: ['overseas_litigation'],
    });
  });

  it('sends one request when save is tapped twice', async () => {
    const inFlight = deferred<ReturnType<typeof aProfile>>();
    api.updateProfile.mockReturnValue(inFlight.promise);
    page = await openEditor();

    tapSave(page);
    tapSave(page);
    await waitForText('正在保存');
    inFlight.resolve(aProfile());
    await waitFor(() => expect(taro.navigateBack).toHaveBeenCalledTimes(1));
    expect(api.updateProfile).toHaveBeenCalledTimes(1);
  });

  it('tells someone who may not edit the profile so', async () => {
    api.getProfile.mockResolvedValue(aProfile({ canEdit: false }));
    page = await mountPage(ProfileEditPage, { companyId: COMPANY_ID });
    await waitForText('您没有编辑该企业档案的权限');
    expect(byTestId('submit')).toHaveLength(0);
  });
});

describe('新建台账企业', () => {
  beforeEach(() => useAppStore.setState({ me: LIAISON_ME }));

  async function openForm(): Promise<MountedPage> {
    const p = await mountPage(LedgerCreatePage);
    await waitForForm();
    return p;
  }

  it('adds the company and shows the join code to hand to it', async () => {
    api.createLedgerEntry.mockResolvedValue(aProfile({ id: 'co-new', ledgerOnly: true, joinCode: 'K7M2P9QX' }));
    page = await openForm();

    typeField(page.utils, 'name', '北京远山新材料有限公司');
    typeField(page.utils, 'creditCode', '91110108ma01kgc0xh');
    pickField(page.utils, 'district', 10); // 昌平区
    typeField(page.utils, 'contact.name', '刘工');
    typeField(page.utils, 'contact.mobile', '13700001111');
    await toggleChip('keyFlags', 'zero_ip');
    tapSave(page);

    await waitFor(() => expect(byTestId('entry-created')).toHaveLength(1));
    expect(api.createLedgerEntry).toHaveBeenCalledWith({
      clientRequestId: expect.stringMatching(/^[0-9a-f]{24}$/),
      name: '北京远山新材料有限公司',
      creditCode: '91110108MA01KGC0XH',
      district: 'changping',
      industry: undefined,
      registeredAddress: undefined,
      contact: { name: '刘工', title: undefined, mobile: '13700001111' },
      keyFlags: ['zero_ip'],
    });
    expect(byTestId('join-code')[0]!.textContent).toBe('K7M2P9QX');
    expect(bodyText()).toContain('加入企业');
  });

  it('says where a company already in the ledger is, and opens the ledger on it', async () => {
    const message = '该企业已在本站台账中（北京远山新材料有限公司），请在企业台账中搜索统一社会信用代码查看';
    api.createLedgerEntry.mockRejectedValue(
      new ServiceError('CONFLICT', message, { creditCode: `统一社会信用代码：${message}` }),
    );
    page = await openForm();
    typeField(page.utils, 'name', '远山新材料');
    typeField(page.utils, 'creditCode', '91110108MA01KGC0XH');
    pickField(page.utils, 'district', 3);
    tapSave(page);

    await waitFor(() => expect(fieldError('creditCode')).toBe(`统一社会信用代码：${message}`));
    expect(fieldInput('name').value).toBe('远山新材料');
    (byTestId('open-existing')[0] as HTMLElement).click();
    expect(navigatedUrls(taro)).toEqual(['/packages/ledger/pages/ledger/index?keyword=91110108MA01KGC0XH']);
  });
});
