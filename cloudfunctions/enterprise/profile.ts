/**
 * The appendix A form as stored: what the input says, checked against today (years may not lie
 * in the future), with empty texts left out so "not filled" reads the same however it was sent.
 */
import type { ParsedInputOf } from '../../core/contract';
import { AppError } from '../../core/errors';
import type { CompanyProfile, ProfilePerson } from '../../core/store/docs';
import { shanghaiYear } from '../../core/rules/ledger';

type ProfileInput = ParsedInputOf<'enterprise', 'updateProfile'>;
type PersonInput = ProfileInput['contact'];

/** INVALID_INPUT naming one field, worded like the contract's own messages. */
export function invalidField(field: string, label: string, reason: string): AppError {
  const message = `${label}：${reason}`;
  return new AppError('INVALID_INPUT', message, { [field]: message });
}

function personDoc(p: PersonInput): ProfilePerson | undefined {
  if (!p) return undefined;
  const doc = { name: p.name ?? '', title: p.title ?? '', mobile: p.mobile ?? '' };
  return doc.name || doc.title || doc.mobile ? doc : undefined;
}

const YEAR_FIELDS = [
  ['ipSystemSince', '知识产权管理制度建立年份'],
  ['ipStandardYear', '知识产权管理规范认证年份'],
  ['highTechSince', '高新技术企业认定年份'],
] as const;

/** Throws INVALID_INPUT for a year after the current one (Shanghai). */
export function checkYears(input: Pick<ProfileInput, (typeof YEAR_FIELDS)[number][0]>, now: number): void {
  const thisYear = shanghaiYear(now);
  for (const [field, label] of YEAR_FIELDS) {
    const y = input[field];
    if (y !== undefined && y > thisYear) throw invalidField(field, label, `不能晚于 ${thisYear} 年`);
  }
}

/** Plain data without its undefined fields (a document store must not be handed them). */
const compact = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** The stored profile: absent means "not filled". */
export function profileDoc(input: ProfileInput): CompanyProfile {
  return compact({
    registeredAddress: input.registeredAddress || undefined,
    listingStatus: input.listingStatus,
    registeredCapital: input.registeredCapital,
    headcount: input.headcount,
    businessScale: input.businessScale,
    legalRep: personDoc(input.legalRep),
    contact: personDoc(input.contact),
    ipDepartment: input.ipDepartment,
    ipManagers: input.ipManagers,
    ipSystemSince: input.ipSystemSince,
    ipStandardYear: input.ipStandardYear,
    demonstration: input.demonstration,
    advantage: input.advantage,
    highTechSince: input.highTechSince,
    patentAwards: input.patentAwards,
  });
}

/** A ledger entry's first profile: the address and contact the liaison knew. */
export function entryProfileDoc(input: { registeredAddress?: string; contact?: PersonInput }): CompanyProfile {
  return compact({
    registeredAddress: input.registeredAddress || undefined,
    contact: personDoc(input.contact),
    demonstration: [],
    advantage: [],
    patentAwards: [],
  });
}
