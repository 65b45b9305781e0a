/**
 * training: sessions (培训) published by a station's chief (and their export), sign-up with a
 * waitlist, the chief's sign-up list and its export, my trainings, and the station's talent pool.
 * One module per action.
 */
import type { Handlers } from '../_shared/runtime';
import addSignup from './actions/addSignup';
import cancelSession from './actions/cancelSession';
import cancelSignup from './actions/cancelSignup';
import createSession from './actions/createSession';
import exportSessions from './actions/exportSessions';
import exportSignups from './actions/exportSignups';
import exportTalentPool from './actions/exportTalentPool';
import getSession from './actions/getSession';
import listSessions from './actions/listSessions';
import listSignups from './actions/listSignups';
import listStationSessions from './actions/listStationSessions';
import myTrainings from './actions/myTrainings';
import signUp from './actions/signUp';
import talentPool from './actions/talentPool';
import updateSession from './actions/updateSession';

export const handlers: Handlers<'training'> = {
  createSession,
  updateSession,
  cancelSession,
  listSessions,
  listStationSessions,
  exportSessions,
  getSession,
  signUp,
  cancelSignup,
  listSignups,
  addSignup,
  exportSignups,
  myTrainings,
  talentPool,
  exportTalentPool,
};
