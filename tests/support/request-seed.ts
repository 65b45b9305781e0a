/**
 * Service requests written straight into a store, at any status of the state machine, for the
 * authorisation matrix and the request tests. An accepted (or later) request is handled by the
 * station's consultant — not the caller — unless told otherwise.
 */
import type { RequestStatus } from '../../core/enums';
import type { Store } from '../../core/ports';
import type { ServiceRequestDoc } from '../../core/store/docs';
import { newRequestDoc } from '../../cloudfunctions/_shared/service-requests';
import { stationConsultant } from './consult-seed';

let requestSeq = 0;

export interface SeedRequestOptions {
  status?: RequestStatus;
  handler?: { id: string; name: string };
  overrides?: Partial<ServiceRequestDoc>;
}

/** A request of `companyId` at `stationId`, raised by a company colleague; returns its id. */
export async function seedRequest(
  store: Store,
  now: number,
  stationId: string,
  companyId: string,
  options: SeedRequestOptions = {},
): Promise<string> {
  const status = options.status ?? 'submitted';
  const doc = newRequestDoc({
    id: `req:seed-${++requestSeq}-${process.pid}`,
    station: { id: stationId, name: '测试站点' },
    company: { id: companyId, name: `测试企业${companyId}` },
    category: 'application',
    description: '新产品需要申请发明专利，请安排专业人员指导',
    urgency: 'normal',
    attachments: [],
    source: 'company',
    by: { id: 'u-seed-colleague', name: '企业同事' },
    now,
  });
  if (status !== 'submitted') {
    const handler = options.handler ?? {
      id: await stationConsultant(store, now, stationId),
      name: `驻站专家${stationId}`,
    };
    Object.assign(doc, { status, handlerId: handler.id, handlerName: handler.name });
    if (status === 'closed') Object.assign(doc, { result: '已指导企业完成专利申请材料准备', closedAt: now });
  }
  await store.insert('service_requests', { ...doc, ...options.overrides });
  return doc._id;
}
