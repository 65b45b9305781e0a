/**
 * What an improvement action answers: a complaint or an annual evaluation of the station (checked
 * to be the station's, and named), an internal self-check or the ratings (named only).
 */
import { IMPROVEMENT_SOURCE, type ImprovementSource } from '../../core/enums';
import { AppError } from '../../core/errors';
import type { Store } from '../../core/ports';
import type { ComplaintDoc, EvalRoundDoc } from '../../core/store/docs';
import { mustGet } from '../_shared/records';

const NOT_THIS_STATION = '来源记录不属于该站点';

export async function sourceLabel(
  store: Store,
  stationId: string,
  kind: ImprovementSource,
  refId: string | undefined,
): Promise<string> {
  if (kind === 'complaint' && refId) {
    const c = await mustGet<ComplaintDoc>(store, 'complaints', refId);
    if (c.stationId !== stationId) throw new AppError('INVALID_INPUT', NOT_THIS_STATION, { source: NOT_THIS_STATION });
    return `投诉：${c.subjectLabel}`;
  }
  if (kind === 'evaluation' && refId) {
    const r = await mustGet<EvalRoundDoc>(store, 'eval_rounds', refId);
    if (!r.stationIds.includes(stationId))
      throw new AppError('INVALID_INPUT', NOT_THIS_STATION, { source: NOT_THIS_STATION });
    return r.title;
  }
  return IMPROVEMENT_SOURCE.labels[kind];
}
