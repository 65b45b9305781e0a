/** enterprise: one typed function per action (the company profile and the station's ledger). */
import { call } from './call';

export const getProfile = call('enterprise', 'getProfile');
export const updateProfile = call('enterprise', 'updateProfile');
export const createLedgerEntry = call('enterprise', 'createLedgerEntry');
export const listLedger = call('enterprise', 'listLedger');
export const exportLedger = call('enterprise', 'exportLedger');
export const getHoldingsHistory = call('enterprise', 'getHoldingsHistory');
export const getTimeline = call('enterprise', 'getTimeline');
