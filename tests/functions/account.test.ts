/** Who am I, my profile and roles, and company registration, review and joining. */
import { DEMO_COMPANY_ID, DEMO_CREDIT_CODE } from '../../server/demo';
import { companyInput, newCreditCode, OTHER_STATION, OWN_STATION } from '../support/fixtures';
import { expectError, expectOk, personWithRole, startTestHost, type TestHost } from '../support/host';

let t: TestHost;
let admin: string;
let liaison: string;
let chief: string;

beforeAll(async () => {
  t = await startTestHost();
  admin = await t.login('admin');
  liaison = await t.login('liaison');
  chief = await t.login('chief');
});
afterAll(() => t.close());

const me = async (token: string) => expectOk(await t.call('account', 'me', {}, token));

describe('me', () => {
  it('shows a newly registered person with their name, no roles and nobody to act for', async () => {
    const s = await t.register('fresh', '刘新人');
    expect(await me(s.token)).toEqual({
      user: { id: s.user.id, displayName: '刘新人' },
      memberships: [],
      actingId: null,
    });
  });

  it('shows the demo chief acting as chief of the 中关村 station, with the station name', async () => {
    const view = await me(chief);
    expect(view.memberships).toEqual([
      expect.objectContaining({
        role: 'chief',
        stationId: OWN_STATION,
        stationName: expect.stringContaining('中关村'),
      }),
    ]);
    expect(view.actingId).toBe(view.memberships[0]!.id);
  });

  it('shows demo company staff their company with its status', async () => {
    const view = await me(await t.login('company'));
    expect(view.memberships).toEqual([
      expect.objectContaining({ role: 'company', companyId: DEMO_COMPANY_ID, companyStatus: 'confirmed' }),
    ]);
  });
});

describe('updateProfile', () => {
  it('changes the name shown everywhere, and only for the caller', async () => {
    const s = await t.register('rename', '旧名字');
    const updated = expectOk(await t.call('account', 'updateProfile', { displayName: '  新名字 ' }, s.token));
    expect(updated.user.displayName).toBe('新名字');
    expect((await me(s.token)).user.displayName).toBe('新名字');
    expect((await me(admin)).user.displayName).toBe('市中心管理员');
  });

  it('ignores a user id in the payload: identity comes from the session', async () => {
    const s = await t.register('sneaky', '本人');
    expectOk(await t.call('account', 'updateProfile', { displayName: '被改了', userId: 'wx_demo-admin' }, s.token));
    expect((await me(admin)).user.displayName).toBe('市中心管理员');
    expect((await me(s.token)).user.displayName).toBe('被改了');
  });

  it('refuses an empty name, naming the field 姓名, and keeps the old one', async () => {
    const s = await t.register('blank', '原名');
    const before = await t.counts();
    const error = expectError(
      await t.call('account', 'updateProfile', { displayName: '   ' }, s.token),
      'INVALID_INPUT',
    );
    expect(error.fields?.displayName).toContain('姓名');
    expect(await t.counts()).toEqual(before);
    expect((await me(s.token)).user.displayName).toBe('原名');
  });
});

describe('switchActing', () => {
  it('switches between two roles the person holds, and remembers the choice', async () => {
    const liaisonToo = await personWithRole(t, chief, OWN_STATION, 'liaison', 'twohats');
    const created = expectOk(await t.call('account', 'createCompany', companyInput(), liaisonToo.token));
    const companyHat = (await me(liaisonToo.token)).memberships.find((m) => m.companyId === created.id)!;
    expect((await me(liaisonToo.token)).actingId).toBe(companyHat.id);
    // Acting as company staff, the station's company list is out of reach…
    expectError(await t.call('account', 'listCompanies', { stationId: OWN_STATION }, liaisonToo.token), 'FORBIDDEN');

    const switched = expectOk(
      await t.call('account', 'switchActing', { membershipId: liaisonToo.membershipId }, liaisonToo.token),
    );
    expect(switched.actingId).toBe(liaisonToo.membershipId);
    expect((await me(liaisonToo.token)).actingId).toBe(liaisonToo.membershipId);
    // …and acting as liaison it is open.
    expectOk(await t.call('account', 'listCompanies', { stationId: OWN_STATION }, liaisonToo.token));
  });

  it("refuses to switch to somebody else's role (NOT_FOUND) and keeps the current one", async () => {
    const s = await t.register('impostor');
    const chiefHat = (await me(chief)).actingId!;
    const error = expectError(
      await t.call('account', 'switchActing', { membershipId: chiefHat }, s.token),
      'NOT_FOUND',
    );
    expect(error.message).toContain('未找到该身份');
    expect((await me(s.token)).actingId).toBeNull();
  });
});

