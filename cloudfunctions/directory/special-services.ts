/**
 * The annual special-service list (年度专项服务清单, 004 §7.3.3) as its pages show it: the items
 * with their planned and recorded deliveries; the delivery log only to those who keep the list.
 */
import type { SpecialServiceList } from '../../core/contract';
import { PLANNED_TIMES, SPECIAL_LIST_DUE_MONTH } from '../../core/rules/special-services';
import { formatShanghai, shanghaiInstant } from '../../core/rules/time';
import type { SpecialProgressDoc, SpecialServiceListDoc, StationDoc } from '../../core/store/docs';
import { findAll } from '../_shared/paging';
import type { HandlerContext } from '../_shared/runtime';

export const specialListId = (stationId: string, year: number) => `${stationId}:${year}`;

/** The Shanghai calendar year of an instant. */
export const yearOf = (ms: number) => Number(formatShanghai(ms, 'YYYY'));

/** The first instant after the quarter the list is due in. */
const dueBy = (year: number) => shanghaiInstant(`${year}-${String(SPECIAL_LIST_DUE_MONTH + 1).padStart(2, '0')}-01`);

/** Whether the caller keeps this station's list (writes it, records deliveries). */
export const mayKeep = (ctx: Pick<HandlerContext, 'may'>, stationId: string) =>
  ctx.may('directory', 'saveSpecialServices', { stationId });

export async function specialListView(
  ctx: HandlerContext,
  station: Pick<StationDoc, '_id' | 'name'>,
  year: number,
  list: SpecialServiceListDoc | null,
): Promise<SpecialServiceList> {
  const canEdit = mayKeep(ctx, station._id);
  const shown = list && (list.status === 'published' || canEdit) ? list : null;
  const progress = shown
    ? await findAll<SpecialProgressDoc>(ctx.store, 'special_progress', { listId: shown._id }, [['doneAt', 'desc']])
    : [];
  return {
    stationId: station._id,
    stationName: station.name,
    year,
    status: shown ? shown.status : 'none',
    ...(shown?.publishedAt !== undefined ? { publishedAt: shown.publishedAt } : {}),
    late: shown?.publishedAt !== undefined && shown.publishedAt >= dueBy(year),
    items: (shown?.items ?? []).map((item) => {
      const mine = progress.filter((p) => p.itemId === item.id);
      return {
        ...item,
        planned: PLANNED_TIMES[item.frequency],
        done: mine.length,
        ...(canEdit
          ? { progress: mine.map((p) => ({ id: p._id, doneAt: p.doneAt, note: p.note, byName: p.byName })) }
          : {}),
      };
    }),
    canEdit,
  };
}
