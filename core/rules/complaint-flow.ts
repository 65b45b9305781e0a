/**
 * Complaints (投诉, 004 §9.2) as a table, like core/rules/referral-flow.ts: each row is one step —
 * the status it leaves from, the one it arrives at, the history event, its button, and WHO takes
 * it (the handler, the complainant, or the admin reviewing an escalation).
 *
 *   submitted ──answer (handler)──► answered ──accept (complainant)──► closed
 *                                      │
 *                                      └──escalate (complainant, with a reason)──► escalated
 *                                                                                      │
 *                                               closed ◄──review (admin, final)────────┘
 *
 * The handler is the station's chief, or the admin when the complaint is about the chief
 * (COMPLAINT_ROUTE). The answer is due within the admin's limit in working days (default 5),
 * counted by the same rule as the expert's two-day answer (core/rules/sla.ts); a review is due
 * the same number of working days after the escalation. Pure and zod-free: the contract, the
 * function and the pages all read it.
 */
import type { ComplaintStatus } from '../enums';
import { workingTimeLater, type WorkCalendar } from './sla';

export type ComplaintActor = 'handler' | 'complainant' | 'reviewer';

export interface ComplaintTransition {
  from: ComplaintStatus;
  to: ComplaintStatus;
  event: string;
  verb: string;
  by: ComplaintActor;
}

export const COMPLAINT_TRANSITIONS = {
  answer: { from: 'submitted', to: 'answered', event: 'answered', verb: '答复', by: 'handler' },
  accept: { from: 'answered', to: 'closed', event: 'accepted', verb: '满意，办结', by: 'complainant' },
  escalate: { from: 'answered', to: 'escalated', event: 'escalated', verb: '不满意，提请复核', by: 'complainant' },
  review: { from: 'escalated', to: 'closed', event: 'reviewed', verb: '复核答复', by: 'reviewer' },
} as const satisfies Record<string, ComplaintTransition>;

export type ComplaintStep = keyof typeof COMPLAINT_TRANSITIONS;
export const COMPLAINT_STEPS = Object.keys(COMPLAINT_TRANSITIONS) as [ComplaintStep, ...ComplaintStep[]];

/** The steps that lead out of `status` for someone standing to the complaint as `actors`. */
export const complaintStepsFrom = (status: ComplaintStatus, actors: readonly ComplaintActor[]): ComplaintStep[] =>
  COMPLAINT_STEPS.filter(
    (s) => COMPLAINT_TRANSITIONS[s].from === status && actors.includes(COMPLAINT_TRANSITIONS[s].by),
  );

/** A history event as the timeline shows it. */
export function complaintEventLabel(event: string): string {
  if (event === 'created') return '提交投诉';
  if (event === 'shared') return '转交当事人';
  if (event === 'overdue') return '超过答复时限';
  return Object.values(COMPLAINT_TRANSITIONS).find((t) => t.event === event)?.verb ?? event;
}

/** The statuses in which someone owes an answer (and the limit runs). */
export const AWAITING_ANSWER: readonly ComplaintStatus[] = ['submitted', 'escalated'];

/** The answer limit: 5 working days unless the admin sets another (1–30). */
export const COMPLAINT_DAYS_DEFAULT = 5;
export const COMPLAINT_DAYS_MIN = 1;
export const COMPLAINT_DAYS_MAX = 30;

/**
 * Without the admin's work calendar a complaint's limit still counts working days: Monday to
 * Friday (the expert SLA's calendar-day fallback would make 5 working days 5 calendar days).
 */
const WEEKDAYS_ONLY: WorkCalendar = { holidays: [], workdays: [] };

/** When an answer to a complaint filed (or escalated) at `from` is due. */
export const complaintDueAt = (from: number, days: number, calendar: WorkCalendar | null): number =>
  workingTimeLater(from, days, calendar ?? WEEKDAYS_ONLY);

/** What a caller is told when the complaint moved before their step landed. */
export const COMPLAINT_MOVED = '投诉状态已变化，请刷新后查看';

/** Stands for the complainant to the person complained about until the handler shares who it was. */
export const COMPLAINANT_WITHHELD = '投诉人信息已保密';

/** Limits of what a complaint says (shared by the contract and the form). */
export const COMPLAINT_FACTS_MIN = 10;
export const COMPLAINT_FACTS_MAX = 2000;
export const COMPLAINT_WANTED_MAX = 500;
export const COMPLAINT_ANSWER_MIN = 10;
export const COMPLAINT_ANSWER_MAX = 2000;
export const COMPLAINT_REASON_MIN = 5;
export const COMPLAINT_REASON_MAX = 500;
