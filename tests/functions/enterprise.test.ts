/**
 * The company profile and the station's ledger, through the runtime with a test clock:
 * validation of the appendix A form (nothing written on bad input), holdings history, who may
 * change what, ledger entries claimed by join code, the ledger's filters, its 待走访 queue and
 * order, and the company timeline (internal notes never reach the company).
 */
import type { CompanyProfileView, HoldingsChange, LedgerRow, Me, TimelineItem } from '../../core/contract';
import type { PageOf } from '../../core/contract';
import { emptyHoldings } from '../../core/rules/holdings';
import { addDays, shanghaiDate, shanghaiInstant } from '../../core/rules/time';
import type { CompanyDoc, StationDoc } from '../../core/store/docs';
import { ledgerQuery, type LedgerFilters } from '../../cloudfunctions/enterprise/ledger-query';
import { seedRecord } from '../support/archive-seed';
import { DAY } from '../support/clock';
import { failed, ok } from '../support/envelope';
import { newCreditCode, newRequestId, OTHER_STATION, OWN_STATION } from '../support/fixtures';
import { seedRequest } from '../support/request-seed';
import { seedVisit } from '../support/visit-seed';
import { createWorld, OTHER_COMPANY, seedCompany, seedMember, type Actor, type World } from '../support/world';

let world: World;
beforeAll(async () => {
  world = await createWorld();
});
afterAll(() => world.close());

const now = () => world.clock.now();
const enterprise = (action: string, input: Record<string, unknown>, actor: Actor | null) =>
  world.run('enterprise', { action, ...input }, actor);

let stationSeq = 0;
/** A station of its own (so each ledger test sees only its companies), with a liaison. */
async function freshStation(): Promise<{ stationId: string; liaison: Actor }> {
  const stationId = `st-ledger-${++stationSeq}`;
  const doc: StationDoc = {
    _id: stationId,
    name: `台账测试工作站${stationSeq}`,
    kind: 'other',
    level: 'workstation',
    district: 'haidian',
    address: '北京市海淀区测试路1号',
    phone: '010-62000000',
    hours: '工作日',
    keyIndustries: [],
    status: 'active',
    order: 100 + stationSeq,
    createdAt: now(),
    updatedAt: now(),
  };
  await world.store.insert('stations', doc);
  return { stationId, liaison: await seedMember(world.store, now(), 'liaison', { stationId }) };
}

/** A confirmed company of `stationId` and a staff member acting for it. */
async function companyWithStaff(stationId = OWN_STATION): Promise<{ companyId: string; staff: Actor }> {
  const companyId = await seedCompany(world.store, now(), stationId);
  return { companyId, staff: await seedMember(world.store, now(), 'company', { companyId }) };
}

const getDoc = (id: string) => world.store.get<CompanyDoc>('companies', id);

/** The whole form as the edit page sends it, over `companyId`. */
function profileInput(companyId: string, overrides: Record<string, unknown> = {}) {
  return {
    clientRequestId: newRequestId('profile'),
    companyId,
    name: '北京星河智能科技有限公司',
    district: 'haidian',
    industry: 'ai',
    registeredAddress: '北京市海淀区中关村大街27号',
    listingStatus: 'preparing',
    registeredCapital: 5000,
    headcount: 180,
    businessScale: 'medium',
    legalRep: { name: '王海', title: '董事长', mobile: '13911112222' },
    contact: { name: '陈静', title: '知识产权经理', mobile: '13933334444' },
    ipDepartment: true,
    ipManagers: 3,
    ipSystemSince: 2018,
    ipStandardYear: 2020,
    demonstration: ['provincial'],
    advantage: ['national', 'provincial'],
    highTechSince: 2016,
    patentAwards: [],
    holdings: { ...emptyHoldings(), invention: 12, utility: 30, trademark_domestic: 8 },
    ...overrides,
  };
}

