/** The enterprise function's part of the authorisation matrix: a valid input per action, own or other. */
import type { ActionName } from '../../core/contract';
import type { InputFactory, Target } from './action-inputs';
import { newCreditCode, newRequestId, OTHER_STATION, OWN_STATION } from './fixtures';
import { OTHER_COMPANY, OWN_COMPANY } from './world';

const stationOf = (t: Target) => (t === 'own' ? OWN_STATION : OTHER_STATION);
const companyOf = (t: Target) => (t === 'own' ? OWN_COMPANY : OTHER_COMPANY);

export const ENTERPRISE_INPUTS: Record<ActionName<'enterprise'>, InputFactory> = {
  getProfile: ({ target }) => ({ companyId: companyOf(target) }),
  // The seeded values again (name, contact), so a permitted caller changes nothing others rely on.
  updateProfile: ({ target }) => ({
    clientRequestId: newRequestId('profile'),
    companyId: companyOf(target),
    name: `测试企业${companyOf(target)}`,
    district: 'haidian',
    contact: { name: '联系人', mobile: '13800000000' },
  }),
  createLedgerEntry: ({ target }) => ({
    clientRequestId: newRequestId('ledger'),
    stationId: stationOf(target),
    name: '北京台账测试科技有限公司',
    creditCode: newCreditCode(),
    district: 'haidian',
  }),
  listLedger: ({ target }) => ({ stationId: stationOf(target) }),
  exportLedger: ({ target }) => ({ stationId: stationOf(target), notVisitedDays: 30 }),
  getHoldingsHistory: ({ target }) => ({ companyId: companyOf(target) }),
  getTimeline: ({ target }) => ({ companyId: companyOf(target) }),
};
