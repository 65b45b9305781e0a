/** directory: one typed function per action. */
import { call } from './call';

export const listStations = call('directory', 'listStations');
export const getStation = call('directory', 'getStation');
export const createStation = call('directory', 'createStation');
export const updateStation = call('directory', 'updateStation');
export const saveServiceItem = call('directory', 'saveServiceItem');
export const setServiceItemStatus = call('directory', 'setServiceItemStatus');
export const listPlatforms = call('directory', 'listPlatforms');
export const listCourses = call('directory', 'listCourses');
export const listCatalogue = call('directory', 'listCatalogue');
export const getWorkCalendar = call('directory', 'getWorkCalendar');
export const setWorkCalendar = call('directory', 'setWorkCalendar');
export const getSpecialServices = call('directory', 'getSpecialServices');
export const saveSpecialServices = call('directory', 'saveSpecialServices');
export const publishSpecialServices = call('directory', 'publishSpecialServices');
export const logSpecialProgress = call('directory', 'logSpecialProgress');