describe('the company profile (appendix A)', () => {
  it('keeps every field the company saves and shows it back, with the contact on the company too', async () => {
    const { companyId, staff } = await companyWithStaff();

    const saved = ok<CompanyProfileView>(await enterprise('updateProfile', profileInput(companyId), staff));
    const shown = ok<CompanyProfileView>(await enterprise('getProfile', { companyId }, staff));

    expect(shown).toEqual(saved);
    expect(shown).toMatchObject({
      name: '北京星河智能科技有限公司',
      industry: 'ai',
      holdings: { invention: 12, utility: 30, design: 0, trademark_domestic: 8 },
      profile: {
        registeredAddress: '北京市海淀区中关村大街27号',
        listingStatus: 'preparing',
        registeredCapital: 5000,
        headcount: 180,
        businessScale: 'medium',
        legalRep: { name: '王海', title: '董事长', mobile: '13911112222' },
        contact: { name: '陈静', title: '知识产权经理', mobile: '13933334444' },
        ipDepartment: true,
        ipManagers: 3,
        ipSystemSince: 2018,
        ipStandardYear: 2020,
        demonstration: ['provincial'],
        advantage: ['national', 'provincial'],
        highTechSince: 2016,
        patentAwards: [],
      },
      canEdit: true,
      canEditStationFields: false,
      canLogVisit: false,
    });
    expect(await getDoc(companyId)).toMatchObject({ contactName: '陈静', contactMobile: '13933334444' });
  });

  it.each([
    [
      'a credit code whose check digit is wrong',
      { creditCode: '91110108MA01KGC0X0' },
      'creditCode',
      '统一社会信用代码',
    ],
    ['a malformed contact mobile', { contact: { name: '陈静', mobile: '1393333444' } }, 'contact.mobile', '联系人手机'],
    [
      'a malformed legal representative mobile',
      { legalRep: { name: '王海', mobile: '23911112222' } },
      'legalRep.mobile',
      '负责人手机',
    ],
    ['negative holdings', { holdings: { ...emptyHoldings(), invention: -1 } }, 'holdings.invention', '发明专利'],
    ['a fractional headcount', { headcount: 10.5 }, 'headcount', '企业人数'],
  ])('refuses %s as INVALID_INPUT naming the field, and writes nothing', async (_what, bad, field, label) => {
    const { companyId } = await companyWithStaff();
    const liaison = await seedMember(world.store, now(), 'liaison', { stationId: OWN_STATION });
    const before = await getDoc(companyId);

    const error = failed(await enterprise('updateProfile', profileInput(companyId, bad), liaison), 'INVALID_INPUT');

    expect(error.fields?.[field]).toMatch(new RegExp(`^${label}：`));
    expect(await getDoc(companyId)).toEqual(before);
    expect(await world.store.count('holdings_history', { companyId })).toBe(0);
  });

  it('refuses a year after the current one, naming the field', async () => {
    const { companyId, staff } = await companyWithStaff();
    const thisYear = Number(shanghaiDate(now()).slice(0, 4));

    const error = failed(
      await enterprise('updateProfile', profileInput(companyId, { highTechSince: thisYear + 1 }), staff),
      'INVALID_INPUT',
    );

    expect(error.fields).toEqual({ highTechSince: `高新技术企业认定年份：不能晚于 ${thisYear} 年` });
    expect((await getDoc(companyId))?.profile).toBeUndefined();
  });

  it('keeps every change of the holdings: who, when, the old and the new figures', async () => {
    const { companyId, staff } = await companyWithStaff();
    const liaison = await seedMember(world.store, now(), 'liaison', { stationId: OWN_STATION }, '李联络');
    const firstAt = now();
    const holdings = (h: Record<string, number>) => ({ ...emptyHoldings(), ...h });

    ok(await enterprise('updateProfile', profileInput(companyId, { holdings: holdings({ invention: 3 }) }), staff));
    world.clock.advance(DAY);
    ok(
      await enterprise(
        'updateProfile',
        profileInput(companyId, { holdings: holdings({ invention: 5, trademark_domestic: 2 }) }),
        liaison,
      ),
    );
    // Saving the form again with the same figures is not a change.
    ok(
      await enterprise(
        'updateProfile',
        profileInput(companyId, { holdings: holdings({ invention: 5, trademark_domestic: 2 }) }),
        liaison,
      ),
    );

    const history = ok<PageOf<HoldingsChange>>(await enterprise('getHoldingsHistory', { companyId }, staff));
    expect(history.total).toBe(2);
    expect(history.items).toEqual([
      expect.objectContaining({
        at: firstAt + DAY,
        byName: '李联络',
        source: 'profile',
        before: holdings({ invention: 3 }),
        after: holdings({ invention: 5, trademark_domestic: 2 }),
      }),
      expect.objectContaining({
        at: firstAt,
        byName: 'company 测试',
        source: 'profile',
        before: holdings({}),
        after: holdings({ invention: 3 }),
      }),
    ]);
    expect((await getDoc(companyId))?.holdings).toEqual(holdings({ invention: 5, trademark_domestic: 2 }));
  });

  it("lets company staff keep their profile but not change the station's credit code or key flags", async () => {
    const { companyId, staff } = await companyWithStaff();
    const before = await getDoc(companyId);

    const code = failed(
      await enterprise('updateProfile', profileInput(companyId, { creditCode: newCreditCode() }), staff),
      'FORBIDDEN',
    );
    expect(code.message).toBe('统一社会信用代码如需更正，请联系服务站点');
    failed(await enterprise('updateProfile', profileInput(companyId, { keyFlags: ['zero_ip'] }), staff), 'FORBIDDEN');
    expect(await getDoc(companyId)).toEqual(before);

    // Sending them unchanged (as the form shows them) is fine: the rest of the form is saved.
    const saved = ok<CompanyProfileView>(
      await enterprise(
        'updateProfile',
        profileInput(companyId, { creditCode: before!.creditCode, keyFlags: [] }),
        staff,
      ),
    );
    expect(saved).toMatchObject({ name: '北京星河智能科技有限公司', creditCode: before!.creditCode, keyFlags: [] });
    expect(await getDoc(companyId)).toMatchObject({ name: '北京星河智能科技有限公司', creditCode: before!.creditCode });
  });

  it('clears fields the form leaves empty, and answers what a fresh read shows', async () => {
    const { companyId, staff } = await companyWithStaff();
    ok(await enterprise('updateProfile', profileInput(companyId), staff));

    const { industry: _industry, holdings: _holdings, headcount: _headcount, ...cleared } = profileInput(companyId);
    const saved = ok<CompanyProfileView>(await enterprise('updateProfile', cleared, staff));

    expect(saved).toEqual(ok<CompanyProfileView>(await enterprise('getProfile', { companyId }, staff)));
    expect(saved.industry).toBeUndefined();
    expect(saved.profile.headcount).toBeUndefined();
    // No figures sent: the holdings stay as they were.
    expect(saved.holdings).toMatchObject({ invention: 12, utility: 30, trademark_domestic: 8 });
    expect((await getDoc(companyId))?.industry).toBeUndefined();
  });

  it('lets the station correct the credit code and set key flags; a code another company holds is a CONFLICT', async () => {
    const { companyId } = await companyWithStaff();
    const chief = await seedMember(world.store, now(), 'chief', { stationId: OWN_STATION });
    const corrected = newCreditCode();

    const saved = ok<CompanyProfileView>(
      await enterprise(
        'updateProfile',
        profileInput(companyId, { creditCode: corrected, keyFlags: ['specialized', 'high_tech'] }),
        chief,
      ),
    );
    expect(saved).toMatchObject({ creditCode: corrected, keyFlags: ['specialized', 'high_tech'] });

    const taken = (await getDoc(OTHER_COMPANY))!.creditCode;
    const conflict = failed(
      await enterprise('updateProfile', profileInput(companyId, { creditCode: taken }), chief),
      'CONFLICT',
    );
    expect(conflict.message).toBe('该统一社会信用代码已登记为其他企业，请核对后再保存');
    expect((await getDoc(companyId))?.creditCode).toBe(corrected);
  });

  it("keeps another station's liaison out of a company's profile and timeline", async () => {
    const stranger = await seedMember(world.store, now(), 'liaison', { stationId: OTHER_STATION });
    const { companyId } = await companyWithStaff(OWN_STATION);
    const before = await getDoc(companyId);

    failed(await enterprise('updateProfile', profileInput(companyId), stranger), 'FORBIDDEN');
    failed(await enterprise('getProfile', { companyId }, stranger), 'FORBIDDEN');
    failed(await enterprise('getTimeline', { companyId }, stranger), 'FORBIDDEN');
    failed(await enterprise('getHoldingsHistory', { companyId }, stranger), 'FORBIDDEN');
    failed(await enterprise('getTimeline', { companyId: 'no-such-company' }, stranger), 'NOT_FOUND');
    expect(await getDoc(companyId)).toEqual(before);
  });
});

