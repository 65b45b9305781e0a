/** Where each of 工作台's to-dos opens: the list it counts, already filtered to what it counts. */
import type { TodoId } from '@core/rules/todos';
import { PENDING_VISIT_DAYS } from '@core/rules/todos';
import { ROUTES } from './routes';

export const TODO_LINKS: Record<TodoId, string> = {
  assignments_to_answer: ROUTES.assigned,
  reports_to_write: ROUTES.assigned,
  today_consults: ROUTES.today,
  requests_to_accept: ROUTES.requestQueue,
  requests_overdue: ROUTES.requestQueueOverdue,
  follow_ups_due: ROUTES.followUps,
  pending_visits: ROUTES.pendingVisits(PENDING_VISIT_DAYS),
  waitlists: ROUTES.trainingManage(),
  low_ratings: ROUTES.lowRatings,
  referrals_waiting: ROUTES.incomingReferrals,
  experts_to_file: ROUTES.expertsToFile,
  upcoming_bookings: ROUTES.bookings(),
  open_requests: ROUTES.myRequests,
  complaints_to_answer: ROUTES.complaintQueue('submitted'),
  complaints_to_review: ROUTES.complaintQueue('escalated'),
  improvements_overdue: ROUTES.improvements(undefined, true),
  studio_applications: ROUTES.studioApplications,
};
