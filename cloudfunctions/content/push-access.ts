/**
 * Whose a push is: the target's (an article or training of a station is its chief's to push, a
 * city article an admin's), and the companies it may reach are those the sender's rule lists
 * (scopeWhere over companies: a chief the station's, an admin every company).
 */
import { AppError } from '../../core/errors';
import type { PushTarget } from '../../core/enums';
import type { HandlerContext } from '../_shared/runtime';
import { pushTarget, type PushTargetInfo } from '../_shared/pushes';
import { scopeWhere } from '../_shared/scope';

export async function authorizedPush(
  ctx: HandlerContext,
  action: 'previewPush' | 'sendPush' | 'listPushes',
  target: { kind: PushTarget; id: string },
): Promise<{ info: PushTargetInfo; scopeStationId: string | undefined }> {
  const caller = ctx.requireCaller();
  const info = await pushTarget(ctx.store, target.kind, target.id, ctx.clock.now());
  if (!info) throw new AppError('NOT_FOUND', target.kind === 'article' ? '文章不存在' : '培训不存在');
  ctx.authorize(info.stationId ? { stationId: info.stationId } : {});
  const scope = scopeWhere('content', action, caller, { station: 'stationId' });
  const scopeStationId = typeof scope?.stationId === 'string' ? scope.stationId : undefined;
  return { info, scopeStationId };
}
