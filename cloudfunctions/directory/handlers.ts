/** directory: the service network and reference data. One module per action. */
import type { Handlers } from '../_shared/runtime';
import createStation from './actions/createStation';
import getSpecialServices from './actions/getSpecialServices';
import getStation from './actions/getStation';
import logSpecialProgress from './actions/logSpecialProgress';
import publishSpecialServices from './actions/publishSpecialServices';
import saveSpecialServices from './actions/saveSpecialServices';
import getWorkCalendar from './actions/getWorkCalendar';
import listStations from './actions/listStations';
import { listCatalogue, listCourses, listPlatforms } from './actions/referenceLists';
import saveServiceItem from './actions/saveServiceItem';
import setServiceItemStatus from './actions/setServiceItemStatus';
import setWorkCalendar from './actions/setWorkCalendar';
import updateStation from './actions/updateStation';

export const handlers: Handlers<'directory'> = {
  listStations,
  getStation,
  createStation,
  updateStation,
  saveServiceItem,
  setServiceItemStatus,
  getWorkCalendar,
  setWorkCalendar,
  listPlatforms,
  listCourses,
  listCatalogue,
  getSpecialServices,
  saveSpecialServices,
  publishSpecialServices,
  logSpecialProgress,
};
