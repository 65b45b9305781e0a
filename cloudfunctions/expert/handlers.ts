/**
 * expert: the volunteer expert roster (专家库, 004 §8.1–8.5) — the expert's own profile, the
 * conduct commitment, time away and leaving; the chief's and admin's roster with workload and
 * on-time rate, and its export; the admin's 备案 / 退回 / 除名. One module per action.
 */
import type { Handlers } from '../_shared/runtime';
import exportExperts from './actions/exportExperts';
import fileExpert from './actions/fileExpert';
import getExpert from './actions/getExpert';
import getMyProfile from './actions/getMyProfile';
import leaveRoster from './actions/leaveRoster';
import listExperts from './actions/listExperts';
import removeExpert from './actions/removeExpert';
import returnExpert from './actions/returnExpert';
import saveMyProfile from './actions/saveMyProfile';
import setUnavailable from './actions/setUnavailable';

export const handlers: Handlers<'expert'> = {
  getMyProfile,
  saveMyProfile,
  setUnavailable,
  leaveRoster,
  listExperts,
  exportExperts,
  getExpert,
  fileExpert,
  returnExpert,
  removeExpert,
};