describe('ledger entries (a company met outside the product)', () => {
  it('enters the company confirmed with a join code, and its staff claim it with that code', async () => {
    const { stationId, liaison } = await freshStation();
    const input = {
      clientRequestId: newRequestId('entry'),
      name: '北京远山新材料有限公司',
      creditCode: newCreditCode().toLowerCase(),
      district: 'changping',
      industry: 'materials',
      contact: { name: '刘工', title: '研发总监', mobile: '13700001111' },
      keyFlags: ['zero_ip'],
    };

    const entry = ok<CompanyProfileView>(await enterprise('createLedgerEntry', input, liaison));
    expect(entry).toMatchObject({
      name: '北京远山新材料有限公司',
      creditCode: input.creditCode.toUpperCase(),
      stationId,
      status: 'confirmed',
      ledgerOnly: true,
      keyFlags: ['zero_ip'],
      lastVisitAt: 0,
      daysSinceVisit: null,
      joinCode: expect.stringMatching(/^[A-Z0-9]{8}$/),
    });
    // A retry of the same submission is the same entry.
    expect(ok<CompanyProfileView>(await enterprise('createLedgerEntry', input, liaison)).id).toBe(entry.id);
    expect(await world.store.count('companies', { stationId })).toBe(1);

    const person = await world.actor('user');
    const me = ok<Me>(await world.run('account', { action: 'joinCompany', joinCode: entry.joinCode }, person));
    expect(me.memberships).toEqual([expect.objectContaining({ role: 'company', companyId: entry.id })]);

    const claimed = ok<CompanyProfileView>(await enterprise('getProfile', { companyId: entry.id }, person));
    expect(claimed).toMatchObject({ ledgerOnly: false, canEdit: true, canEditStationFields: false });
    expect(await getDoc(entry.id)).toMatchObject({ claimedBy: person.userId });
  });

  it('refuses a credit code already in a ledger, saying where the entry is; nothing is written', async () => {
    const { stationId, liaison } = await freshStation();
    const creditCode = newCreditCode();
    const entry = (name: string) => ({
      clientRequestId: newRequestId('entry'),
      name,
      creditCode,
      district: 'haidian',
    });
    ok(await enterprise('createLedgerEntry', entry('北京甲乙科技有限公司'), liaison));

    const same = failed(await enterprise('createLedgerEntry', entry('甲乙科技'), liaison), 'CONFLICT');
    expect(same.message).toBe('该企业已在本站台账中（北京甲乙科技有限公司），请在企业台账中搜索统一社会信用代码查看');

    const elsewhere = await seedMember(world.store, now(), 'chief', { stationId: OTHER_STATION });
    const other = failed(await enterprise('createLedgerEntry', entry('甲乙科技'), elsewhere), 'CONFLICT');
    expect(other.message).toBe('该统一社会信用代码的企业已由其他站点登记为服务对象，请与该企业或市级服务机构核实');

    expect(await world.store.count('companies', { creditCode })).toBe(1);
    expect(await world.store.count('companies', { stationId })).toBe(1);
  });

  it('refuses a credit code with a wrong check digit, naming the field', async () => {
    const { stationId, liaison } = await freshStation();
    const error = failed(
      await enterprise(
        'createLedgerEntry',
        {
          clientRequestId: newRequestId('entry'),
          name: '北京错码公司',
          creditCode: '91110108MA01KGC0X1',
          district: 'haidian',
        },
        liaison,
      ),
      'INVALID_INPUT',
    );
    expect(error.fields).toEqual({ creditCode: '统一社会信用代码：应为18位，且校验位正确' });
    expect(await world.store.count('companies', { stationId })).toBe(0);
  });
});

