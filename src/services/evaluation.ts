/** evaluation: one typed function per action (the annual workstation evaluation, 年度评价, seed 000). */
import { call } from './call';

export const listIndicatorSets = call('evaluation', 'listIndicatorSets');
export const listReviewers = call('evaluation', 'listReviewers');
export const saveIndicatorSet = call('evaluation', 'saveIndicatorSet');
export const createRound = call('evaluation', 'createRound');
export const listRounds = call('evaluation', 'listRounds');
export const getStationEvaluation = call('evaluation', 'getStationEvaluation');
export const saveSubmission = call('evaluation', 'saveSubmission');
export const requestCorrection = call('evaluation', 'requestCorrection');
export const saveReview = call('evaluation', 'saveReview');
export const declareConflict = call('evaluation', 'declareConflict');
export const recordVeto = call('evaluation', 'recordVeto');
export const publishRound = call('evaluation', 'publishRound');
export const roundResults = call('evaluation', 'roundResults');
export const exportRound = call('evaluation', 'exportRound');
export const stationReport = call('evaluation', 'stationReport');
