/**
 * The clue referral state machine (线索移交, 004 §7.3.2.4, §6.1.5 d), as a table like
 * core/rules/request-flow.ts: each row is one step the receiving side takes — the status it
 * leaves from, the status it arrives at, the history event it writes and what its button says.
 * The handler applies a row only while the referral is still in its `from` status (read inside
 * the transaction that moves it, cloudfunctions/referral/flow.ts); the pages offer the steps the
 * server lists.
 *
 *   referred ──receive──► received ──start──► handling ──close (with a result)──► closed
 *
 * Steps go in order only: nothing skips 接收 or 处理中. Pure and zod-free: the contract, the
 * function and the pages all read it.
 */
import type { ReferralStatus, StationKind } from '../enums';

export interface ReferralTransition {
  from: ReferralStatus;
  to: ReferralStatus;
  /** The event written to the referral's history. */
  event: string;
  /** What the step is called on its button and in the history. */
  verb: string;
}

export const REFERRAL_TRANSITIONS = {
  receive: { from: 'referred', to: 'received', event: 'received', verb: '确认接收' },
  start: { from: 'received', to: 'handling', event: 'started', verb: '开始处理' },
  close: { from: 'handling', to: 'closed', event: 'closed', verb: '办结' },
} as const satisfies Record<string, ReferralTransition>;

export type ReferralStep = keyof typeof REFERRAL_TRANSITIONS;
export const REFERRAL_STEPS = Object.keys(REFERRAL_TRANSITIONS) as [ReferralStep, ...ReferralStep[]];

/** Whether `step` may be taken from `status`. */
export const canTakeReferralStep = (step: ReferralStep, status: string): boolean =>
  REFERRAL_TRANSITIONS[step].from === status;

/** The steps that lead out of `status` (none once closed). */
export const referralStepsFrom = (status: string): ReferralStep[] =>
  REFERRAL_STEPS.filter((s) => canTakeReferralStep(s, status));

/** A history event as the timeline shows it. */
export function referralEventLabel(event: string): string {
  if (event === 'created') return '移交线索';
  return Object.values(REFERRAL_TRANSITIONS).find((t) => t.event === event)?.verb ?? event;
}

/** What a caller is told when the referral moved before their step landed. */
export const REFERRAL_MOVED = '线索移交状态已变化，请刷新后重试';

/** What stands for the company when it did not consent to being named to the receiving side. */
export const COMPANY_WITHHELD = '企业未同意披露';

/**
 * The kinds of station a clue may be referred to inside the network: the protection centers, the
 * rapid rights-protection centers and the rights-protection assistance stations (seed 002).
 * Anything else is an outside agency, named with its contact.
 */
export const REFERRAL_TARGET_KINDS: readonly StationKind[] = [
  'protection_center',
  'rapid_protection_center',
  'assistance_station',
];

/** Limits of what a referral says (shared by the contract and the form). */
export const REFERRAL_SUMMARY_MIN = 10;
export const REFERRAL_SUMMARY_MAX = 1000;
export const REFERRAL_RESULT_MIN = 5;
export const REFERRAL_RESULT_MAX = 1000;
export const REFERRAL_NOTE_MAX = 200;
export const REFERRAL_AGENCY_NAME_MAX = 60;
export const REFERRAL_AGENCY_CONTACT_MAX = 60;
