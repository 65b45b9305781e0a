/** quality: one typed function per action (整改, 服务评价 and the 服务评价档案, 004 §9). */
import { call } from './call';

export const createImprovement = call('quality', 'createImprovement');
export const listImprovements = call('quality', 'listImprovements');
export const completeImprovement = call('quality', 'completeImprovement');
export const serviceReview = call('quality', 'serviceReview');
export const stationArchive = call('quality', 'stationArchive');
export const saveServiceReview = call('quality', 'saveServiceReview');
