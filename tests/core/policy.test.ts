import type { Role } from '../../core/enums';
import { AppError } from '../../core/errors';
import { accessOf, authorizeAction, authorizeTarget, mayAccess } from '../../core/policy';
import type { Caller, Membership } from '../../core/ports';

const HAIDIAN = 'st-haidian-zgc';
const CHAOYANG = 'st-chaoyang-rapid';

function callerActingAs(
  role: Role | null,
  scope: { stationId?: string; companyId?: string } = {},
  others: Membership[] = [],
): Caller {
  const acting: Membership | null = role ? { id: `m-${role}`, role, ...scope } : null;
  return { userId: 'u1', displayName: '测试', memberships: [...(acting ? [acting] : []), ...others], acting };
}

/** Runs `work` and returns the AppError it threw (failing the test when nothing was thrown). */
function refusal(work: () => void): AppError {
  try {
    work();
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected a refusal, but the call was allowed');
}

describe('authorizeAction: may this caller call the action at all', () => {
  it('lets anybody, even without a session, read public actions', () => {
    expect(() => authorizeAction('directory', 'listStations', null)).not.toThrow();
    expect(() => authorizeAction('directory', 'getStation', null)).not.toThrow();
  });

  it('asks a caller without a session to sign in, in Chinese', () => {
    const e = refusal(() => authorizeAction('account', 'me', null));
    expect(e.code).toBe('UNAUTHENTICATED');
    expect(e.message).toBe('请先登录后再操作');
  });

  it('lets any signed-in person use their own account actions, whatever role they act for', () => {
    for (const role of [null, 'company', 'liaison', 'chief', 'expert', 'admin'] as const) {
      expect(() => authorizeAction('account', 'updateProfile', callerActingAs(role))).not.toThrow();
    }
  });

  it('refuses a role the rule does not name, saying which role is needed and where to switch', () => {
    const e = refusal(() =>
      authorizeAction('directory', 'updateStation', callerActingAs('liaison', { stationId: HAIDIAN })),
    );
    expect(e.code).toBe('FORBIDDEN');
    expect(e.message).toBe('此操作需要站长或管理员身份，请在"我的"页面切换身份');
  });

  it('judges by the ACTING membership, not by another role the person also holds', () => {
    const chiefToo: Membership = { id: 'm-chief', role: 'chief', stationId: HAIDIAN };
    const actingAsCompany = callerActingAs('company', { companyId: 'c1' }, [chiefToo]);
    expect(refusal(() => authorizeAction('directory', 'updateStation', actingAsCompany)).code).toBe('FORBIDDEN');
    const actingAsChief: Caller = { ...actingAsCompany, acting: chiefToo };
    expect(() => authorizeAction('directory', 'updateStation', actingAsChief)).not.toThrow();
  });

  it('refuses a plain signed-in user (no membership) a role-only action', () => {
    expect(refusal(() => authorizeAction('account', 'listCompanies', callerActingAs(null))).code).toBe('FORBIDDEN');
  });

  it('refuses an action missing from the table, in Chinese', () => {
    const e = refusal(() => authorizeAction('directory', 'dropEverything', callerActingAs('admin')));
    expect(e.code).toBe('FORBIDDEN');
    expect(e.message).toBe('该操作未开放');
    expect(accessOf('directory', 'dropEverything')).toBeNull();
    expect(accessOf('nope', 'me')).toBeNull();
    expect(accessOf('account', 'toString')).toBeNull();
  });

  it('lets an admin call every restricted action', () => {
    for (const [fn, action] of [
      ['directory', 'createStation'],
      ['directory', 'updateStation'],
      ['account', 'createInvitation'],
      ['account', 'reviewCompany'],
    ]) {
      expect(() => authorizeAction(fn!, action!, callerActingAs('admin'))).not.toThrow();
    }
  });
});

describe('authorizeTarget / mayAccess: does the acting membership own the record', () => {
  it("lets a chief edit their own station but not another station's", () => {
    const chief = callerActingAs('chief', { stationId: HAIDIAN });
    expect(() => authorizeTarget('directory', 'updateStation', chief, { stationId: HAIDIAN })).not.toThrow();
    const e = refusal(() => authorizeTarget('directory', 'updateStation', chief, { stationId: CHAOYANG }));
    expect(e.code).toBe('FORBIDDEN');
    expect(e.message).toBe('您只能处理本站点或本企业的记录');
  });

  it('refuses a station-scoped rule when the record names no station', () => {
    const chief = callerActingAs('chief', { stationId: HAIDIAN });
    expect(mayAccess(accessOf('directory', 'updateStation')!, chief, {})).toBe(false);
  });

  it('lets company staff read their own company only', () => {
    const staff = callerActingAs('company', { companyId: 'c1' });
    const access = accessOf('account', 'getCompany')!;
    expect(mayAccess(access, staff, { companyId: 'c1', stationId: HAIDIAN })).toBe(true);
    expect(mayAccess(access, staff, { companyId: 'c2', stationId: HAIDIAN })).toBe(false);
  });

  it("lets a liaison read companies of their station, and not another station's", () => {
    const liaison = callerActingAs('liaison', { stationId: HAIDIAN });
    const access = accessOf('account', 'getCompany')!;
    expect(mayAccess(access, liaison, { companyId: 'c1', stationId: HAIDIAN })).toBe(true);
    expect(mayAccess(access, liaison, { companyId: 'c1', stationId: CHAOYANG })).toBe(false);
  });

  it('lets an admin at any station and company', () => {
    const admin = callerActingAs('admin');
    expect(mayAccess(accessOf('directory', 'updateStation')!, admin, { stationId: CHAOYANG })).toBe(true);
    expect(mayAccess(accessOf('account', 'getCompany')!, admin, { companyId: 'anyone' })).toBe(true);
  });

  it('admits anybody to public actions and nobody without a session to others', () => {
    expect(mayAccess('public', null, {})).toBe(true);
    expect(mayAccess(accessOf('directory', 'updateStation')!, null, { stationId: HAIDIAN })).toBe(false);
    expect(refusal(() => authorizeTarget('account', 'getCompany', null, { companyId: 'c1' })).code).toBe(
      'UNAUTHENTICATED',
    );
    expect(() => authorizeTarget('directory', 'getStation', null, { stationId: HAIDIAN })).not.toThrow();
  });

  it('refuses an expert every station edit, even at their own station', () => {
    const expert = callerActingAs('expert', { stationId: HAIDIAN });
    expect(mayAccess(accessOf('directory', 'saveServiceItem')!, expert, { stationId: HAIDIAN })).toBe(false);
  });
});

describe("the 'district' scope: a district admin over the stations of their district", () => {
  const districtAdmin = (stations: string[] | undefined): Caller => ({
    ...callerActingAs('district_admin'),
    acting: { id: 'm-da', role: 'district_admin', district: 'haidian' },
    ...(stations ? { districtStationIds: stations } : {}),
  });

  it('admits a station of the district and refuses one outside it, saying the district is the limit', () => {
    const caller = districtAdmin([HAIDIAN]);
    expect(() => authorizeTarget('stats', 'stationStats', caller, { stationId: HAIDIAN })).not.toThrow();
    const e = refusal(() => authorizeTarget('stats', 'stationStats', caller, { stationId: CHAOYANG }));
    expect(e.code).toBe('FORBIDDEN');
    expect(e.message).toBe('您只能查看本区站点的记录');
  });

  it('refuses everything when the caller was resolved without the district’s stations', () => {
    expect(mayAccess(accessOf('stats', 'stationStats')!, districtAdmin(undefined), { stationId: HAIDIAN })).toBe(false);
    expect(mayAccess(accessOf('stats', 'stationStats')!, districtAdmin([]), { stationId: HAIDIAN })).toBe(false);
  });

  it('never admits a writing action, whatever the station', () => {
    for (const [fn, action] of [
      ['directory', 'updateStation'],
      ['training', 'createSession'],
      ['visit', 'logVisit'],
      ['account', 'createInvitation'],
    ] as const) {
      expect(refusal(() => authorizeAction(fn, action, districtAdmin([HAIDIAN]))).code).toBe('FORBIDDEN');
    }
  });
});
