/**
 * Saves a company's appendix A profile (the whole form). One transaction writes the company and,
 * when the figures changed, its holdings with one holdings_history entry (who, when, old, new) —
 * the company read inside the transaction, so a visit logging holdings meanwhile is not lost.
 *
 * The credit code and the key-enterprise flags are the station's: company staff may send them
 * unchanged (the form shows them), never changed. A credit code another company holds is
 * refused by the unique index (CONFLICT), not by reading first.
 */
import { AppError, isAppError } from '../../../core/errors';
import { KEY_FLAG } from '../../../core/enums';
import type { CompanyDoc } from '../../../core/store/docs';
import type { Patch } from '../../../core/store/query';
import { changeHoldings } from '../../_shared/holdings';
import { handler } from '../../_shared/runtime';
import { loadCompany, mayEditStationFields, profileAccess, stationNameOf } from '../access';
import { checkYears, profileDoc } from '../profile';
import { companyProfileView, flagsDoc } from '../views';

export default handler('enterprise', 'updateProfile', async (ctx, input) => {
  const caller = ctx.requireCaller();
  const before = await loadCompany(ctx, input.companyId);
  const now = ctx.clock.now();
  checkYears(input, now);

  const creditChanged = input.creditCode !== undefined && input.creditCode !== before.creditCode;
  const flags = input.keyFlags ? flagsDoc(input.keyFlags) : undefined;
  const flagsChanged = !!flags && KEY_FLAG.values.some((f) => (before.keyFlags?.[f] === true) !== flags[f]);
  if ((creditChanged || flagsChanged) && !mayEditStationFields(ctx, before)) {
    throw new AppError(
      'FORBIDDEN',
      creditChanged ? '统一社会信用代码如需更正，请联系服务站点' : '重点企业标记由服务站点维护，如有变化请联系服务站点',
    );
  }

  const profile = profileDoc(input);
  const patch: Patch = {
    set: {
      name: input.name,
      district: input.district,
      ...(input.industry ? { industry: input.industry } : {}),
      ...(creditChanged ? { creditCode: input.creditCode } : {}),
      ...(flags ? { keyFlags: flags } : {}),
      profile,
      // The top-level contact is what account pages and the record form show.
      contactName: profile.contact?.name ?? '',
      contactMobile: profile.contact?.mobile ?? '',
      updatedAt: now,
      updatedBy: caller.userId,
    },
    ...(input.industry ? {} : { unset: ['industry'] }),
  };

  let holdingsChanged = false;
  try {
    await ctx.store.transaction(async (tx) => {
      const current = await tx.get<CompanyDoc>('companies', before._id);
      if (!current) throw new AppError('NOT_FOUND', '企业不存在或已被删除，请刷新后重试');
      await tx.updateById('companies', current._id, patch);
      if (input.holdings) {
        holdingsChanged = await changeHoldings(tx, {
          company: current,
          after: input.holdings,
          by: { id: caller.userId, name: caller.displayName },
          source: 'profile',
          historyId: `hh:profile:${ctx.ids.id()}`,
          now,
        });
      }
    });
  } catch (e) {
    if (isAppError(e) && e.code === 'CONFLICT' && creditChanged) {
      throw new AppError('CONFLICT', '该统一社会信用代码已登记为其他企业，请核对后再保存');
    }
    throw e;
  }
  await ctx.audit('update', before._id, {
    ...(creditChanged ? { creditCode: { before: before.creditCode, after: input.creditCode } } : {}),
    ...(flagsChanged ? { keyFlags: input.keyFlags } : {}),
    holdingsChanged,
  });

  const after = (await ctx.store.get<CompanyDoc>('companies', before._id)) ?? before;
  return companyProfileView(after, await stationNameOf(ctx, after.stationId), profileAccess(ctx, after), now);
});
