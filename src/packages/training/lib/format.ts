/**
 * How trainings are shown: Shanghai wall-clock time (formatShanghai) whatever the phone's time
 * zone, the place, and the seats in words.
 */
import { SIGNUP_STATUS, TRAINING_AUDIENCE, labelOf } from '@core/enums';
import type { TrainingSession } from '@core/contract';
import { shanghaiDate } from '@core/rules/time';
import { clockOf, dayOf, timeRange } from '@/lib/format';

/** "2026-11-23 周一 09:00–11:30", with the end's date when it ends on another day. */
export function whenOf(startAt: number, endAt: number): string {
  if (shanghaiDate(startAt) === shanghaiDate(endAt)) return `${dayOf(startAt)} ${timeRange(startAt, endAt)}`;
  return `${dayOf(startAt)} ${clockOf(startAt)}–${dayOf(endAt)} ${clockOf(endAt)}`;
}

/** "2026-11-22 18:00": the app-wide stamp. */
export { stampOf } from '@/lib/format';

/** "中关村大街1号 · 线上" */
export function placeOf(s: Pick<TrainingSession, 'venue' | 'onlineUrl'>): string {
  return [s.venue, s.onlineUrl ? '线上' : ''].filter(Boolean).join(' · ');
}

/** "剩余 5 席" / "已满 · 候补 3 人" / "已满 · 可候补" */
export function seatsText(s: Pick<TrainingSession, 'seatsLeft' | 'waitlistCount' | 'status'>): string {
  if (s.status === 'cancelled') return '已取消';
  if (s.seatsLeft > 0) return `剩余 ${s.seatsLeft} 席`;
  return s.waitlistCount > 0 ? `已满 · 候补 ${s.waitlistCount} 人` : '已满 · 可候补';
}

export const audienceLabel = (v: string) => labelOf(TRAINING_AUDIENCE, v);
export const signupStatusLabel = (v: string) => labelOf(SIGNUP_STATUS, v);

/** "85%" / "—" */
export const rateText = (rate: number | null) => (rate === null ? '—' : `${Math.round(rate * 1000) / 10}%`);
