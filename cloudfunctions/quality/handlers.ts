/**
 * quality: service quality (004 §9) — improvement actions (整改) on findings, and the evaluation
 * archive (服务评价档案) of a station's year. One module per action.
 */
import type { Handlers } from '../_shared/runtime';
import completeImprovement from './actions/completeImprovement';
import createImprovement from './actions/createImprovement';
import listImprovements from './actions/listImprovements';
import saveServiceReview from './actions/saveServiceReview';
import serviceReview from './actions/serviceReview';
import stationArchive from './actions/stationArchive';

export const handlers: Handlers<'quality'> = {
  createImprovement,
  listImprovements,
  completeImprovement,
  serviceReview,
  saveServiceReview,
  stationArchive,
};
