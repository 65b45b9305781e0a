/** visit: one typed function per action (site visits 走访 and follow-ups 回访). */
import { call } from './call';

export const logVisit = call('visit', 'logVisit');
export const listVisits = call('visit', 'listVisits');
export const exportVisits = call('visit', 'exportVisits');
export const getVisit = call('visit', 'getVisit');
export const listFollowUps = call('visit', 'listFollowUps');
export const exportFollowUps = call('visit', 'exportFollowUps');
export const completeFollowUp = call('visit', 'completeFollowUp');
