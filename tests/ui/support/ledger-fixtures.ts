/** Sample answers of the enterprise actions (company profiles, ledger rows, timelines, memberships). */
import type { CompanyProfileView, LedgerRow, Me, TimelineItem } from '@core/contract';
import { emptyHoldings } from '@core/rules/holdings';
import { STATION_ID } from './consult-fixtures';

// The station's people are the consult pages' own; the company is the one whose profile is shown.
export { EXPERT_ME, LIAISON_ME, STATION_ID } from './consult-fixtures';
export const COMPANY_ID = 'co-xinghe';

export const COMPANY_ME: Me = {
  user: { id: 'u-co', displayName: '陈静' },
  memberships: [
    {
      id: 'u-co:company:co',
      role: 'company',
      companyId: COMPANY_ID,
      companyName: '北京星河智能科技有限公司',
      companyStatus: 'confirmed',
    },
  ],
  actingId: 'u-co:company:co',
};

export function aRow(overrides: Partial<LedgerRow> = {}): LedgerRow {
  return {
    id: 'co-1',
    name: '北京星河智能科技有限公司',
    creditCode: '91110108MA01KGC0XH',
    district: 'haidian',
    industry: 'ai',
    status: 'confirmed',
    ledgerOnly: false,
    keyFlags: [],
    contactName: '陈静',
    lastVisitAt: 0,
    daysSinceVisit: null,
    ...overrides,
  };
}

export function aProfile(overrides: Partial<CompanyProfileView> = {}): CompanyProfileView {
  return {
    id: COMPANY_ID,
    name: '北京星河智能科技有限公司',
    creditCode: '91110108MA01KGC0XH',
    district: 'haidian',
    industry: 'ai',
    stationId: STATION_ID,
    stationName: '海淀区中关村知识产权工作站',
    status: 'confirmed',
    ledgerOnly: false,
    joinCode: 'XH8K2M4P',
    profile: {
      registeredAddress: '北京市海淀区中关村大街27号',
      listingStatus: 'unlisted',
      registeredCapital: 500,
      headcount: 80,
      businessScale: 'small',
      legalRep: { name: '王海', title: '董事长', mobile: '13911112222' },
      contact: { name: '陈静', title: '知识产权经理', mobile: '13933334444' },
      ipDepartment: true,
      ipManagers: 2,
      ipSystemSince: 2019,
      demonstration: [],
      advantage: ['provincial'],
      patentAwards: [],
    },
    holdings: { ...emptyHoldings(), invention: 4, trademark_domestic: 6 },
    keyFlags: ['specialized'],
    lastVisitAt: 0,
    daysSinceVisit: null,
    createdAt: Date.UTC(2025, 0, 6),
    canEdit: true,
    canEditStationFields: false,
    canLogVisit: false,
    ...overrides,
  };
}

export function aVisitItem(overrides: Partial<Extract<TimelineItem, { view: 'station' }>> = {}): TimelineItem {
  return {
    view: 'station',
    kind: 'visit',
    id: 'visit:abc',
    at: Date.UTC(2025, 2, 1, 2),
    title: '实地走访',
    summary: '介绍了专利资助政策，约定下月回访',
    stationName: '海淀区中关村知识产权工作站',
    findings: '企业计划布局海外专利，缺少预算',
    internalNote: '财务负责人对收费服务有顾虑',
    visitors: ['李联络'],
    ...overrides,
  };
}
