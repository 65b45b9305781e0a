/**
 * What a logged visit says, checked against the server's clock before anything is written:
 * answers INVALID_INPUT naming the field (the contract has already checked shapes and limits).
 */
import type { ParsedInputOf } from '../../core/contract';
import { emptyHoldings } from '../../core/rules/holdings';
import { shanghaiDate } from '../../core/rules/time';
import { VISIT_FUTURE_SLACK_MS, VISIT_OLDEST_MS } from '../../core/rules/visits';
import type { CompanyDoc, Holdings } from '../../core/store/docs';
import { invalidField } from '../_shared/errors';

export type VisitInput = ParsedInputOf<'visit', 'logVisit'>;

/** Not in the future (a day of slack for phones' clocks), not over a year ago. */
export function checkVisitTime(visitedAt: number, now: number): void {
  if (visitedAt > now + VISIT_FUTURE_SLACK_MS) {
    throw invalidField('visitedAt', '走访时间', '走访时间不能晚于现在，请选择实际走访的时间');
  }
  if (visitedAt < now - VISIT_OLDEST_MS) throw invalidField('visitedAt', '走访时间', '只能登记一年内的走访');
}

/** The next follow-up is after the visit, not on a day before it. */
export function checkNextFollowUp(date: string | undefined, visitedAt: number): void {
  if (date && date < shanghaiDate(visitedAt)) {
    throw invalidField('nextFollowUpDate', '下次回访日期', '下次回访日期不能早于走访日期');
  }
}

/** The company's figures with those checked on the visit laid over them; null when none were sent. */
export function holdingsAfterVisit(company: CompanyDoc, sent: VisitInput['holdings']): Holdings | null {
  const given = Object.fromEntries(Object.entries(sent ?? {}).filter(([, v]) => typeof v === 'number'));
  if (Object.keys(given).length === 0) return null;
  return { ...emptyHoldings(), ...(company.holdings ?? {}), ...given } as Holdings;
}

/** What the follow-up is about: the first need found, or else what was found. */
export function followUpSubject(input: VisitInput): string {
  const first = input.needs[0];
  return `走访回访：${first ? first.description : input.findings}`;
}
