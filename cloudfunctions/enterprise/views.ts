/** Company documents → the profile and ledger shapes the contract publishes. */
import type { CompanyProfileView, HoldingsChange, LedgerRow, ProfileFields } from '../../core/contract';
import { KEY_FLAG, type KeyFlag } from '../../core/enums';
import { emptyHoldings } from '../../core/rules/holdings';
import { daysSinceVisit } from '../../core/rules/ledger';
import type { CompanyDoc, CompanyProfile, HoldingsHistoryDoc } from '../../core/store/docs';

/** The flags set on a company, in the enum's order. */
export const flagsOf = (d: CompanyDoc): KeyFlag[] => KEY_FLAG.values.filter((f) => d.keyFlags?.[f] === true);

/** Every flag stored as a boolean, so "off" is written too and a filter on `true` is exact. */
export const flagsDoc = (flags: readonly KeyFlag[]): Record<KeyFlag, boolean> =>
  Object.fromEntries(KEY_FLAG.values.map((f) => [f, flags.includes(f)])) as Record<KeyFlag, boolean>;

function profileView(d: CompanyDoc): ProfileFields {
  const p: CompanyProfile | undefined = d.profile;
  const person = (x: CompanyProfile['contact']) =>
    x ? { name: x.name ?? '', title: x.title ?? '', mobile: x.mobile ?? '' } : undefined;
  // A company registered through account.createCompany has only the top-level contact so far.
  const registered =
    d.contactName || d.contactMobile
      ? { name: d.contactName ?? '', title: '', mobile: d.contactMobile ?? '' }
      : undefined;
  return {
    registeredAddress: p?.registeredAddress,
    listingStatus: p?.listingStatus,
    registeredCapital: p?.registeredCapital,
    headcount: p?.headcount,
    businessScale: p?.businessScale,
    legalRep: person(p?.legalRep),
    contact: person(p?.contact) ?? registered,
    ipDepartment: p?.ipDepartment,
    ipManagers: p?.ipManagers,
    ipSystemSince: p?.ipSystemSince,
    ipStandardYear: p?.ipStandardYear,
    demonstration: p?.demonstration ?? [],
    advantage: p?.advantage ?? [],
    highTechSince: p?.highTechSince,
    patentAwards: p?.patentAwards ?? [],
  };
}

export interface ProfileAccess {
  canEdit: boolean;
  canEditStationFields: boolean;
  canLogVisit: boolean;
}

export function companyProfileView(
  d: CompanyDoc,
  stationName: string,
  access: ProfileAccess,
  now: number,
): CompanyProfileView {
  return {
    id: d._id,
    name: d.name,
    creditCode: d.creditCode,
    district: d.district,
    industry: d.industry,
    stationId: d.stationId,
    stationName,
    status: d.status,
    ledgerOnly: d.ledgerOnly === true,
    joinCode: access.canEdit ? d.joinCode : undefined,
    profile: profileView(d),
    holdings: { ...emptyHoldings(), ...(d.holdings ?? {}) },
    keyFlags: flagsOf(d),
    lastVisitAt: d.lastVisitAt ?? 0,
    daysSinceVisit: daysSinceVisit(d.lastVisitAt ?? 0, now),
    createdAt: d.createdAt,
    updatedAt: d.updatedAt,
    ...access,
  };
}

export function ledgerRowView(d: CompanyDoc, now: number): LedgerRow {
  return {
    id: d._id,
    name: d.name,
    creditCode: d.creditCode,
    district: d.district,
    industry: d.industry,
    status: d.status,
    ledgerOnly: d.ledgerOnly === true,
    keyFlags: flagsOf(d),
    contactName: d.contactName ?? '',
    lastVisitAt: d.lastVisitAt ?? 0,
    daysSinceVisit: daysSinceVisit(d.lastVisitAt ?? 0, now),
  };
}

export function holdingsChangeView(d: HoldingsHistoryDoc): HoldingsChange {
  return {
    id: d._id,
    at: d.at,
    byName: d.byName,
    source: d.source,
    visitId: d.visitId,
    before: { ...emptyHoldings(), ...d.before },
    after: { ...emptyHoldings(), ...d.after },
  };
}
