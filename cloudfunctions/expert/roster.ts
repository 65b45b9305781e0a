/**
 * The roster's moves, shared by the actions: loading a profile, who may read one (the chief of a
 * station it serves, an admin), and the status steps (备案, 退回, 除名, 退出) — each one transaction
 * that re-reads the profile and checks its status, so of two admins acting at once the second
 * gets CONFLICT with what happened instead of writing over the first. Leaving the roster revokes
 * the person's expert memberships in the same transaction: their next call is refused (the
 * caller is built from active memberships only, cloudfunctions/_shared/caller.ts).
 */
import { openAssignmentsOf, returnToQueue } from '../_shared/request-assignments';
import { EXPERT_STATUS } from '../../core/enums';
import { AppError } from '../../core/errors';
import type { Store } from '../../core/ports';
import { canStep, ROSTER_STEPS, type RosterStep } from '../../core/rules/expert-roster';
import { shanghaiDate } from '../../core/rules/time';
import type { ExpertDetail } from '../../core/contract';
import type { ExpertProfileDoc, MembershipDoc, UserDoc } from '../../core/store/docs';
import type { HandlerContext } from '../_shared/runtime';
import { detailView, stationNamesOf, workloadOf } from './views';

export const todayOf = (ctx: HandlerContext) => shanghaiDate(ctx.clock.now());

export async function mustGetProfile(store: Store, expertId: string): Promise<ExpertProfileDoc> {
  const p = await store.get<ExpertProfileDoc>('expert_profiles', expertId);
  if (!p) throw new AppError('NOT_FOUND', '该专家尚未填写专家资料，请刷新专家库后重试');
  return p;
}

/**
 * FORBIDDEN unless the caller may read this expert under `action`'s rules: a chief only an expert
 * serving the station they act for (their station is the target when the profile lists it).
 */
export function authorizeExpert(ctx: HandlerContext, action: string, p: ExpertProfileDoc): void {
  const acting = ctx.caller?.acting?.stationId;
  const stationId = acting && p.stationIds.includes(acting) ? acting : (p.stationIds[0] ?? '');
  if (!ctx.may('expert', action, { stationId })) {
    throw new AppError('FORBIDDEN', '该专家不在本站点服务，您只能查看本站点的专家');
  }
}

const ADMIN_STEPS = ['file', 'return', 'remove'] as const;
const ACTION_OF = { file: 'fileExpert', return: 'returnExpert', remove: 'removeExpert' } as const;

/** One expert as the roster shows them, with the steps this caller may take now. */
export async function expertDetailOf(ctx: HandlerContext, p: ExpertProfileDoc): Promise<ExpertDetail> {
  const [names, load, filedBy] = await Promise.all([
    stationNamesOf(ctx.store, [p]),
    workloadOf(ctx.store, p._id),
    p.filedBy ? ctx.store.get<UserDoc>('users', p.filedBy) : Promise.resolve(null),
  ]);
  const steps = ADMIN_STEPS.filter((s) => canStep(s, p.status) && ctx.may('expert', ACTION_OF[s], {}));
  return detailView(p, names, todayOf(ctx), load, {
    steps,
    ...(filedBy ? { filedByName: filedBy.displayName } : {}),
  });
}

/** An expert has a membership per station they were invited to: a few at most. */
const MAX_GRANTS = 50;

async function activeExpertGrants(store: Store, userId: string): Promise<MembershipDoc[]> {
  return store.find<MembershipDoc>('memberships', {
    where: { userId, role: 'expert', status: 'active' },
    limit: MAX_GRANTS,
  });
}

const NOT_NOW: Record<RosterStep, string> = {
  file: '只有待备案的专家资料可以备案',
  return: '只有待备案的专家资料可以退回',
  remove: '该专家已不在专家库中',
  leave: '您已不在专家库中',
};

/**
 * Moves the profile by `step` in one transaction, if its status (read inside it) allows; ending
 * steps (除名, 退出) also revoke the person's active expert memberships there. CONFLICT with the
 * current status otherwise. Returns the profile as written.
 */
export async function stepProfile(
  ctx: HandlerContext,
  expertId: string,
  step: RosterStep,
  set: Partial<ExpertProfileDoc>,
): Promise<ExpertProfileDoc> {
  const now = ctx.clock.now();
  const { to } = ROSTER_STEPS[step];
  const ends = to === 'exited' || to === 'removed';
  // Read before the transaction (it allows only id operations); the grants and the requests still
  // waiting on the expert are settled by id inside.
  const grants = ends ? await activeExpertGrants(ctx.store, expertId) : [];
  const waiting = ends ? await openAssignmentsOf(ctx.store, expertId) : [];
  return ctx.store.transaction(async (tx) => {
    const current = await tx.get<ExpertProfileDoc>('expert_profiles', expertId);
    if (!current) throw new AppError('NOT_FOUND', '该专家尚未填写专家资料，请刷新后重试');
    if (!canStep(step, current.status)) {
      throw new AppError(
        'CONFLICT',
        `${NOT_NOW[step]}（当前状态：${EXPERT_STATUS.labels[current.status]}），请刷新后查看`,
      );
    }
    const patch = { ...set, status: to, updatedAt: now };
    await tx.updateById('expert_profiles', expertId, { set: patch });
    for (const g of grants) {
      await tx.updateById('memberships', g._id, {
        set: { status: 'revoked', revokedAt: now, revokedBy: ctx.caller?.userId ?? '' },
      });
    }
    // Nobody is left to answer or report on them: back to their stations' queues.
    const caller = ctx.requireCaller();
    const why = `${current.name}${to === 'removed' ? '被除名' : '已退出专家库'}，需重新指派`;
    await returnToQueue(tx, waiting, expertId, { id: caller.userId, name: caller.displayName, reason: why }, now);
    return { ...current, ...patch } as ExpertProfileDoc;
  });
}
