/**
 * enterprise: the company profile (企业档案, 001 appendix A) and the station's ledger (服务对象台账,
 * 004 §7.3.1) — entries, search, the 待走访 queue and the ledger's export, holdings history, the
 * company timeline. One module per action.
 */
import type { Handlers } from '../_shared/runtime';
import createLedgerEntry from './actions/createLedgerEntry';
import exportLedger from './actions/exportLedger';
import getHoldingsHistory from './actions/getHoldingsHistory';
import getProfile from './actions/getProfile';
import getTimeline from './actions/getTimeline';
import listLedger from './actions/listLedger';
import updateProfile from './actions/updateProfile';

export const handlers: Handlers<'enterprise'> = {
  getProfile,
  updateProfile,
  createLedgerEntry,
  listLedger,
  exportLedger,
  getHoldingsHistory,
  getTimeline,
};
