/**
 * Saves a company's appendix A profile (the whole form). One transaction reads the company —
 * once: authorised on it, judged on it, answered from it — and writes it and, when the figures
 * changed, its holdings with one holdings_history entry (who, when, old, new), so a visit
 * logging holdings meanwhile is not lost.
 *
 * The credit code and the key-enterprise flags are the station's: company staff may send them
 * unchanged (the form shows them), never changed — judged on the company as read in the
 * transaction that writes it, so a flag the station sets at the same moment is never overwritten
 * by a company's save. A credit code another company holds is refused by the unique index
 * (CONFLICT), not by reading first.
 */
import { AppError, isAppError } from '../../../core/errors';
import type { ParsedInputOf } from '../../../core/contract';
import { KEY_FLAG, type KeyFlag } from '../../../core/enums';
import type { CompanyDoc } from '../../../core/store/docs';
import { changeHoldings } from '../../_shared/holdings';
import { submissionId } from '../../_shared/records';
import { handler, type HandlerContext } from '../../_shared/runtime';
import { companyTarget, mayEditStationFields, profileAccess, stationNameOf } from '../access';
import { checkYears, profileDoc } from '../profile';
import { companyProfileView, flagsDoc } from '../views';

type ProfileInput = ParsedInputOf<'enterprise', 'updateProfile'>;

/** Which of the station's fields the form changes; FORBIDDEN when the caller may not change them. */
function stationFieldChanges(
  ctx: HandlerContext,
  current: CompanyDoc,
  input: ProfileInput,
  flags: Record<KeyFlag, boolean> | undefined,
): { creditChanged: boolean; flagsChanged: boolean } {
  const creditChanged = input.creditCode !== undefined && input.creditCode !== current.creditCode;
  const flagsChanged = !!flags && KEY_FLAG.values.some((f) => (current.keyFlags?.[f] === true) !== flags[f]);
  if ((creditChanged || flagsChanged) && !mayEditStationFields(ctx, current)) {
    throw new AppError(
      'FORBIDDEN',
      creditChanged ? '统一社会信用代码如需更正，请联系服务站点' : '重点企业标记由服务站点维护，如有变化请联系服务站点',
    );
  }
  return { creditChanged, flagsChanged };
}

export default handler('enterprise', 'updateProfile', async (ctx, input) => {
  const caller = ctx.requireCaller();
  const now = ctx.clock.now();
  checkYears(input, now);
  const profile = profileDoc(input);
  const flags = input.keyFlags ? flagsDoc(input.keyFlags) : undefined;
  const requestKey = submissionId('', caller.userId, input.clientRequestId);

  const saved = await ctx.store.transaction(async (tx) => {
    const before = await tx.get<CompanyDoc>('companies', input.companyId);
    if (!before) throw new AppError('NOT_FOUND', '企业不存在或已被删除，请刷新后重试');
    ctx.authorize(companyTarget(before));
    // This very save, replayed after its first attempt died unanswered: it is in place already.
    if (before.profileRequestKey === requestKey) {
      return { before, after: before, holdingsChanged: false, creditChanged: false, flagsChanged: false };
    }
    const changes = stationFieldChanges(ctx, before, input, flags);
    const set: Partial<CompanyDoc> = {
      name: input.name,
      district: input.district,
      ...(input.industry ? { industry: input.industry } : {}),
      ...(changes.creditChanged ? { creditCode: input.creditCode } : {}),
      ...(flags ? { keyFlags: flags } : {}),
      profile,
      // The top-level contact is what account pages and the record form show.
      contactName: profile.contact?.name ?? '',
      contactMobile: profile.contact?.mobile ?? '',
      updatedAt: now,
      updatedBy: caller.userId,
      profileRequestKey: requestKey,
    };
    try {
      await tx.updateById('companies', before._id, { set, ...(input.industry ? {} : { unset: ['industry'] }) });
    } catch (e) {
      if (isAppError(e) && e.code === 'CONFLICT' && changes.creditChanged) {
        throw new AppError('CONFLICT', '该统一社会信用代码已登记为其他企业，请核对后再保存');
      }
      throw e;
    }
    const holdingsChanged =
      !!input.holdings &&
      (await changeHoldings(tx, {
        company: before,
        after: input.holdings,
        by: { id: caller.userId, name: caller.displayName },
        source: 'profile',
        historyId: `hh:profile:${ctx.ids.id()}`,
        now,
      }));
    const { industry: _cleared, ...rest } = before;
    // The form sends every figure, so when it sends them they are the holdings now.
    const after: CompanyDoc = {
      ...(input.industry ? before : rest),
      ...set,
      ...(input.holdings ? { holdings: input.holdings } : {}),
    };
    return { before, after, holdingsChanged, ...changes };
  });

  const { before, after } = saved;
  await ctx.audit('update', before._id, {
    ...(saved.creditChanged ? { creditCode: { before: before.creditCode, after: input.creditCode } } : {}),
    ...(saved.flagsChanged ? { keyFlags: input.keyFlags } : {}),
    holdingsChanged: saved.holdingsChanged,
  });
  return companyProfileView(after, await stationNameOf(ctx, after.stationId), profileAccess(ctx, after), now);
});
