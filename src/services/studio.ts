/** studio: one typed function per action (企业知识产权保护流动工作室: apply, approve, staff, print, summary). */
import { call } from './call';

export const prefillApplication = call('studio', 'prefillApplication');
export const submitApplication = call('studio', 'submitApplication');
export const resubmitApplication = call('studio', 'resubmitApplication');
export const listApplications = call('studio', 'listApplications');
export const getApplication = call('studio', 'getApplication');
export const decideAtBranch = call('studio', 'decideAtBranch');
export const decideAtSection = call('studio', 'decideAtSection');
export const decideAtBureau = call('studio', 'decideAtBureau');
export const saveStaff = call('studio', 'saveStaff');
export const applicationPdf = call('studio', 'applicationPdf');
export const getStageLimits = call('studio', 'getStageLimits');
export const setStageLimits = call('studio', 'setStageLimits');
export const studioSummary = call('studio', 'studioSummary');
