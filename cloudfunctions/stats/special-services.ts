/**
 * 年度专项服务 in a station's statistics (004 §7.3.3): deliveries recorded in the period beside
 * the previous period and the same period last year, and each item of the period's year against
 * the plan its frequency sets. Deliveries are few (at most SPECIAL_ITEMS_MAX × SPECIAL_PROGRESS_MAX
 * a station-year), so they are counted on special_progress's (stationId, doneAt) index rather than
 * rolled up; a station with neither a list nor deliveries gets no section.
 */
import { PLANNED_TIMES } from '../../core/rules/special-services';
import type { StatSection } from '../../core/rules/stat-figures';
import { addDays, shanghaiInstant } from '../../core/rules/time';
import type { Store } from '../../core/ports';
import type { SpecialProgressDoc, SpecialServiceListDoc } from '../../core/store/docs';
import { findAll } from '../_shared/paging';

type DateRange = { from: string; to: string };

const deliveriesIn = (store: Store, stationId: string, r: DateRange) =>
  store.count('special_progress', {
    stationId,
    doneAt: { $gte: shanghaiInstant(r.from), $lt: shanghaiInstant(addDays(r.to, 1)) },
  });

export async function specialServicesSection(
  store: Store,
  stationId: string,
  ranges: { period: DateRange; previous: DateRange; lastYear: DateRange },
): Promise<StatSection | null> {
  const year = Number(ranges.period.to.slice(0, 4));
  const [now, previous, lastYear, list] = await Promise.all([
    deliveriesIn(store, stationId, ranges.period),
    deliveriesIn(store, stationId, ranges.previous),
    deliveriesIn(store, stationId, ranges.lastYear),
    store.get<SpecialServiceListDoc>('special_service_lists', `${stationId}:${year}`),
  ]);
  const published = list?.status === 'published' ? list : null;
  if (!published && now + previous + lastYear === 0) return null;
  const done = new Map<string, number>();
  if (published) {
    for (const p of await findAll<SpecialProgressDoc>(store, 'special_progress', { listId: published._id })) {
      done.set(p.itemId, (done.get(p.itemId) ?? 0) + 1);
    }
  }
  return {
    id: 'special',
    title: '年度专项服务',
    figures: [{ id: 'special.deliveries', label: '专项服务开展', unit: '次', value: now, previous, lastYear }],
    chart: published
      ? {
          kind: 'bar',
          title: `${year}年各项开展次数（计划）`,
          items: published.items.map((item) => {
            const planned = PLANNED_TIMES[item.frequency];
            return {
              name: `${item.content}（${planned === null ? '按需' : `计划${planned}次`}）`,
              value: done.get(item.id) ?? 0,
            };
          }),
        }
      : null,
  };
}