describe('registering a company', () => {
  it('creates it pending, makes the creator its staff acting for it, and tells the station', async () => {
    const s = await t.register('founder', '创始人');
    const input = companyInput({ name: '北京待确认科技有限公司' });
    const company = expectOk(await t.call('account', 'createCompany', input, s.token));
    expect(company).toMatchObject({
      name: '北京待确认科技有限公司',
      creditCode: input.creditCode,
      stationId: OWN_STATION,
      status: 'pending',
    });
    expect(company.joinCode).toMatch(/^[A-Z2-9]{8}$/);

    const view = await me(s.token);
    const hat = view.memberships.find((m) => m.role === 'company');
    expect(hat).toMatchObject({
      companyId: company.id,
      companyName: '北京待确认科技有限公司',
      companyStatus: 'pending',
    });
    expect(view.actingId).toBe(hat!.id);
    expect(expectOk(await t.call('account', 'getCompany', { companyId: company.id }, s.token)).status).toBe('pending');

    const notices = await t.host.store.find('notifications', {
      where: { userId: 'wx_demo-liaison', kind: 'company.pending' },
    });
    expect(notices.map((n) => n.body)).toContainEqual(expect.stringContaining('北京待确认科技有限公司'));
  });

  it('accepts a credit code typed in lower case and stores it upper-cased', async () => {
    const s = await t.register('lower');
    const code = newCreditCode();
    const company = expectOk(
      await t.call('account', 'createCompany', companyInput({ creditCode: code.toLowerCase() }), s.token),
    );
    expect(company.creditCode).toBe(code);
  });

  it('refuses a second registration of the same credit code, in Chinese, writing nothing', async () => {
    const s = await t.register('copycat');
    const before = await t.counts();
    const error = expectError(
      await t.call('account', 'createCompany', companyInput({ creditCode: DEMO_CREDIT_CODE }), s.token),
      'CONFLICT',
    );
    expect(error.message).toBe('该统一社会信用代码的企业已登记，请向同事索取企业加入码后加入');
    expect(await t.counts()).toEqual(before);
    expect((await me(s.token)).memberships).toEqual([]);
  });

  it('lets a refused create be corrected and sent again with the same clientRequestId', async () => {
    const s = await t.register('retry');
    const first = companyInput({ creditCode: DEMO_CREDIT_CODE });
    expectError(await t.call('account', 'createCompany', first, s.token), 'CONFLICT');
    const fixed = expectOk(
      await t.call('account', 'createCompany', { ...first, creditCode: newCreditCode() }, s.token),
    );
    expect(fixed.status).toBe('pending');
  });

  it('returns the first company again when the same request is retried, creating one', async () => {
    const s = await t.register('double');
    const input = companyInput();
    const before = await t.host.store.count('companies');
    const a = expectOk(await t.call('account', 'createCompany', input, s.token));
    const b = expectOk(await t.call('account', 'createCompany', input, s.token));
    expect(b.id).toBe(a.id);
    expect(await t.host.store.count('companies')).toBe(before + 1);
  });

  it('refuses a credit code with a wrong check character, naming the field', async () => {
    const s = await t.register('typo');
    const before = await t.counts();
    const error = expectError(
      await t.call('account', 'createCompany', companyInput({ creditCode: '91330100716105852G' }), s.token),
      'INVALID_INPUT',
    );
    expect(error.fields?.creditCode).toBe('统一社会信用代码：应为18位，且校验位正确');
    expect(await t.counts()).toEqual(before);
  });
});

