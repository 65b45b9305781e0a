/** training: one typed function per action (培训: sessions, sign-up, lists, talent pool). */
import { call } from './call';

export const createSession = call('training', 'createSession');
export const updateSession = call('training', 'updateSession');
export const cancelSession = call('training', 'cancelSession');
export const listSessions = call('training', 'listSessions');
export const listStationSessions = call('training', 'listStationSessions');
export const exportSessions = call('training', 'exportSessions');
export const getSession = call('training', 'getSession');
export const signUp = call('training', 'signUp');
export const cancelSignup = call('training', 'cancelSignup');
export const listSignups = call('training', 'listSignups');
export const addSignup = call('training', 'addSignup');
export const exportSignups = call('training', 'exportSignups');
export const myTrainings = call('training', 'myTrainings');
export const talentPool = call('training', 'talentPool');
export const exportTalentPool = call('training', 'exportTalentPool');
