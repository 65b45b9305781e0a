/** A station's annual special-service list, as the directory stores it (one item, id si-1). */
import type { Store } from '../../core/ports';
import type { SpecialListStatus } from '../../core/enums';
import { formatShanghai } from '../../core/rules/time';
import type { SpecialServiceListDoc } from '../../core/store/docs';

export const SPECIAL_ITEM_ID = 'si-1';

export const yearAt = (now: number) => Number(formatShanghai(now, 'YYYY'));

export async function seedSpecialList(
  store: Store,
  now: number,
  stationId: string,
  status: SpecialListStatus = 'published',
): Promise<number> {
  const year = yearAt(now);
  const doc: SpecialServiceListDoc = {
    _id: `${stationId}:${year}`,
    stationId,
    year,
    status,
    items: [
      {
        id: SPECIAL_ITEM_ID,
        content: '专精特新企业专利导航',
        targets: '辖区专精特新企业',
        frequency: 'quarterly',
        expected: '每家企业形成一份专利导航报告',
      },
    ],
    ...(status === 'published' ? { publishedAt: now - 1000 } : {}),
    updatedAt: now,
    updatedBy: 'u-seed',
  };
  // Seeded again for the same station (one world, many callers): the list as this caller needs it.
  const { _id, ...fields } = doc;
  if ((await store.update('special_service_lists', { _id }, { set: fields })) === 0) {
    await store.insert('special_service_lists', doc);
  }
  return year;
}
