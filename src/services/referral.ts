/** referral: one typed function per action (clue referrals, 线索移交). */
import { call } from './call';

export const createReferral = call('referral', 'createReferral');
export const listReferrals = call('referral', 'listReferrals');
export const exportReferrals = call('referral', 'exportReferrals');
export const getReferral = call('referral', 'getReferral');
export const advanceReferral = call('referral', 'advanceReferral');
