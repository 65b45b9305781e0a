/** archive: the consultation archive (咨询档案) — writing records, reading and searching them. One module per action. */
import type { Handlers } from '../_shared/runtime';
import createRecord from './actions/createRecord';
import findCompanies from './actions/findCompanies';
import getRecord from './actions/getRecord';
import listRecords from './actions/listRecords';

export const handlers: Handlers<'archive'> = {
  createRecord,
  listRecords,
  getRecord,
  findCompanies,
};
