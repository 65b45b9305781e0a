/** jobs: what the platform's timer runs (CloudBase timer trigger, the host's interval). */
import type { Handlers } from '../_shared/runtime';
import sendReminders from './actions/sendReminders';
import sendSurveyInvites from './actions/sendSurveyInvites';
import sweepOverdueRequests from './actions/sweepOverdueRequests';
import rollUpStats from './actions/rollUpStats';
import sweepOverdueComplaints from './actions/sweepOverdueComplaints';
import sweepEvaluationCorrections from './actions/sweepEvaluationCorrections';
import resumePushes from './actions/resumePushes';
import sweepStudioStages from './actions/sweepStudioStages';

export const handlers: Handlers<'jobs'> = {
  sendReminders,
  sendSurveyInvites,
  sweepOverdueRequests,
  rollUpStats,
  sweepOverdueComplaints,
  sweepEvaluationCorrections,
  resumePushes,
  sweepStudioStages,
};
