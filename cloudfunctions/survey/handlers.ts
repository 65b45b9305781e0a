/**
 * survey: reusable questionnaires (问卷) and the responses to them — after a training now,
 * consultations and requests later (cloudfunctions/survey/targets.ts). One module per action.
 */
import type { Handlers } from '../_shared/runtime';
import createQuestionnaire from './actions/createQuestionnaire';
import getMyResponse from './actions/getMyResponse';
import getQuestionnaire from './actions/getQuestionnaire';
import getResults from './actions/getResults';
import listQuestionnaires from './actions/listQuestionnaires';
import submitResponse from './actions/submitResponse';
import wantedTopics from './actions/wantedTopics';

export const handlers: Handlers<'survey'> = {
  getQuestionnaire,
  listQuestionnaires,
  createQuestionnaire,
  submitResponse,
  getMyResponse,
  getResults,
  wantedTopics,
};
