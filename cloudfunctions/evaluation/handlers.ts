/**
 * evaluation: the annual workstation evaluation (seed 000) — indicator table versions, rounds,
 * self-evaluation, expert review with conflicts, corrections and the one-vote veto, publication,
 * ranking, Excel and PDF. One module per action; the rules are core/rules/evaluation.ts.
 */
import type { Handlers } from '../_shared/runtime';
import createRound from './actions/createRound';
import declareConflict from './actions/declareConflict';
import exportRound from './actions/exportRound';
import getStationEvaluation from './actions/getStationEvaluation';
import listIndicatorSets from './actions/listIndicatorSets';
import listReviewers from './actions/listReviewers';
import listRounds from './actions/listRounds';
import publishRound from './actions/publishRound';
import recordVeto from './actions/recordVeto';
import requestCorrection from './actions/requestCorrection';
import roundResults from './actions/roundResults';
import saveIndicatorSet from './actions/saveIndicatorSet';
import saveReview from './actions/saveReview';
import saveSubmission from './actions/saveSubmission';
import stationReport from './actions/stationReport';

export const handlers: Handlers<'evaluation'> = {
  listIndicatorSets,
  listReviewers,
  saveIndicatorSet,
  createRound,
  listRounds,
  getStationEvaluation,
  saveSubmission,
  requestCorrection,
  saveReview,
  declareConflict,
  recordVeto,
  publishRound,
  roundResults,
  exportRound,
  stationReport,
};
