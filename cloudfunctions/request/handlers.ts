/**
 * request: service requests (服务需求) — raising them, the station's queue, the steps of the
 * state machine (core/rules/request-flow.ts) and the companies' ratings of closed ones.
 * One module per action.
 */
import type { Handlers } from '../_shared/runtime';
import acceptRequest from './actions/acceptRequest';
import cancelRequest from './actions/cancelRequest';
import closeRequest from './actions/closeRequest';
import createRequest from './actions/createRequest';
import getRequest from './actions/getRequest';
import getRequestRating from './actions/getRequestRating';
import listRequests from './actions/listRequests';
import rateRequest from './actions/rateRequest';
import startRequest from './actions/startRequest';

export const handlers: Handlers<'request'> = {
  createRequest,
  listRequests,
  getRequest,
  acceptRequest,
  startRequest,
  closeRequest,
  cancelRequest,
  rateRequest,
  getRequestRating,
};
