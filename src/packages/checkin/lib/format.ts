/** What the check-in pages say about a check-in (pure, shared by the scan and manual pages). */
import type { CheckinResult } from '@core/contract';
import { formatShanghai } from '@core/rules/time';

/** The headline: 签到成功, or 已签到 with the first time (a second scan is not an error). */
export function checkinHeadline(r: CheckinResult): string {
  if (r.already) return `已签到（首次签到时间 ${formatShanghai(r.at, 'MM-DD HH:mm')}）`;
  return '签到成功';
}

/** The details under it: when, late or not, walk-in or not. */
export function checkinDetails(r: CheckinResult): string {
  const parts = [`签到时间 ${formatShanghai(r.at, 'MM-DD HH:mm')}`];
  if (r.late) parts.push('迟到');
  if (r.walkIn) parts.push('现场报名');
  return parts.join(' · ');
}

/** A short toast for the chief's manual check-in. */
export function checkinToast(r: CheckinResult): string {
  return r.already ? `${r.name}已签到` : `${r.name}签到成功${r.late ? '（迟到）' : ''}`;
}
