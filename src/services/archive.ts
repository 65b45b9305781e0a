/** archive: one typed function per action (the consultation archive, 咨询档案). */
import { call } from './call';

export const createRecord = call('archive', 'createRecord');
export const listRecords = call('archive', 'listRecords');
export const getRecord = call('archive', 'getRecord');
export const findCompanies = call('archive', 'findCompanies');