describe("the station's ledger", () => {
  /** Shanghai 10:00 `daysAgo` days before today. */
  const visitedDaysAgo = (daysAgo: number) => shanghaiInstant(addDays(shanghaiDate(now()), -daysAgo), '10:00');

  async function ledgerCompany(
    stationId: string,
    name: string,
    fields: Partial<CompanyDoc>,
    daysAgo: number | null,
  ): Promise<string> {
    const id = await seedCompany(world.store, now(), stationId);
    await world.store.update(
      'companies',
      { _id: id },
      { set: { name, ...fields, lastVisitAt: daysAgo === null ? 0 : visitedDaysAgo(daysAgo) } },
    );
    return id;
  }

  async function scenario() {
    const { stationId, liaison } = await freshStation();
    await ledgerCompany(
      stationId,
      '北京甲科技',
      { district: 'haidian', industry: 'ai', keyFlags: { zero_ip: true } },
      10,
    );
    await ledgerCompany(stationId, '北京乙医药', { district: 'chaoyang', industry: 'biomed' }, null);
    await ledgerCompany(stationId, '天津丙智能', { district: 'haidian', industry: 'ai' }, 100);
    await ledgerCompany(
      stationId,
      '北京丁软件',
      { district: 'haidian', industry: 'it', keyFlags: { specialized: true } },
      200,
    );
    await ledgerCompany(stationId, '北京戊材料', { district: 'haidian', industry: 'materials' }, 30);
    await ledgerCompany(stationId, '北京己能源', { district: 'haidian', industry: 'energy' }, 31);
    return { stationId, liaison };
  }

  const names = (page: PageOf<LedgerRow>) => page.items.map((r) => r.name);

  it('lists never-visited first, then the longest unvisited, each row saying how long it has been', async () => {
    const { liaison } = await scenario();

    const page = ok<PageOf<LedgerRow>>(await enterprise('listLedger', {}, liaison));

    expect(names(page)).toEqual(['北京乙医药', '北京丁软件', '天津丙智能', '北京己能源', '北京戊材料', '北京甲科技']);
    expect(page.items.map((r) => r.daysSinceVisit)).toEqual([null, 200, 100, 31, 30, 10]);
    expect(page.total).toBe(6);
  });

  it.each([
    [{ district: 'chaoyang' }, ['北京乙医药']],
    [{ industry: 'ai' }, ['天津丙智能', '北京甲科技']],
    [{ flag: 'zero_ip' }, ['北京甲科技']],
    [{ flag: 'specialized', district: 'haidian' }, ['北京丁软件']],
    [{ keyword: '北京' }, ['北京丁软件', '北京乙医药', '北京己能源', '北京戊材料', '北京甲科技']],
    [{ keyword: '天津丙' }, ['天津丙智能']],
  ])('filters by %j', async (filter, expected) => {
    const { liaison } = await scenario();
    const page = ok<PageOf<LedgerRow>>(await enterprise('listLedger', filter, liaison));
    expect(names(page)).toEqual(expected);
    expect(page.total).toBe(expected.length);
  });

  it.each([
    [30, ['北京乙医药', '北京丁软件', '天津丙智能', '北京己能源']],
    [90, ['北京乙医药', '北京丁软件', '天津丙智能']],
    [180, ['北京乙医药', '北京丁软件']],
  ])('puts companies not visited for more than %i days in the 待走访 queue', async (days, expected) => {
    const { liaison } = await scenario();
    const page = ok<PageOf<LedgerRow>>(await enterprise('listLedger', { notVisitedDays: days }, liaison));
    expect(names(page)).toEqual(expected);
    expect(page.items.every((r) => r.daysSinceVisit === null || r.daysSinceVisit > days)).toBe(true);
  });

  it('finds one company by its whole credit code, typed in any case', async () => {
    const { stationId, liaison } = await freshStation();
    const id = await ledgerCompany(stationId, '北京庚科技', {}, null);
    await ledgerCompany(stationId, '北京辛科技', {}, null);
    const { creditCode } = (await getDoc(id))!;

    const page = ok<PageOf<LedgerRow>>(await enterprise('listLedger', { keyword: creditCode.toLowerCase() }, liaison));

    expect(page.items.map((r) => r.id)).toEqual([id]);
  });

  it('pages through the ledger without repeating or skipping a company', async () => {
    const { liaison } = await scenario();
    const pages = [];
    for (let page = 1; page <= 3; page++) {
      pages.push(ok<PageOf<LedgerRow>>(await enterprise('listLedger', { page, pageSize: 2 }, liaison)));
    }
    expect(pages.flatMap(names)).toEqual([
      '北京乙医药',
      '北京丁软件',
      '天津丙智能',
      '北京己能源',
      '北京戊材料',
      '北京甲科技',
    ]);
    expect(pages.map((p) => p.total)).toEqual([6, 6, 6]);
  });

  it("shows a station's staff their own ledger only; an admin names the station", async () => {
    const { stationId, liaison } = await scenario();
    const expert = await seedMember(world.store, now(), 'expert', { stationId });
    const admin = await world.actor('admin');

    expect(ok<PageOf<LedgerRow>>(await enterprise('listLedger', {}, expert)).total).toBe(6);
    expect(ok<PageOf<LedgerRow>>(await enterprise('listLedger', { stationId }, admin)).total).toBe(6);
    failed(await enterprise('listLedger', { stationId: OWN_STATION }, liaison), 'FORBIDDEN');
    const noStation = failed(await enterprise('listLedger', {}, admin), 'INVALID_INPUT');
    expect(noStation.fields).toEqual({ stationId: '站点：请选择要查看台账的站点' });
  });

  it.each<[LedgerFilters, string]>([
    [{}, 'ix_companies_stationId_lastVisitAt__id'],
    [{ notVisitedDays: 90 }, 'ix_companies_stationId_lastVisitAt__id'],
    [{ district: 'haidian', notVisitedDays: 30 }, 'ix_companies_stationId_district_lastVisitAt__id'],
    [{ industry: 'ai' }, 'ix_companies_stationId_industry_lastVisitAt__id'],
    [{ flag: 'overseas_litigation' }, 'ix_companies_stationId_keyFlags_overseas_litigation_lastVisitAt__id'],
    [{ keyword: '北京' }, 'ix_companies_stationId_name__id'],
  ])('serves %j from a declared index, in index order', (filter, index) => {
    const plan = world.store.queryPlan('companies', { ...ledgerQuery(OWN_STATION, filter, now()), limit: 20 });
    expect(plan.join('\n')).toMatch(new RegExp(`SEARCH companies USING INDEX ${index}\\b`));
    // Every index ends with `_id`, the Store's tie-break: the page comes in index order, unsorted.
    expect(plan.join('\n')).not.toContain('TEMP B-TREE');
  });
});

