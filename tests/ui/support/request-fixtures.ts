/** Service requests of the request pages, shaped exactly as the contract's outputs. */
import type { RequestRating, RequestSummary, ServiceRequest, StationRequest } from '@core/contract';
import type { AssigneeCandidate } from '@core/contract/request';
import { shanghaiInstant } from '@core/rules/time';
import { STATION_ID, STATION_NAME } from './consult-fixtures';

const CREATED = shanghaiInstant('2026-11-23', '09:15');

export function aSummary(overrides: Partial<RequestSummary> = {}): RequestSummary {
  return {
    id: 'req:1',
    stationId: STATION_ID,
    stationName: STATION_NAME,
    companyId: 'c-1',
    companyName: '示例科技',
    category: 'application',
    description: '新产品需要申请发明专利，请安排专业人员指导',
    urgency: 'normal',
    status: 'submitted',
    source: 'company',
    attachmentCount: 0,
    overdue: false,
    createdByName: '张经理',
    createdAt: CREATED,
    updatedAt: CREATED,
    ...overrides,
  };
}

/** The station's view of a request (history with user ids, internal note). */
export function aStationRequest(overrides: Partial<StationRequest> = {}): StationRequest {
  return {
    view: 'station',
    ...aSummary(),
    attachments: [],
    steps: ['accept'],
    history: [{ at: CREATED, by: 'u-co', byName: '张经理', event: 'created', status: 'submitted' }],
    createdBy: 'u-co',
    ...overrides,
  };
}

/** The company's view of a request. */
export function aCompanyRequest(overrides: Partial<Extract<ServiceRequest, { view: 'company' }>> = {}): ServiceRequest {
  return {
    view: 'company',
    ...aSummary(),
    attachments: [],
    steps: ['cancel'],
    history: [{ at: CREATED, byName: '张经理', event: 'created', status: 'submitted' }],
    ...overrides,
  };
}

/** Station history entries after `created`, one per step, 30 minutes apart. */
export function historyUntil(...events: Array<['accepted' | 'started' | 'closed' | 'cancelled', string]>) {
  const status = { accepted: 'accepted', started: 'in_progress', closed: 'closed', cancelled: 'cancelled' } as const;
  return [
    { at: CREATED, by: 'u-co', byName: '张经理', event: 'created', status: 'submitted' as const },
    ...events.map(([event, byName], i) => ({
      at: CREATED + (i + 1) * 30 * 60_000,
      by: 'u-li',
      byName,
      event,
      status: status[event],
    })),
  ];
}

export function aRequestRating(overrides: Partial<RequestRating> = {}): RequestRating {
  const ratedAt = shanghaiInstant('2026-11-24', '10:30');
  return {
    id: 'rating:req:1',
    requestId: 'req:1',
    stationId: STATION_ID,
    stationName: STATION_NAME,
    companyId: 'c-1',
    companyName: '示例科技',
    category: 'application',
    handlerName: '李联络',
    stars: 5,
    tags: ['solved'],
    comment: '办理很及时',
    ratedByName: '张经理',
    ratedAt,
    updatedAt: ratedAt,
    edited: false,
    editableUntil: ratedAt + 24 * 3_600_000,
    locked: false,
    ...overrides,
  };
}

/** Someone the station may assign a request to, as suggestAssignees lists them. */
export function aCandidate(overrides: Partial<AssigneeCandidate> = {}): AssigneeCandidate {
  return {
    kind: 'expert',
    userId: 'u-ex',
    name: '王专家',
    organisation: '中关村专利代理事务所',
    matchesCategory: true,
    matchesIndustry: false,
    openCount: 2,
    ...overrides,
  };
}

/** The written service report as the station reads it (with its internal note). */
export function aReport(overrides: Partial<NonNullable<StationRequest['report']>> = {}) {
  return {
    situation: '企业新产品拟申请发明专利',
    advice: '建议先做查新检索，再准备交底书',
    outcome: '已指导企业完成交底书初稿',
    minutesSpent: 90,
    attachments: [],
    byName: '王专家',
    at: shanghaiInstant('2026-11-25', '16:00'),
    internalNote: '企业对费用较敏感',
    ...overrides,
  };
}
