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
 * Later steps are one row each (plus their status in REQUEST_STATUS, core/enums.ts), e.g.
 *   assign: { from: ['accepted'], to: 'assigned', event: 'assigned', verb: '指派专家' },
 *   refer:  { from: ['accepted', 'in_progress'], to: 'referred', event: 'referred', verb: '转介' },
 * with 'assigned' added to the `from` of the steps that may follow it (start, close, cancel).
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
export function requestEventLabel(event: string): string {
  if (event === 'created') return '提交需求';
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
