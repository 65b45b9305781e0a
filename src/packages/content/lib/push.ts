/**
 * 定向推送's audience as the page keeps it (chips and two Shanghai dates) and what it becomes: the
 * previewPush / sendPush audience, the problem with the dates (checked before anything is asked),
 * and the lines the page says about a reach and a past push. Pure: no Taro, no services.
 */
import type { InputOf, PushReach, PushRecord } from '@core/contract';
import type { District, Industry, KeyFlag } from '@core/enums';
import { DAY_MS, isDate, shanghaiInstant } from '@core/rules/time';
import { stampOf } from '@/lib/format';

export type PushAudienceInput = InputOf<'content', 'sendPush'>['audience'];

export interface AudienceDraft {
  keyFlags: KeyFlag[];
  industries: Industry[];
  districts: District[];
  /** Shanghai dates "YYYY-MM-DD", '' when not set. */
  servedFrom: string;
  servedTo: string;
}

export const emptyAudience = (): AudienceDraft => ({
  keyFlags: [],
  industries: [],
  districts: [],
  servedFrom: '',
  servedTo: '',
});

/** Why the 服务期间 cannot be asked for, or null. */
export function servedProblem(d: AudienceDraft): string | null {
  if (d.servedFrom && d.servedTo && d.servedFrom > d.servedTo) return '服务期间的起始日期不能晚于截止日期';
  return null;
}

/**
 * The audience the server takes. A period runs from the start of its first day to the end of its
 * last (Shanghai), so a company served on the last day chosen is in it.
 */
export function audienceOf(d: AudienceDraft): PushAudienceInput {
  return {
    keyFlags: d.keyFlags,
    industries: d.industries,
    districts: d.districts,
    ...(isDate(d.servedFrom) ? { servedFrom: shanghaiInstant(d.servedFrom) } : {}),
    ...(isDate(d.servedTo) ? { servedTo: shanghaiInstant(d.servedTo) + DAY_MS - 1 } : {}),
  };
}

/** "将推送给 3 家企业的 7 位员工". */
export const reachLine = (r: PushReach) => `将推送给 ${r.companies} 家企业的 ${r.people} 位员工`;

/** "另有 2 人此前已收到，不再重复推送", or null when nobody was reached before. */
export const alreadyLine = (r: PushReach) =>
  r.alreadyReached > 0 ? `另有 ${r.alreadyReached} 人此前已收到，不再重复推送` : null;

/** One row of the history: "2026-12-02 10:00 · 王站长 · 专精特新 · 已送达 7 人" (发送中 while sending). */
export function historyLine(p: PushRecord): string {
  const outcome = p.status === 'sending' ? '发送中' : `已送达 ${p.sent} 人`;
  return [stampOf(p.at), p.byName, p.audienceLabel, outcome].filter(Boolean).join(' · ');
}
