/** The appendix A form as far as the ledger knows the company: its profile and holdings. */
import type { z } from 'zod';
import { studioFormFields } from '../../../core/contract/studio';
import type { CompanyDoc } from '../../../core/store/docs';
import { emptyHoldings } from '../../../core/rules/holdings';
import { mustGet } from '../../_shared/records';
import { handler } from '../../_shared/runtime';

const person = (p?: { name?: string; title?: string; mobile?: string }) =>
  p?.name || p?.title || p?.mobile ? { name: p.name ?? '', title: p.title ?? '', mobile: p.mobile ?? '' } : undefined;

/** Only what the form itself would accept: a field the ledger holds in another shape is left to fill in. */
function accepted(fields: Record<string, unknown>): Record<string, unknown> {
  const shape = studioFormFields.shape as Record<string, z.ZodType>;
  return Object.fromEntries(
    Object.entries(fields).filter(([key, value]) => value !== undefined && shape[key]?.safeParse(value).success),
  );
}

export default handler('studio', 'prefillApplication', async (ctx, input) => {
  ctx.authorize({ companyId: input.companyId });
  const c = await mustGet<CompanyDoc>(ctx.store, 'companies', input.companyId);
  const p = c.profile ?? {};
  const legalRep = person(p.legalRep);
  const contact = person(p.contact) ?? person({ name: c.contactName, mobile: c.contactMobile });
  return {
    companyName: c.name,
    creditCode: c.creditCode,
    ...accepted({
      ...(p.registeredAddress ? { registeredAddress: p.registeredAddress } : {}),
      ...(p.listingStatus ? { listingStatus: p.listingStatus } : {}),
      ...(p.registeredCapital !== undefined ? { registeredCapital: p.registeredCapital } : {}),
      ...(p.headcount !== undefined ? { headcount: p.headcount } : {}),
      ...(p.businessScale ? { businessScale: p.businessScale } : {}),
      ...(legalRep ? { legalRep } : {}),
      ...(contact ? { contact } : {}),
      ...(p.ipDepartment !== undefined ? { ipDepartment: p.ipDepartment } : {}),
      ...(p.ipManagers !== undefined ? { ipManagers: p.ipManagers } : {}),
      ...(p.ipSystemSince !== undefined ? { ipSystemSince: p.ipSystemSince } : {}),
      ...(p.ipStandardYear !== undefined ? { ipStandardYear: p.ipStandardYear } : {}),
      demonstration: p.demonstration ?? [],
      advantage: p.advantage ?? [],
      ...(p.highTechSince !== undefined ? { highTechSince: p.highTechSince } : {}),
      patentAwards: p.patentAwards ?? [],
      holdings: { ...emptyHoldings(), ...(c.holdings ?? {}) },
    }),
  };
});
