/**
 * The company ledger (服务对象台账, 004 §7.3.1) and profile (001 appendix A): limits shared by the
 * contract and the forms, and how "not visited for N days" is counted. Zod-free and Taro-free.
 *
 * Days are Shanghai calendar days: a company visited yesterday evening was visited "1 天" ago
 * this morning. "More than N days" is one range on the stored instant: visited before the start
 * of the day N days ago, so the filter and the "N 天未走访" a row shows always agree.
 */
import { addDays, DAY_MS, shanghaiDate, shanghaiInstant } from './time';

/** The 待走访 choices the ledger offers (any 1–3650 is accepted). */
export const OVERDUE_CHOICES = [30, 90, 180] as const;
export const OVERDUE_DAYS_MAX = 3650;

export const COMPANY_NAME_MAX = 60;
/** The shortest company name accepted (a full name: 企业全称). */
export const COMPANY_NAME_MIN = 2;
export const ADDRESS_MAX = 120;
export const PERSON_NAME_MAX = 30;
export const PERSON_TITLE_MAX = 30;
/** 注册资本 in 万元: up to 1 000 亿元. */
export const CAPITAL_MAX = 10_000_000;
export const HEADCOUNT_MAX = 10_000_000;
export const IP_MANAGERS_MAX = 100_000;
/** Years of the profile (management system since, certification, high-tech since). */
export const YEAR_MIN = 1949;
/** The ledger's keyword: a piece of the name, or a whole credit code. */
export const KEYWORD_MAX = 60;
/** The timeline merges three lists newest first; this many items at most are reachable. */
export const TIMELINE_MAX_ITEMS = 1000;

/** Shanghai calendar days from the visit to `now`; null when never visited (0). */
export function daysSinceVisit(lastVisitAt: number, now: number): number | null {
  if (!lastVisitAt) return null;
  const from = shanghaiInstant(shanghaiDate(lastVisitAt));
  const to = shanghaiInstant(shanghaiDate(now));
  return Math.max(0, Math.round((to - from) / DAY_MS));
}

/** Visited before this instant (or never: 0) = not visited for more than `days` days. */
export function notVisitedCutoff(now: number, days: number): number {
  return shanghaiInstant(addDays(shanghaiDate(now), -days));
}

/** "12 天未走访", "今天已走访", "从未走访". */
export function visitAgeLabel(days: number | null): string {
  if (days === null) return '从未走访';
  if (days === 0) return '今天已走访';
  return `${days} 天未走访`;
}

/** The current Shanghai year: profile years may not lie after it. */
export const shanghaiYear = (now: number) => Number(shanghaiDate(now).slice(0, 4));

/** A whole unified social credit code typed as the keyword (searched exactly, not as a name). */
export const looksLikeCreditCode = (keyword: string) => /^[0-9A-Za-z]{18}$/.test(keyword);
