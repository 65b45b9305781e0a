/**
 * referral: rights-protection clue referrals (线索移交, 004 §7.3.2.4) — station staff refer a clue
 * found in a record, visit or request to a protection / assistance center or an outside agency;
 * the receiving side moves it through the steps of core/rules/referral-flow.ts. One module per action.
 */
import type { Handlers } from '../_shared/runtime';
import advanceReferral from './actions/advanceReferral';
import createReferral from './actions/createReferral';
import exportReferrals from './actions/exportReferrals';
import getReferral from './actions/getReferral';
import listReferrals from './actions/listReferrals';

export const handlers: Handlers<'referral'> = {
  createReferral,
  listReferrals,
  exportReferrals,
  getReferral,
  advanceReferral,
};
