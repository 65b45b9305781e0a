/** Stored documents → the shapes the contract publishes. One place per entity. */
import type { Company, Invitation, ServiceItem, Station } from '../../core/contract';
import type { Caller } from '../../core/ports';
import type { CompanyDoc, InvitationDoc, ServiceItemDoc, StationDoc } from '../../core/store/docs';

/**
 * Company staff read the company view of a record, visit or request; everyone else the station's.
 * Decided by the acting role, the same way in every area.
 */
export const readsAsCompany = (caller: Caller | null) => caller?.acting?.role === 'company';

export function stationView(d: StationDoc): Station {
  return {
    id: d._id,
    name: d.name,
    kind: d.kind,
    level: d.level,
    district: d.district,
    address: d.address,
    phone: d.phone,
    hours: d.hours,
    keyIndustries: d.keyIndustries ?? [],
    operator: d.operator,
    intro: d.intro,
    status: d.status,
    updatedAt: d.updatedAt,
  };
}

export function serviceItemView(d: ServiceItemDoc): ServiceItem {
  return {
    id: d._id,
    stationId: d.stationId,
    name: d.name,
    targetUsers: d.targetUsers,
    content: d.content,
    procedure: d.procedure,
    timeLimit: d.timeLimit,
    consultPhone: d.consultPhone,
    supervisionPhone: d.supervisionPhone,
    order: d.order,
    status: d.status,
    updatedAt: d.updatedAt,
  };
}

/** An active code past its expiry reads as expired; nothing rewrites it in storage. */
export function invitationView(d: InvitationDoc, now: number): Invitation {
  return {
    code: d._id,
    stationId: d.stationId,
    role: d.role,
    ...(d.district ? { district: d.district } : {}),
    status: d.status === 'active' && d.expiresAt <= now ? 'expired' : d.status,
    expiresAt: d.expiresAt,
    createdAt: d.createdAt,
    createdByName: d.createdByName,
    usedByName: d.usedByName,
    usedAt: d.usedAt,
  };
}

export function companyView(d: CompanyDoc, stationName?: string): Company {
  return {
    id: d._id,
    name: d.name,
    creditCode: d.creditCode,
    district: d.district,
    stationId: d.stationId,
    stationName,
    contactName: d.contactName,
    contactMobile: d.contactMobile,
    status: d.status,
    joinCode: d.joinCode,
    reviewNote: d.reviewNote,
    createdAt: d.createdAt,
  };
}
