/**
 * A new service request document: what a company raises and what a visit finds are the same
 * request, so both paths build it here (the visit inside its own transaction).
 */
import type { RequestSource, RequestStatus, RequestUrgency, ServiceCategory } from '../../core/enums';
import { URGENCY_RANK } from '../../core/rules/request-flow';
import type { AttachmentRef, ServiceRequestDoc } from '../../core/store/docs';

/** The first state of every request (core/rules/request-flow.ts holds the rest of the machine). */
export const REQUEST_INITIAL_STATUS = 'submitted' satisfies RequestStatus;

export function newRequestDoc(p: {
  id: string;
  station: { id: string; name: string };
  company: { id: string; name: string };
  category: ServiceCategory;
  description: string;
  urgency: RequestUrgency;
  attachments: AttachmentRef[];
  source: RequestSource;
  visitId?: string;
  by: { id: string; name: string };
  now: number;
}): ServiceRequestDoc {
  return {
    _id: p.id,
    stationId: p.station.id,
    stationName: p.station.name,
    companyId: p.company.id,
    companyName: p.company.name,
    category: p.category,
    description: p.description,
    attachments: p.attachments,
    urgency: p.urgency,
    urgencyRank: URGENCY_RANK[p.urgency],
    status: REQUEST_INITIAL_STATUS,
    source: p.source,
    ...(p.visitId ? { visitId: p.visitId } : {}),
    history: [{ at: p.now, by: p.by.id, byName: p.by.name, event: 'created', status: REQUEST_INITIAL_STATUS }],
    createdBy: p.by.id,
    createdByName: p.by.name,
    createdAt: p.now,
    updatedAt: p.now,
  };
}
