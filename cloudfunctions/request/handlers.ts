/**
 * request: service requests (服务需求) — raising them, the station's queue and its export, the
 * steps of the state machine (core/rules/request-flow.ts) and the companies' ratings of closed
 * ones. One module per action.
 */
import type { Handlers } from '../_shared/runtime';
import acceptRequest from './actions/acceptRequest';
import assignRequest from './actions/assignRequest';
import cancelRequest from './actions/cancelRequest';
import closeRequest from './actions/closeRequest';
import createRequest from './actions/createRequest';
import exportRequests from './actions/exportRequests';
import getRequest from './actions/getRequest';
import getRequestRating from './actions/getRequestRating';
import listRequests from './actions/listRequests';
import rateRequest from './actions/rateRequest';
import reportRequest from './actions/reportRequest';
import respondAssignment from './actions/respondAssignment';
import startRequest from './actions/startRequest';
import suggestAssignees from './actions/suggestAssignees';

export const handlers: Handlers<'request'> = {
  createRequest,
  listRequests,
  exportRequests,
  getRequest,
  acceptRequest,
  startRequest,
  closeRequest,
  cancelRequest,
  suggestAssignees,
  assignRequest,
  respondAssignment,
  reportRequest,
  rateRequest,
  getRequestRating,
};
