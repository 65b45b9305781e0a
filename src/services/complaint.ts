/** complaint: one typed function per action (complaints, 投诉, 004 §9.2). */
import { call } from './call';

export const fileComplaint = call('complaint', 'fileComplaint');
export const listMyComplaints = call('complaint', 'listMyComplaints');
export const listComplaints = call('complaint', 'listComplaints');
export const listSharedWithMe = call('complaint', 'listSharedWithMe');
export const getComplaint = call('complaint', 'getComplaint');
export const answerComplaint = call('complaint', 'answerComplaint');
export const acceptAnswer = call('complaint', 'acceptAnswer');
export const escalateComplaint = call('complaint', 'escalateComplaint');
export const reviewComplaint = call('complaint', 'reviewComplaint');
export const shareComplaint = call('complaint', 'shareComplaint');
export const getComplaintSettings = call('complaint', 'getComplaintSettings');
export const setComplaintSettings = call('complaint', 'setComplaintSettings');
