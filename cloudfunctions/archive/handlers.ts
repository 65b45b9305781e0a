/**
 * archive: the consultation archive (咨询档案) — writing records, reading, searching and exporting
 * them — and the companies' ratings of them (咨询评价). One module per action.
 */
import type { Handlers } from '../_shared/runtime';
import createRecord from './actions/createRecord';
import exportRatings from './actions/exportRatings';
import exportRecords from './actions/exportRecords';
import findCompanies from './actions/findCompanies';
import getRating from './actions/getRating';
import getRecord from './actions/getRecord';
import listRatings from './actions/listRatings';
import listRecords from './actions/listRecords';
import myRatingSummary from './actions/myRatingSummary';
import rateRecord from './actions/rateRecord';

export const handlers: Handlers<'archive'> = {
  createRecord,
  listRecords,
  exportRecords,
  getRecord,
  findCompanies,
  rateRecord,
  getRating,
  listRatings,
  exportRatings,
  myRatingSummary,
};
