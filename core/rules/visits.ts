/**
 * Site visits (走访, 004 §7.3.1) and follow-ups (回访, §7.5.2): limits shared by the contract and
 * the visit form, and how a follow-up's due date reads on a given day. Zod-free and Taro-free.
 */
import { DAY_MS } from './time';

export const FINDINGS_MAX = 2000;
export const SHARED_SUMMARY_MAX = 1000;
export const VISIT_NOTE_MAX = 500;
export const VISIT_TEXT_MIN = 5;
export const MET_MAX = 100;
export const VISITOR_NAME_MAX = 20;
export const MAX_VISITORS = 10;
export const MAX_TOPICS = 10;
export const MAX_PHOTOS = 9;
export const MAX_NEEDS = 10;
export const NEED_DESCRIPTION_MAX = 500;
export const FOLLOW_UP_RECORD_MAX = 1000;
export const FOLLOW_UP_RECORD_MIN = 2;

/**
 * A visit is logged when it happened, often later (a day without signal). Phones' clocks and
 * time zones drift, so "now" is taken generously: up to a day ahead is still accepted.
 */
export const VISIT_FUTURE_SLACK_MS = DAY_MS;
/** Older visits are history, not something to log from the field. */
export const VISIT_OLDEST_MS = 366 * DAY_MS;

/** The tabs of 我的回访: due today, overdue, upcoming (open ones), and done. */
export const FOLLOW_UP_VIEWS = ['today', 'overdue', 'upcoming', 'done'] as const;
export type FollowUpView = (typeof FOLLOW_UP_VIEWS)[number];
export const FOLLOW_UP_VIEW_LABELS: Record<FollowUpView, string> = {
  today: '今日到期',
  overdue: '已逾期',
  upcoming: '即将到期',
  done: '已完成',
};

export type FollowUpDue = 'overdue' | 'today' | 'upcoming';

/** Where an open follow-up stands on Shanghai day `today` (both "YYYY-MM-DD"). */
export function followUpDue(dueDate: string, today: string): FollowUpDue {
  if (dueDate < today) return 'overdue';
  if (dueDate === today) return 'today';
  return 'upcoming';
}
