/**
 * The enterprise function's part of the test support: valid inputs for the authorisation
 * matrix, and visits, requests and holdings history written straight into a store (as the
 * visit and request functions write them), for the ledger and timeline tests.
 */
import type { ActionName } from '../../core/contract';
import type { Store } from '../../core/ports';
import type { CompanyDoc, ServiceRequestDoc, VisitDoc } from '../../core/store/docs';
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
  getHoldingsHistory: ({ target }) => ({ companyId: companyOf(target) }),
  getTimeline: ({ target }) => ({ companyId: companyOf(target) }),
};

let seq = 0;

/** A visit of `company` by its station at `visitedAt`, as visit.logVisit stores one. */
export async function seedVisitDoc(
  store: Store,
  company: Pick<CompanyDoc, '_id' | 'stationId' | 'name'>,
  visitedAt: number,
  overrides: Partial<VisitDoc> = {},
): Promise<VisitDoc> {
  const doc: VisitDoc = {
    _id: `visit:ent-${++seq}-${process.pid}`,
    stationId: company.stationId,
    stationName: '测试站点',
    companyId: company._id,
    companyName: company.name,
    visitedAt,
    form: 'onsite',
    visitors: ['李联络'],
    met: '王总（总经理）',
    topics: ['policy'],
    findings: '企业计划明年布局海外专利，但缺少预算',
    sharedSummary: '介绍了专利资助政策，约定下月回访',
    internalNote: '财务负责人对收费服务有顾虑',
    photos: [],
    requestIds: [],
    createdBy: 'seed',
    createdByName: '李联络',
    createdAt: visitedAt,
    ...overrides,
  };
  await store.insert('visits', doc);
  return doc;
}

/** A service request of `company` created at `createdAt`, as request.createRequest stores one. */
export async function seedRequestDoc(
  store: Store,
  company: Pick<CompanyDoc, '_id' | 'stationId' | 'name'>,
  createdAt: number,
  overrides: Partial<ServiceRequestDoc> = {},
): Promise<ServiceRequestDoc> {
  const doc: ServiceRequestDoc = {
    _id: `req:ent-${++seq}-${process.pid}`,
    stationId: company.stationId,
    stationName: '测试站点',
    companyId: company._id,
    companyName: company.name,
    category: 'application',
    description: '新产品需要申请发明专利，希望得到指导',
    attachments: [],
    urgency: 'normal',
    urgencyRank: 0,
    status: 'submitted',
    source: 'company',
    history: [{ at: createdAt, by: 'seed', byName: '张经理', event: 'created', status: 'submitted' }],
    createdBy: 'seed',
    createdByName: '张经理',
    createdAt,
    updatedAt: createdAt,
    ...overrides,
  };
  await store.insert('service_requests', doc);
  return doc;
}
