/**
 * studio: the mobile studio (企业知识产权保护流动工作室, seed 001) — the company's application,
 * the three-stage approval, numbering and founding, staffing, the printed form and the year's
 * summary. One module per action.
 */
import type { Handlers } from '../_shared/runtime';
import applicationPdf from './actions/applicationPdf';
import decideAtBranch from './actions/decideAtBranch';
import decideAtBureau from './actions/decideAtBureau';
import decideAtSection from './actions/decideAtSection';
import getApplication from './actions/getApplication';
import getStageLimits from './actions/getStageLimits';
import listApplications from './actions/listApplications';
import prefillApplication from './actions/prefillApplication';
import resubmitApplication from './actions/resubmitApplication';
import saveStaff from './actions/saveStaff';
import setStageLimits from './actions/setStageLimits';
import studioSummary from './actions/studioSummary';
import submitApplication from './actions/submitApplication';

export const handlers: Handlers<'studio'> = {
  prefillApplication,
  submitApplication,
  resubmitApplication,
  listApplications,
  getApplication,
  decideAtBranch,
  decideAtSection,
  decideAtBureau,
  saveStaff,
  applicationPdf,
  getStageLimits,
  setStageLimits,
  studioSummary,
};
