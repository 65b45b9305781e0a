/**
 * The dates 首页 shows, without dayjs: the main package stays small (dayjs and its plugins live in
 * the subpackages that need them). Shanghai keeps UTC+8 all year (core/rules/time.ts, whose
 * formatShanghai gives the same text; tests/ui/home-page.test.tsx compares them), so its wall clock
 * is the UTC fields of the instant moved on by eight hours.
 */
const SHANGHAI_OFFSET_MS = 8 * 60 * 60_000;
const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];

const pad = (n: number) => String(n).padStart(2, '0');
const wallClock = (ms: number) => new Date(ms + SHANGHAI_OFFSET_MS);

/** "2026-12-01" */
export function dayOf(ms: number): string {
  const d = wallClock(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** "12-05 周六 09:30" */
export function momentOf(ms: number): string {
  const d = wallClock(ms);
  return `${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${WEEKDAYS[d.getUTCDay()]} ${pad(d.getUTCHours())}:${pad(
    d.getUTCMinutes(),
  )}`;
}
