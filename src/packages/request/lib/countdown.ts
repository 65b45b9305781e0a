/**
 * The assignee's answer clock as the pages show it: 「剩余 1天3小时」 while there is time,
 * 「已逾期 5小时」 once it has passed. Pure: the due time comes from the server (respondBy,
 * core/rules/sla.ts) and "now" from the caller (the phone's clock), so a test fixes both.
 * Whole minutes only; under a minute left still reads as time left, not as overdue.
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export interface Countdown {
  overdue: boolean;
  /** 「剩余 1天3小时」 / 「已逾期 5小时」 */
  text: string;
}

/** "1天3小时", "5小时", "20分钟": the two largest units, minutes only under an hour. */
function spanOf(ms: number): string {
  const days = Math.floor(ms / DAY);
  const hours = Math.floor((ms % DAY) / HOUR);
  if (days > 0) return hours > 0 ? `${days}天${hours}小时` : `${days}天`;
  if (hours > 0) return `${hours}小时`;
  return `${Math.max(1, Math.floor(ms / MINUTE))}分钟`;
}

export function countdownOf(respondBy: number, now: number): Countdown {
  const left = respondBy - now;
  if (left >= 0) return { overdue: false, text: `剩余 ${spanOf(left)}` };
  return { overdue: true, text: `已逾期 ${spanOf(-left)}` };
}
