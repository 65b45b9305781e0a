/** request: one typed function per action (service requests, 服务需求). */
import { call } from './call';

export const createRequest = call('request', 'createRequest');
export const listRequests = call('request', 'listRequests');
export const exportRequests = call('request', 'exportRequests');
export const getRequest = call('request', 'getRequest');
export const acceptRequest = call('request', 'acceptRequest');
export const startRequest = call('request', 'startRequest');
export const closeRequest = call('request', 'closeRequest');
export const cancelRequest = call('request', 'cancelRequest');
export const rateRequest = call('request', 'rateRequest');
export const getRequestRating = call('request', 'getRequestRating');
export const suggestAssignees = call('request', 'suggestAssignees');
export const assignRequest = call('request', 'assignRequest');
export const respondAssignment = call('request', 'respondAssignment');
export const reportRequest = call('request', 'reportRequest');