describe('the station reviews a company, then colleagues join it', () => {
  let founder: string;
  let founderId: string;
  let companyId: string;
  let joinCode: string;

  beforeAll(async () => {
    const s = await t.register('boss', '企业负责人');
    founder = s.token;
    founderId = s.user.id;
    const c = expectOk(
      await t.call('account', 'createCompany', companyInput({ name: '北京审核流程有限公司' }), founder),
    );
    companyId = c.id;
    joinCode = c.joinCode!;
  });

  it('shows the pending company to the liaison and chief of its station', async () => {
    for (const token of [liaison, chief]) {
      const page = expectOk(
        await t.call('account', 'listCompanies', { stationId: OWN_STATION, status: 'pending' }, token),
      );
      expect(page.items.map((c) => c.id)).toContain(companyId);
      expect(page.items.every((c) => c.status === 'pending')).toBe(true);
    }
  });

  it('does not let anyone join while it is pending', async () => {
    const colleague = await t.register('early');
    const error = expectError(await t.call('account', 'joinCompany', { joinCode }, colleague.token), 'CONFLICT');
    expect(error.message).toContain('待站点确认');
    expect((await me(colleague.token)).memberships).toEqual([]);
  });

  it('does not let the chief of another station review it', async () => {
    const otherChief = await personWithRole(t, admin, OTHER_STATION, 'chief', 'farchief');
    expectError(
      await t.call('account', 'reviewCompany', { companyId, decision: 'confirm' }, otherChief.token),
      'FORBIDDEN',
    );
    expectError(await t.call('account', 'getCompany', { companyId }, otherChief.token), 'FORBIDDEN');
    expectError(await t.call('account', 'listCompanies', { stationId: OWN_STATION }, otherChief.token), 'FORBIDDEN');
    expect((await t.host.store.get('companies', companyId))?.status).toBe('pending');
  });

  it('does not let staff of another company read it', async () => {
    expectError(await t.call('account', 'getCompany', { companyId }, await t.login('company')), 'FORBIDDEN');
  });

  it('is confirmed by the liaison, once; the staff are told', async () => {
    const confirmed = expectOk(
      await t.call('account', 'reviewCompany', { companyId, decision: 'confirm', note: '材料齐全' }, liaison),
    );
    expect(confirmed).toMatchObject({ status: 'confirmed', reviewNote: '材料齐全' });
    expect(expectOk(await t.call('account', 'getCompany', { companyId }, founder)).status).toBe('confirmed');
    expect((await me(founder)).memberships[0]!.companyStatus).toBe('confirmed');
    expectError(
      await t.call('account', 'reviewCompany', { companyId, decision: 'reject', note: '重复' }, chief),
      'CONFLICT',
    );
    const notices = await t.host.store.find('notifications', { where: { userId: founderId } });
    expect(notices).toEqual([expect.objectContaining({ kind: 'company.confirmed', title: '企业信息已确认' })]);
  });

  it('lets a colleague join with the join code, once', async () => {
    const colleague = await t.register('colleague');
    const view = expectOk(
      await t.call('account', 'joinCompany', { joinCode: joinCode.toLowerCase() }, colleague.token),
    );
    const hat = view.memberships.find((m) => m.companyId === companyId);
    expect(hat).toMatchObject({ role: 'company', companyName: '北京审核流程有限公司', companyStatus: 'confirmed' });
    expect(view.actingId).toBe(hat!.id);
    expectOk(await t.call('account', 'getCompany', { companyId }, colleague.token));
    expect(
      expectError(await t.call('account', 'joinCompany', { joinCode }, colleague.token), 'CONFLICT').message,
    ).toContain('已是该企业成员');
  });

  it('answers NOT_FOUND for a join code nobody issued', async () => {
    const s = await t.register('wrongcode');
    expectError(await t.call('account', 'joinCompany', { joinCode: 'NOSUCH99' }, s.token), 'NOT_FOUND');
  });
});

describe('rejecting a company', () => {
  it('needs a reason, then marks it rejected, and nobody can join it', async () => {
    const founder = (await t.register('rejected')).token;
    const c = expectOk(await t.call('account', 'createCompany', companyInput(), founder));
    const noReason = expectError(
      await t.call('account', 'reviewCompany', { companyId: c.id, decision: 'reject' }, chief),
      'INVALID_INPUT',
    );
    expect(noReason.fields?.note).toContain('审核意见');
    expect((await t.host.store.get('companies', c.id))?.status).toBe('pending');

    const rejected = expectOk(
      await t.call(
        'account',
        'reviewCompany',
        { companyId: c.id, decision: 'reject', note: '信用代码与名称不符' },
        chief,
      ),
    );
    expect(rejected).toMatchObject({ status: 'rejected', reviewNote: '信用代码与名称不符' });
    const colleague = await t.register('toolate');
    expectError(await t.call('account', 'joinCompany', { joinCode: c.joinCode }, colleague.token), 'CONFLICT');
  });
});

describe('listCompanies', () => {
  it('pages the station list and reports the total', async () => {
    const all = expectOk(await t.call('account', 'listCompanies', { stationId: OWN_STATION, pageSize: 50 }, admin));
    expect(all.total).toBeGreaterThanOrEqual(3);
    const page2 = expectOk(
      await t.call('account', 'listCompanies', { stationId: OWN_STATION, page: 2, pageSize: 2 }, admin),
    );
    expect(page2).toMatchObject({ page: 2, pageSize: 2, total: all.total });
    expect(page2.items.map((c) => c.id)).toEqual(all.items.slice(2, 4).map((c) => c.id));
  });

  it('lists no company of another station', async () => {
    const page = expectOk(await t.call('account', 'listCompanies', { stationId: OTHER_STATION }, admin));
    expect(page.items.every((c) => c.stationId === OTHER_STATION)).toBe(true);
  });
});
