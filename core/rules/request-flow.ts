/**
 * The service request state machine (服务需求办理流程), as a table: each row is one step a person
 * may take — the statuses it leaves from, the status it arrives at, the history event it writes
 * and what its button says. Nothing else in the product decides which step is legal: the
 * handlers apply a row only while the request is still in one of its `from` statuses (checked on
 * the request as read inside the transaction that moves it, cloudfunctions/request/flow.ts), and
 * the pages offer the steps the server lists.
 *
 *   submitted ──accept──► accepted ──start──► in_progress ──close──► closed
 *       │                    │  └──────────────close─────────────────► closed
 *       └──────cancel────────┴──cancel──► cancelled
 *
 * The expert loop (004 §8.4): the station assigns an accepted (or in-progress) request to a filed
 * expert or a liaison, who must accept or decline within two days (core/rules/sla.ts); a decline
 * puts it back in the station's queue (accepted). Reassigning while waiting is another assign.
 * Referred to an outside agency, the station reports the agency's answer. The assignee closes
 * their part with a written service report (report), which closes the request.
 *
 *   accepted / in_progress / assigned ──assign──► assigned ──acceptAssignment──► in_progress
 *                                                   └──declineAssignment──► accepted
 *   accepted / in_progress ──refer──► referred ──report──► closed
 *   in_progress ──report──► closed
 * Pure and zod-free: the contract, the functions and the pages all read it.
 */
import type { RequestStatus, RequestUrgency } from '../enums';

export interface RequestTransition {
  from: readonly RequestStatus[];
  to: RequestStatus;
  /** The event written to the request's history. */
  event: string;
  /** What the step is called on its button and in the history (受理, 办结…). */
  verb: string;
}

export const REQUEST_TRANSITIONS = {
  accept: { from: ['submitted'], to: 'accepted', event: 'accepted', verb: '受理' },
  start: { from: ['accepted'], to: 'in_progress', event: 'started', verb: '开始办理' },
  close: { from: ['accepted', 'in_progress'], to: 'closed', event: 'closed', verb: '办结' },
  cancel: { from: ['submitted', 'accepted'], to: 'cancelled', event: 'cancelled', verb: '撤回' },
  assign: { from: ['accepted', 'in_progress', 'assigned'], to: 'assigned', event: 'assigned', verb: '指派' },
  refer: { from: ['accepted', 'in_progress'], to: 'referred', event: 'referred', verb: '转介机构' },
  acceptAssignment: { from: ['assigned'], to: 'in_progress', event: 'assignment_accepted', verb: '接受指派' },
  declineAssignment: { from: ['assigned'], to: 'accepted', event: 'assignment_declined', verb: '谢绝指派' },
  report: { from: ['in_progress', 'referred'], to: 'closed', event: 'reported', verb: '提交服务报告' },
} as const satisfies Record<string, RequestTransition>;

export type RequestStep = keyof typeof REQUEST_TRANSITIONS;
export const REQUEST_STEPS = Object.keys(REQUEST_TRANSITIONS) as [RequestStep, ...RequestStep[]];

/** Whether `step` may be taken from `status`. */
export function canTake(step: RequestStep, status: string): boolean {
  return (REQUEST_TRANSITIONS[step].from as readonly string[]).includes(status);
}

/** The steps that lead out of `status` (none: the request is finished). */
export const stepsFrom = (status: string): RequestStep[] => REQUEST_STEPS.filter((s) => canTake(s, status));

/** What a caller is told when the request moved before their step landed. */
export const REQUEST_MOVED = '需求状态已变化，请刷新后重试';

/** A history event as the timeline shows it: 提交需求, 受理, 开始办理, 办结, 撤回. */
/** A request returned to the queue because its expert left the roster (退出 / 除名). */
export const ASSIGNMENT_RETURNED_EVENT = 'assignment_returned';

export function requestEventLabel(event: string): string {
  if (event === 'created') return '提交需求';
  if (event === ASSIGNMENT_RETURNED_EVENT) return '专家离库，退回待指派';
  if (event === 'overdue') return '逾期未响应';
  if (event === 'escalated') return '逾期上报管理员';
  return Object.values(REQUEST_TRANSITIONS).find((t) => t.event === event)?.verb ?? event;
}

/**
 * Queue order by urgency: stored on the request (`urgencyRank`), so "most urgent first" is one
 * index instead of a sort over the whole queue. Higher is more urgent.
 */
export const URGENCY_RANK: Record<RequestUrgency, number> = { normal: 0, urgent: 1, critical: 2 };

/** Limits of what a request and its steps say (shared by the contract and the forms). */
export const REQUEST_DESCRIPTION_MIN = 5;
export const REQUEST_DESCRIPTION_MAX = 1000;
export const REQUEST_RESULT_MIN = 5;
export const REQUEST_RESULT_MAX = 1000;
export const REQUEST_REASON_MAX = 200;
export const REQUEST_NOTE_MAX = 500;
/** The written service report (004 §8.4 d). */
export const REPORT_TEXT_MIN = 5;
export const REPORT_TEXT_MAX = 2000;
/** Time spent, in minutes: up to a working week. */
export const REPORT_MINUTES_MAX = 60 * 40;
export const AGENCY_NAME_MAX = 60;
export const AGENCY_CONTACT_MAX = 60;
