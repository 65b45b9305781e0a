/**
 * Every action the platform's timer runs, in order — one list for the CloudBase timer trigger
 * (jobs/index.ts) and the host's interval (server/host.ts), so neither can forget a job.
 */
export const TIMER_JOBS = [
  'sendReminders',
  'sendSurveyInvites',
  'sweepOverdueRequests',
  'sweepOverdueComplaints',
  'sweepEvaluationCorrections',
  'resumePushes',
  'sweepStudioStages',
  'rollUpStats',
] as const;
