/**
 * An approver's decision at a stage (001 §6.2). Only the stage's own action decides there (one
 * policy row per level), and only on the version the approver read: two approvers deciding at once
 * are settled by the database — one conditional update wins, the other is told and sees the result.
 *
 *   approve: to the next stage (its time starts), or at the city bureau, final: the studio is
 *            numbered and founded as a service point, once its staffing meets 001 §6.4;
 *   return:  back to the applicant to correct; they resubmit to this same stage;
 *   reject:  closed, with the reasons.
 */
import { AppError } from '../../core/errors';
import { STUDIO_STAGE, type StudioStage } from '../../core/enums';
import type { StudioApplication } from '../../core/contract';
import { nextStage, staffingGaps } from '../../core/rules/studio';
import type { StudioApplicationDoc } from '../../core/store/docs';
import type { HandlerContext } from '../_shared/runtime';
import { assertVersion, authorizedApplication } from './access';
import { foundStudio } from './found';
import { dueAtFor } from './limits';
import { toApplicant, toApprovers } from './notices';
import { applicationView } from './views';

export interface DecideInput {
  applicationId: string;
  version: number;
  decision: 'approve' | 'return' | 'reject';
  opinion: string;
}

const GONE = '该申请刚刚已被他人处理，请刷新后查看';

export async function decide(ctx: HandlerContext, stage: StudioStage, input: DecideInput): Promise<StudioApplication> {
  const caller = ctx.requireCaller();
  const a = await authorizedApplication(ctx, input.applicationId);
  // A change since the approver read it (another approver's decision) first: they reload and see it.
  assertVersion(a, input.version);
  if (a.status !== 'reviewing' || a.stage !== stage) {
    throw new AppError('CONFLICT', a.status === 'reviewing' ? `该申请正由${STUDIO_STAGE.labels[a.stage]}审批` : GONE);
  }
  const now = ctx.clock.now();
  const step = { stage, kind: input.decision, opinion: input.opinion, byName: caller.displayName, at: now };
  const history = [...a.history, step];
  const next = input.decision === 'approve' ? nextStage(stage) : null;

  if (input.decision === 'approve' && next === null) {
    const gaps = staffingGaps(a.staff);
    if (gaps.length) throw new AppError('CONFLICT', `人员配备尚未达到要求：${gaps.join('；')}`);
    const after = await foundStudio(ctx, a, history, now);
    await ctx.audit('approve', a._id, { stage, number: after.number });
    await ctx.notifyAll(
      toApplicant(
        after,
        '流动工作室申请已批准',
        `贵企业的企业知识产权保护流动工作室已批准设立，编号 ${after.number}。`,
      ),
    );
    return applicationView(ctx, after);
  }

  const set: Partial<StudioApplicationDoc> =
    input.decision === 'approve'
      ? { stage: next!, dueAt: await dueAtFor(ctx.store, next!, now), enteredStageAt: now }
      : { status: input.decision === 'return' ? 'returned' : 'rejected' };
  const patch = { ...set, history, version: a.version + 1, updatedAt: now };
  const moved = await ctx.store.update(
    'studio_applications',
    { _id: a._id, version: a.version, status: 'reviewing', stage },
    { set: patch, ...(input.decision === 'approve' ? {} : { unset: ['dueAt'] }) },
  );
  if (!moved) throw new AppError('CONFLICT', GONE);
  const after = { ...a, ...patch } as StudioApplicationDoc;
  if (input.decision !== 'approve') delete after.dueAt;
  await ctx.audit(input.decision, a._id, { stage });
  if (input.decision === 'approve') {
    await ctx.notifyAll(await toApprovers(ctx.store, after));
  } else if (input.decision === 'return') {
    await ctx.notifyAll(
      toApplicant(
        after,
        '流动工作室申请被退回补正',
        `${STUDIO_STAGE.labels[stage]}退回补正：${input.opinion}。请修改后重新提交。`,
      ),
    );
  } else {
    await ctx.notifyAll(
      toApplicant(after, '流动工作室申请未获批准', `${STUDIO_STAGE.labels[stage]}意见：${input.opinion}`),
    );
  }
  return applicationView(ctx, after);
}
