/**
 * The expert saves their profile and accepts the conduct commitment (§8.2, §8.4), which the
 * contract requires every time; the acceptance is kept with its time. Saving submits it for 备案
 * (待备案), except that a filed profile whose qualifications did not change stays filed
 * (core/rules/expert-roster.ts statusAfterSave). The stations served must be ones the expert was
 * invited to (an active expert membership there): a station can only assign its own experts.
 * One transaction re-reads the profile, so an admin filing or removing it meanwhile is not undone.
 */
import { AppError } from '../../../core/errors';
import type { Caller } from '../../../core/ports';
import { onRoster, statusAfterSave } from '../../../core/rules/expert-roster';
import type { ExpertProfileDoc } from '../../../core/store/docs';
import { invalidField } from '../../_shared/errors';
import { handler } from '../../_shared/runtime';
import { todayOf } from '../roster';
import { myProfileView, stationNamesOf } from '../views';

function checkStations(caller: Caller, stationIds: string[]): void {
  const mine = new Set(caller.memberships.filter((m) => m.role === 'expert').map((m) => m.stationId));
  const foreign = stationIds.find((id) => !mine.has(id));
  if (foreign) {
    throw invalidField('stationIds', '服务站点', '只能选择邀请您担任专家的站点，其他站点请联系该站站长邀请');
  }
}

/** Fields of a former state that no longer apply once the profile is submitted again. */
const STALE = ['returnReason', 'leftReason', 'leftAt', 'leftBy'] as const;

export default handler('expert', 'saveMyProfile', async (ctx, input) => {
  const caller = ctx.requireCaller();
  checkStations(caller, input.stationIds);
  const now = ctx.clock.now();
  const { acceptCommitment: _accepted, email, ...fields } = input;
  const saved = await ctx.store.transaction(async (tx) => {
    const current = await tx.get<ExpertProfileDoc>('expert_profiles', caller.userId);
    if (current?.status === 'removed') {
      throw new AppError('FORBIDDEN', '您已被移出专家库，如需重新加入请联系专家管理机构');
    }
    const status = current && onRoster(current.status) ? statusAfterSave(current, input.qualifications) : 'submitted';
    const set = { ...fields, ...(email ? { email } : {}), status, commitmentAcceptedAt: now, updatedAt: now };
    if (!current) {
      const doc: ExpertProfileDoc = { _id: caller.userId, ...set, createdAt: now };
      await tx.insert('expert_profiles', doc);
      return doc;
    }
    const unset = [
      ...(current.email !== undefined && !email ? ['email'] : []),
      ...STALE.filter((k) => current[k] !== undefined),
    ];
    await tx.updateById('expert_profiles', caller.userId, { set, ...(unset.length ? { unset } : {}) });
    const doc: ExpertProfileDoc = { ...current, ...set };
    for (const k of unset) delete doc[k];
    return doc;
  });
  await ctx.audit(saved.status, saved._id, { status: saved.status });
  return myProfileView(saved, await stationNamesOf(ctx.store, [saved]), todayOf(ctx));
});
