/**
 * A liaison or chief enters a company met outside the product (a visit, a phone call) into the
 * station's ledger: confirmed at once (the station vouches for it), marked ledger-only, with a
 * join code the liaison hands to the company, whose staff then claim it through
 * account.joinCompany. One legal entity, one entry: the credit code's unique index refuses a
 * second one (CONFLICT), and the message says where the existing entry is.
 */
import { AppError, isAppError } from '../../../core/errors';
import type { Store } from '../../../core/ports';
import { emptyHoldings } from '../../../core/rules/holdings';
import type { CompanyDoc, StationDoc } from '../../../core/store/docs';
import { firstAttempt, mustGet } from '../../_shared/records';
import { handler } from '../../_shared/runtime';
import { profileAccess } from '../access';
import { entryProfileDoc, invalidField } from '../profile';
import { companyProfileView, flagsDoc } from '../views';

/** As account.createCompany: 8 characters of the unambiguous alphabet. */
const JOIN_CODE_LENGTH = 8;

async function duplicateMessage(store: Store, doc: CompanyDoc): Promise<string | null> {
  const [existing] = await store.find<CompanyDoc>('companies', { where: { creditCode: doc.creditCode }, limit: 1 });
  if (!existing) return null;
  if (existing.stationId === doc.stationId) {
    return `该企业已在本站台账中（${existing.name}），请在企业台账中搜索统一社会信用代码查看`;
  }
  return '该统一社会信用代码的企业已由其他站点登记为服务对象，请与该企业或市级服务机构核实';
}

export default handler('enterprise', 'createLedgerEntry', async (ctx, input) => {
  const caller = ctx.requireCaller();
  const stationId = input.stationId ?? caller.acting?.stationId;
  if (!stationId) throw invalidField('stationId', '站点', '请选择站点');
  ctx.authorize({ stationId });
  const station = await mustGet<StationDoc>(ctx.store, 'stations', stationId);
  const now = ctx.clock.now();
  const profile = entryProfileDoc(input);
  const doc: CompanyDoc = {
    _id: ctx.ids.id(),
    name: input.name,
    creditCode: input.creditCode,
    district: input.district,
    ...(input.industry ? { industry: input.industry } : {}),
    stationId: station._id,
    contactName: profile.contact?.name ?? '',
    contactMobile: profile.contact?.mobile ?? '',
    status: 'confirmed',
    joinCode: ctx.ids.code(JOIN_CODE_LENGTH),
    createdBy: caller.userId,
    createdAt: now,
    reviewedBy: caller.userId,
    reviewedAt: now,
    lastVisitAt: 0,
    ledgerOnly: true,
    profile,
    holdings: emptyHoldings(),
    keyFlags: flagsDoc(input.keyFlags ?? []),
    via: 'ledger',
  };
  try {
    await ctx.store.insert('companies', doc);
  } catch (e) {
    if (!(isAppError(e) && e.code === 'CONFLICT')) throw e;
    const first = await firstAttempt<CompanyDoc>(ctx.store, 'companies', doc._id, caller.userId);
    if (first) return companyProfileView(first, station.name, profileAccess(ctx, first), now);
    const duplicate = await duplicateMessage(ctx.store, doc);
    if (duplicate) throw new AppError('CONFLICT', duplicate, { creditCode: `统一社会信用代码：${duplicate}` });
    throw new AppError('CONFLICT', '提交冲突，请重试');
  }
  await ctx.audit('ledger-create', doc._id, { stationId: station._id });
  return companyProfileView(doc, station.name, profileAccess(ctx, doc), now);
});
