/**
 * The demo's people: one login per role at the 中关村软件园 workstation and its district (password printed by
 * `npm start`), the confirmed demo company they serve, and a few more people the station has met
 * (staff of ledger companies, a second liaison). The extra people register through the host's own
 * registration writer with an unguessable password: they make the station look used, nobody logs
 * in as them.
 */
import type { District, Role } from '../../core/enums';
import type { Store } from '../../core/ports';
import { creditCodeCheckChar } from '../../core/rules/credit-code';
import type { CompanyDoc, UserDoc } from '../../core/store/docs';
import { wechatUserId } from '../../cloudfunctions/_shared/caller';
import { newMembership } from '../../cloudfunctions/_shared/memberships';
import { nodeIds } from '../../cloudfunctions/_shared/node-ports';
import { insertIfAbsent } from '../../cloudfunctions/_shared/records';
import type { HostAuth } from '../auth';
import type { DemoStage } from './stage';

export const DEMO_STATION_ID = 'st-haidian-zgc';
/** The demo station's district, overseen by the demo district admin. */
export const DEMO_DISTRICT: District = 'haidian';
export const DEMO_COMPANY_ID = 'demo-company';
export const DEMO_COMPANY_NAME = '北京示例智能科技有限公司';
export const DEMO_PASSWORD = 'demo12345';

export interface DemoAccount {
  username: string;
  displayName: string;
  role: Role;
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { username: 'company', displayName: '张经理', role: 'company' },
  { username: 'liaison', displayName: '李联络', role: 'liaison' },
  { username: 'chief', displayName: '王站长', role: 'chief' },
  { username: 'expert', displayName: '赵专家', role: 'expert' },
  { username: 'admin', displayName: '市中心管理员', role: 'admin' },
  // 海淀区's district office: the demo station's district (its stations' figures and lists).
  { username: 'district', displayName: '海淀区管理员', role: 'district_admin' },
  // A reviewer of the annual evaluation (评审专家): assigned the demo station in the demo's round.
  { username: 'reviewer', displayName: '钱评审', role: 'reviewer' },
  // The mobile studio's three approval levels (seed 001 §6.2): 海淀区's town branch, the city
  // bureau's IP section and the city bureau.
  { username: 'branch', displayName: '孙分局', role: 'studio_branch' },
  { username: 'section', displayName: '周科长', role: 'studio_section' },
  { username: 'bureau', displayName: '吴局长', role: 'studio_bureau' },
];

/**
 * The WeChat identity of a demo person: OPENID `demo-<key>` (a real OPENID is 28 base64
 * characters, so none can collide with it).
 */
export const demoOpenid = (key: string) => `demo-${key}`;

/**
 * The user id of a demo person: the id CloudBase gives that OPENID (`wx_demo-<key>`). The host
 * logs them in by username; the weapp suite (tests/weapp) calls the CloudBase entries as them
 * by OPENID, so both see the same demo people and their records.
 */
export const demoUserId = (key: string) => wechatUserId(demoOpenid(key));

/** The demo logins' user ids by role. */
export const DEMO_USERS = {
  company: demoUserId('company'),
  liaison: demoUserId('liaison'),
  chief: demoUserId('chief'),
  expert: demoUserId('expert'),
  admin: demoUserId('admin'),
  district: demoUserId('district'),
  reviewer: demoUserId('reviewer'),
  branch: demoUserId('branch'),
  section: demoUserId('section'),
  bureau: demoUserId('bureau'),
} as const;

// The 31-symbol alphabet has no I, O, Z, S, V: a base containing one has no check character.
const DEMO_CREDIT_BASE = '91110108MA01KGC0X';
export const DEMO_CREDIT_CODE = DEMO_CREDIT_BASE + creditCodeCheckChar(DEMO_CREDIT_BASE);

/** Roles granted over no station and no district. */
const STATIONLESS: ReadonlySet<Role> = new Set(['admin', 'reviewer', 'studio_section', 'studio_bureau']);

/** The demo logins and the demo company, each written only if absent. */
export async function ensureDemoAccounts(store: Store, now: number, auth: HostAuth): Promise<void> {
  const company: CompanyDoc = {
    _id: DEMO_COMPANY_ID,
    name: DEMO_COMPANY_NAME,
    creditCode: DEMO_CREDIT_CODE,
    district: 'haidian',
    stationId: DEMO_STATION_ID,
    contactName: '张经理',
    contactMobile: '13800138000',
    status: 'confirmed',
    joinCode: 'DEMOJOIN',
    // On the city's 专精特新 and high-tech lists (the station keeps these flags): pushes to them reach 张经理.
    keyFlags: { specialized: true, high_tech: true },
    createdBy: DEMO_USERS.company,
    createdAt: now,
    lastVisitAt: 0,
  };
  await insertIfAbsent(store, 'companies', company);
  const missing = [];
  for (const account of DEMO_ACCOUNTS) {
    if (!(await store.get<UserDoc>('users', demoUserId(account.username)))) missing.push(account);
  }
  // In parallel: each account is one scrypt hash, the slowest part of a first start.
  await Promise.all(
    missing.map(async (account) => {
      const userId = demoUserId(account.username);
      await auth.createAccount({ ...account, password: DEMO_PASSWORD }, userId);
      const scope =
        account.role === 'company'
          ? { companyId: DEMO_COMPANY_ID }
          : STATIONLESS.has(account.role)
            ? {}
            : account.role === 'district_admin' || account.role === 'studio_branch'
              ? { district: DEMO_DISTRICT }
              : { stationId: DEMO_STATION_ID };
      await insertIfAbsent(store, 'memberships', newMembership(userId, account.role, scope, 'seed', now));
    }),
  );
}

/** A person the station has met, registered on the host (nobody knows the password). */
export interface DemoPerson {
  userId: string;
  name: string;
  mobile: string;
  title: string;
}

/** Registers people through the host's registration writer, in parallel (each is one scrypt hash). */
export async function registerPeople(
  s: DemoStage,
  people: Array<{ key: string; name: string; mobile: string; title: string }>,
): Promise<DemoPerson[]> {
  return Promise.all(
    people.map(async (p) => {
      const userId = demoUserId(p.key);
      // An unguessable password: these accounts exist to have taken part, not to be logged into.
      await s.auth.createAccount({ username: `demo-${p.key}`, displayName: p.name, password: nodeIds.id() }, userId);
      return { userId, name: p.name, mobile: p.mobile, title: p.title };
    }),
  );
}
