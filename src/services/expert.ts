/** expert: one typed function per action (专家库: the expert's profile, the roster, 备案/退回/除名). */
import { call } from './call';

export const getMyProfile = call('expert', 'getMyProfile');
export const saveMyProfile = call('expert', 'saveMyProfile');
export const setUnavailable = call('expert', 'setUnavailable');
export const leaveRoster = call('expert', 'leaveRoster');
export const listExperts = call('expert', 'listExperts');
export const exportExperts = call('expert', 'exportExperts');
export const getExpert = call('expert', 'getExpert');
export const fileExpert = call('expert', 'fileExpert');
export const returnExpert = call('expert', 'returnExpert');
export const removeExpert = call('expert', 'removeExpert');
