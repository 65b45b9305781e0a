/**
 * A station's statistics for a period, beside the previous period and the same period last year:
 * consultations, visits, requests, trainings, satisfaction and expert assignments, each with its
 * chart data, and the trend (../figures.ts); a station's also its 年度专项服务 (../special-services.ts). A chief reads their station, an admin the station
 * they name; a liaison or expert (the policy's 'assigned' scope) only their own work.
 */
import { AppError } from '../../../core/errors';
import { actingRule } from '../../../core/policy';
import { personScope, stationScope } from '../../../core/rules/rollups';
import type { StationDoc } from '../../../core/store/docs';
import { mustGet } from '../../_shared/records';
import { handler } from '../../_shared/runtime';
import { figuresOf } from '../figures';
import { specialServicesSection } from '../special-services';

export default handler('stats', 'stationStats', async (ctx, input) => {
  const caller = ctx.requireCaller();
  const own = actingRule('stats', 'stationStats', caller)?.scope === 'assigned';
  const stationId = own ? (caller.acting?.stationId ?? null) : (input.stationId ?? caller.acting?.stationId ?? null);
  if (!own) {
    if (!stationId) throw new AppError('INVALID_INPUT', '请选择要查看统计的站点', { stationId: '站点：请选择站点' });
    ctx.authorize({ stationId });
  }
  const station = stationId ? await mustGet<StationDoc>(ctx.store, 'stations', stationId) : null;
  const scope = own ? personScope(caller.userId) : stationScope(stationId!);
  const figures = await figuresOf(ctx, scope, input.period, own ? null : stationId);
  // A station's own figures only: 年度专项服务 is the station's list, not a person's work.
  const special = own ? null : await specialServicesSection(ctx.store, stationId!, figures);
  return {
    scopeName: own ? `我的工作（${caller.displayName}）` : station!.name,
    stationId,
    ...figures,
    sections: special ? [...figures.sections, special] : figures.sections,
  };
});
