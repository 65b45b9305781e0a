/** archive: one typed function per action (the consultation archive, 咨询档案). */
import { call } from './call';

export const createRecord = call('archive', 'createRecord');
export const listRecords = call('archive', 'listRecords');
export const exportRecords = call('archive', 'exportRecords');
export const getRecord = call('archive', 'getRecord');
export const findCompanies = call('archive', 'findCompanies');
export const rateRecord = call('archive', 'rateRecord');
export const getRating = call('archive', 'getRating');
export const listRatings = call('archive', 'listRatings');
export const exportRatings = call('archive', 'exportRatings');
export const myRatingSummary = call('archive', 'myRatingSummary');
