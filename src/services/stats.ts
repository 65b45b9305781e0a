/** stats: one typed function per action (a station's statistics, the city view). */
import { call } from './call';

export const stationStats = call('stats', 'stationStats');
export const cityStats = call('stats', 'cityStats');
export const workbench = call('stats', 'workbench');
export const exportMonthly = call('stats', 'exportMonthly');
export const insights = call('stats', 'insights');
export const planVisit = call('stats', 'planVisit');
