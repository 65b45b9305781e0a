/**
 * 工作台's to-dos: what is waiting for the acting role, each counted live and opening the list it
 * counts (src/lib/todos.ts has the links). The server counts with the scope of that list's own
 * action in the policy (cloudfunctions/stats/todos.ts), so a count and its list always agree.
 */
import type { Role } from '../enums';

export const TODO_IDS = [
  'assignments_to_answer',
  'reports_to_write',
  'today_consults',
  'requests_to_accept',
  'requests_overdue',
  'follow_ups_due',
  'pending_visits',
  'waitlists',
  'low_ratings',
  'referrals_waiting',
  'experts_to_file',
  'upcoming_bookings',
  'open_requests',
  'complaints_to_answer',
  'complaints_to_review',
  'improvements_overdue',
  'studio_applications',
] as const;
export type TodoId = (typeof TODO_IDS)[number];

export const TODO_TITLES: Record<TodoId, string> = {
  assignments_to_answer: '待接受的指派',
  reports_to_write: '待写服务报告',
  today_consults: '今日待咨询',
  requests_to_accept: '待受理需求',
  requests_overdue: '逾期未接受的指派',
  follow_ups_due: '到期回访',
  pending_visits: '待走访企业',
  waitlists: '有候补的培训',
  low_ratings: '近30天差评',
  referrals_waiting: '待接收的线索',
  experts_to_file: '待备案专家',
  upcoming_bookings: '即将开始的预约',
  open_requests: '办理中的需求',
  complaints_to_answer: '待答复的投诉',
  complaints_to_review: '待复核的投诉',
  improvements_overdue: '逾期的整改',
  studio_applications: '待审批的流动工作室申请',
};

/** Each role's to-dos, most pressing first (the two-day answer leads for whoever owes one). */
export const TODOS_BY_ROLE: Record<Role, readonly TodoId[]> = {
  expert: ['assignments_to_answer', 'reports_to_write', 'today_consults', 'follow_ups_due', 'improvements_overdue'],
  liaison: [
    'assignments_to_answer',
    'requests_overdue',
    'requests_to_accept',
    'today_consults',
    'follow_ups_due',
    'pending_visits',
    'referrals_waiting',
    'reports_to_write',
    'improvements_overdue',
  ],
  chief: [
    'requests_overdue',
    'requests_to_accept',
    'today_consults',
    'follow_ups_due',
    'pending_visits',
    'waitlists',
    'low_ratings',
    'referrals_waiting',
    'complaints_to_answer',
    'improvements_overdue',
  ],
  admin: ['requests_overdue', 'complaints_to_review', 'complaints_to_answer', 'experts_to_file', 'referrals_waiting'],
  company: ['upcoming_bookings', 'open_requests'],
  // A district office reads figures and lists; nothing waits on it (its tools are the figures).
  district_admin: [],
  // A reviewer's work is the rounds assigned to them (年度评价), not a to-do list.
  reviewer: [],
  // An approver's work is the applications waiting at their stage (流动工作室审批).
  studio_branch: ['studio_applications'],
  studio_section: ['studio_applications'],
  studio_bureau: ['studio_applications'],
};

/** A to-do whose count is above zero and late (not just waiting) is shown in red. */
export const URGENT_TODOS: ReadonlySet<TodoId> = new Set([
  'assignments_to_answer',
  'requests_overdue',
  'low_ratings',
  'improvements_overdue',
]);

/**
 * 待走访 on the workbench and in the statistics: not visited for more than this many days. Here,
 * not in ./ledger.ts, so 工作台 (main package) links to the list without pulling in date maths.
 */
export const PENDING_VISIT_DAYS = 90;

/** How far back 近30天差评 looks. */
export const LOW_RATING_DAYS = 30;
