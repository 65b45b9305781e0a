/**
 * 移交线索 (004 §7.3.2.4): station staff refer a rights-protection clue found in a consultation
 * record, a visit or a request of their station (an expert: a record they gave) to a protection /
 * assistance center of the network or a named outside agency. Everything that can be judged from
 * the input is checked first — the source exists and is the caller's station's, the target takes
 * such cases, the evidence is the caller's uploads — so bad input writes nothing. The company is
 * kept for the referring station and named to others only with its consent (views.ts).
 * The id is drawn from the caller and their client request id: a retry is the same document,
 * which the database refuses to insert twice, and gets the first referral back.
 */
import type { ClueReferralDoc } from '../../../core/store/docs';
import { AppError, isAppError } from '../../../core/errors';
import { claimAttachments } from '../../_shared/attachments';
import { firstAttempt, submissionId } from '../../_shared/records';
import { handler } from '../../_shared/runtime';
import { referredNotices } from '../notices';
import { clueSource } from '../sources';
import { referralTarget } from '../targets';
import { referralView } from '../views';

export default handler('referral', 'createReferral', async (ctx, input) => {
  const caller = ctx.requireCaller();
  const source = await clueSource(ctx.store, input.source);
  ctx.authorize(source.target);
  const target = await referralTarget(ctx.store, input.target, source.stationId);
  const attachments = await claimAttachments(ctx, input.attachments, [], '证据材料');
  const now = ctx.clock.now();
  const doc: ClueReferralDoc = {
    _id: submissionId('ref:', caller.userId, input.clientRequestId),
    fromStationId: source.stationId,
    fromStationName: source.stationName,
    sourceKind: source.kind,
    sourceId: source.id,
    companyId: source.companyId,
    companyName: source.companyName,
    companyConsent: input.companyConsent,
    summary: input.summary,
    attachments,
    ...target,
    status: 'referred',
    history: [{ at: now, by: caller.userId, byName: caller.displayName, event: 'created', status: 'referred' }],
    createdBy: caller.userId,
    createdByName: caller.displayName,
    createdAt: now,
    updatedAt: now,
  };
  try {
    await ctx.store.insert('clue_referrals', doc);
  } catch (e) {
    if (!(isAppError(e) && e.code === 'CONFLICT')) throw e;
    const first = await firstAttempt<ClueReferralDoc>(ctx.store, 'clue_referrals', doc._id, caller.userId);
    if (first) return referralView(ctx, first);
    throw new AppError('CONFLICT', '提交冲突，请重新提交');
  }
  await ctx.audit('create', doc._id, {
    source: `${source.kind}:${source.id}`,
    fromStationId: doc.fromStationId,
    toStationId: doc.toStationId ?? null,
    companyConsent: doc.companyConsent,
  });
  await ctx.notifyAll(await referredNotices(ctx.store, doc, caller));
  return referralView(ctx, doc);
});
