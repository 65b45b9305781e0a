/**
 * Demo accounts, one per role, all at the 中关村软件园 workstation, plus a confirmed demo
 * company. Created on first start unless --no-demo; printed to the console every start.
 */
import type { Role } from '../core/enums';
import type { Clock, Store } from '../core/ports';
import { creditCodeCheckChar } from '../core/rules/credit-code';
import type { CompanyDoc } from '../core/store/docs';
import { newMembership } from '../cloudfunctions/_shared/memberships';
import { insertIfAbsent } from '../cloudfunctions/_shared/records';
import type { HostAuth } from './auth';

export const DEMO_STATION_ID = 'st-haidian-zgc';
export const DEMO_COMPANY_ID = 'demo-company';
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
];

// The 31-symbol alphabet has no I, O, Z, S, V: a base containing one has no check character.
const DEMO_CREDIT_BASE = '91110108MA01KGC0X';
export const DEMO_CREDIT_CODE = DEMO_CREDIT_BASE + creditCodeCheckChar(DEMO_CREDIT_BASE);

export async function loadDemoData(store: Store, clock: Clock, auth: HostAuth): Promise<void> {
  const now = clock.now();
  const company: CompanyDoc = {
    _id: DEMO_COMPANY_ID,
    name: '北京示例智能科技有限公司',
    creditCode: DEMO_CREDIT_CODE,
    district: 'haidian',
    stationId: DEMO_STATION_ID,
    contactName: '张经理',
    contactMobile: '13800138000',
    status: 'confirmed',
    joinCode: 'DEMOJOIN',
    createdBy: 'demo-company-user',
    createdAt: now,
    lastVisitAt: 0,
  };
  await insertIfAbsent(store, 'companies', company);
  for (const account of DEMO_ACCOUNTS) {
    const userId = `demo-${account.username}-user`;
    if (await store.get('users', userId)) continue;
    await auth.createAccount({ ...account, password: DEMO_PASSWORD }, userId);
    const scope =
      account.role === 'company'
        ? { companyId: DEMO_COMPANY_ID }
        : account.role === 'admin'
          ? {}
          : { stationId: DEMO_STATION_ID };
    await insertIfAbsent(store, 'memberships', newMembership(userId, account.role, scope, 'seed', now));
  }
}