describe('the company timeline', () => {
  async function history() {
    const { companyId, staff } = await companyWithStaff();
    const t = now();
    const visitAt = (visitedAt: number, overrides: Parameters<typeof seedVisit>[4]) =>
      seedVisit(world.store, t, OWN_STATION, companyId, { visitedAt, visitors: ['李联络'], ...overrides });
    await visitAt(t - 3 * DAY, {
      sharedSummary: '介绍了专利资助政策，约定下月回访',
      internalNote: '内部：老板不愿付费',
      findings: '发现：海外布局缺预算',
    });
    await seedRecord(world.store, t, OWN_STATION, companyId, {
      consultedAt: t - 2 * DAY,
      internalNote: '内部：续展费用敏感',
    });
    await seedRequest(world.store, t - DAY, OWN_STATION, companyId);
    await visitAt(t - 5 * DAY, {
      sharedSummary: '首次走访，了解企业基本情况',
      internalNote: '内部：首次走访',
      findings: '发现：尚无管理制度',
    });
    return { companyId, staff };
  }

  it('merges visits, consultations and requests newest first', async () => {
    const { companyId } = await history();
    const liaison = await seedMember(world.store, now(), 'liaison', { stationId: OWN_STATION });

    const page = ok<PageOf<TimelineItem>>(await enterprise('getTimeline', { companyId }, liaison));

    expect(page.items.map((i) => [i.kind, now() - i.at])).toEqual([
      ['request', DAY],
      ['consultation', 2 * DAY],
      ['visit', 3 * DAY],
      ['visit', 5 * DAY],
    ]);
    expect(page.total).toBe(4);
    expect(page.items[2]).toMatchObject({
      view: 'station',
      title: '实地走访',
      summary: '介绍了专利资助政策，约定下月回访',
      findings: '发现：海外布局缺预算',
      internalNote: '内部：老板不愿付费',
    });
    expect(page.items[1]).toMatchObject({ title: '知识产权业务办理咨询', internalNote: '内部：续展费用敏感' });
  });

  it("shows company staff a visit's shared summary only, never findings or internal notes", async () => {
    const { companyId, staff } = await history();

    const env = await enterprise('getTimeline', { companyId }, staff);
    const page = ok<PageOf<TimelineItem>>(env);

    expect(page.items.map((i) => i.view)).toEqual(['company', 'company', 'company', 'company']);
    expect(page.items[2]).toEqual({
      view: 'company',
      kind: 'visit',
      id: expect.any(String),
      at: expect.any(Number),
      title: '实地走访',
      summary: '介绍了专利资助政策，约定下月回访',
      stationName: '测试站点',
    });
    const text = JSON.stringify(env);
    expect(text).not.toContain('内部');
    expect(text).not.toContain('发现');
    expect(text).not.toContain('李联络');
  });

  it("shows the station's expert the company view: findings and internal notes stay with the station's staff", async () => {
    const { companyId } = await history();
    const expert = await seedMember(world.store, now(), 'expert', { stationId: OWN_STATION });

    const env = await enterprise('getTimeline', { companyId }, expert);

    expect(ok<PageOf<TimelineItem>>(env).items.map((i) => i.view)).toEqual([
      'company',
      'company',
      'company',
      'company',
    ]);
    expect(JSON.stringify(env)).not.toContain('内部');
  });

  it('refuses a page beyond the most recent 1000 items, naming 页码', async () => {
    const { companyId, staff } = await companyWithStaff();
    const error = failed(
      await enterprise('getTimeline', { companyId, page: 21, pageSize: 50 }, staff),
      'INVALID_INPUT',
    );
    expect(error.fields).toEqual({ page: '页码：时间线最多显示最近 1000 条记录' });
    const last = ok<PageOf<TimelineItem>>(
      await enterprise('getTimeline', { companyId, page: 20, pageSize: 50 }, staff),
    );
    expect(last).toMatchObject({ items: [], total: 0, page: 20 });
  });

  it('pages the merged timeline so that pages tile', async () => {
    const { companyId, staff } = await history();
    const first = ok<PageOf<TimelineItem>>(await enterprise('getTimeline', { companyId, pageSize: 3 }, staff));
    const second = ok<PageOf<TimelineItem>>(
      await enterprise('getTimeline', { companyId, page: 2, pageSize: 3 }, staff),
    );

    expect([...first.items, ...second.items].map((i) => i.kind)).toEqual(['request', 'consultation', 'visit', 'visit']);
    expect(second.total).toBe(4);
  });
});
