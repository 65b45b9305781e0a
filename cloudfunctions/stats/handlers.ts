/** stats: a station's figures for a period and the city view (004 §7.4.2–7.4.3). */
import type { Handlers } from '../_shared/runtime';
import stationStats from './actions/stationStats';
import cityStats from './actions/cityStats';
import workbench from './actions/workbench';
import exportMonthly from './actions/exportMonthly';
import insights from './actions/insights';
import planVisit from './actions/planVisit';

export const handlers: Handlers<'stats'> = { stationStats, cityStats, workbench, exportMonthly, insights, planVisit };
