/**
 * The figures an indicator is filled in from (EVAL_AUTO): the station's records of the round's
 * year, read from the statistics rollups (the same counters 统计分析 shows, caught up first), so
 * the self-evaluation and the statistics never disagree. A rate or mean without anything to divide
 * is null (no figure), never 0.
 */
import { EVAL_AUTO, type EvalAuto } from '../../core/enums';
import { K, periodRange, stationScope, SERVICE_KINDS } from '../../core/rules/rollups';
import type { HandlerContext } from '../_shared/runtime';
import { catchUp, countersFor } from '../_shared/rollups';

/** How long a read may spend bringing the rollups up to date before reading them. */
const CATCH_UP_BUDGET = 2000;

const ratio = (n: number, d: number, scale = 1) => (d > 0 ? Math.round((n / d) * scale * 10) / 10 : null);

export async function autoFigures(
  ctx: Pick<HandlerContext, 'store' | 'clock'>,
  stationId: string,
  year: number,
): Promise<Record<EvalAuto, number | null>> {
  await catchUp(ctx, CATCH_UP_BUDGET);
  const c = await countersFor(ctx.store, stationScope(stationId), periodRange('year', `${year}-01-01`));
  const n = (key: string) => c[key] ?? 0;
  const rated = SERVICE_KINDS.reduce((a, k) => a + n(`${K.rate}${k}_n`), 0);
  const stars = SERVICE_KINDS.reduce((a, k) => a + n(`${K.rate}${k}_sum`), 0);
  return {
    trainings: n(K.trainings),
    trainees: n(K.trainingCheckins),
    consultations: n(K.consult),
    requestsClosed: n(K.requestClosed),
    requestsAnsweredRate: ratio(n(K.requestRespondedIn2Days), n(K.requestResponded), 100),
    visits: n(K.visits),
    satisfaction: ratio(stars, rated),
  };
}

/** Where a figure comes from, as the form shows it. */
export const autoSource = (auto: EvalAuto, year: number) => `系统记录：${year}年度${EVAL_AUTO.labels[auto]}`;
