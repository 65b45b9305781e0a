/** Labels and options of the archive (咨询档案) as its pages use them (core/enums.ts, zod-free). */
import type { ConsultationRecord } from '@core/contract';
import { RECORD_CHANNEL, SERVICE_CATEGORY, labelOf } from '@core/enums';

export type RecordChannel = ConsultationRecord['channel'];
export type Category = ConsultationRecord['category'];

export const recordChannelLabel = (c: string | undefined) => labelOf(RECORD_CHANNEL, c);
export const categoryLabel = (c: string) => labelOf(SERVICE_CATEGORY, c);

export const RECORD_CHANNELS = RECORD_CHANNEL.values.map((value) => ({ value, label: RECORD_CHANNEL.labels[value] }));
/** Every service category, the mobile-studio ones included (a walk-in may be about anything). */
export const CATEGORIES = SERVICE_CATEGORY.values.map((value) => ({ value, label: SERVICE_CATEGORY.labels[value] }));

/** "30分钟" / "1小时30分钟" */
export function minutesLabel(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (!h) return `${m}分钟`;
  return m ? `${h}小时${m}分钟` : `${h}小时`;
}
