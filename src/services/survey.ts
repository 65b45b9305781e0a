/** survey: one typed function per action (questionnaires and responses, 问卷). */
import { call } from './call';

export const getQuestionnaire = call('survey', 'getQuestionnaire');
export const listQuestionnaires = call('survey', 'listQuestionnaires');
export const createQuestionnaire = call('survey', 'createQuestionnaire');
export const submitResponse = call('survey', 'submitResponse');
export const getMyResponse = call('survey', 'getMyResponse');
export const getResults = call('survey', 'getResults');
export const wantedTopics = call('survey', 'wantedTopics');
