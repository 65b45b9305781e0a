/**
 * visit: site visits (走访) — logging one with the needs found turned into service requests,
 * reading and exporting them — and the follow-ups (回访) owed by liaisons, consultants and chiefs.
 * One module per action.
 */
import type { Handlers } from '../_shared/runtime';
import completeFollowUp from './actions/completeFollowUp';
import exportFollowUps from './actions/exportFollowUps';
import exportVisits from './actions/exportVisits';
import getVisit from './actions/getVisit';
import listFollowUps from './actions/listFollowUps';
import listVisits from './actions/listVisits';
import logVisit from './actions/logVisit';

export const handlers: Handlers<'visit'> = {
  logVisit,
  listVisits,
  exportVisits,
  getVisit,
  listFollowUps,
  exportFollowUps,
  completeFollowUp,
};
