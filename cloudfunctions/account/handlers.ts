/** account: who I am, roles by invitation, and company membership. One module per action. */
import type { Handlers } from '../_shared/runtime';
import { getCompany, listCompanies, reviewCompany } from './actions/companies';
import createCompany from './actions/createCompany';
import createInvitation from './actions/createInvitation';
import joinCompany from './actions/joinCompany';
import listInvitations from './actions/listInvitations';
import me from './actions/me';
import { listNotices, markNoticesRead } from './actions/notices';
import redeemInvitation from './actions/redeemInvitation';
import revokeInvitation from './actions/revokeInvitation';
import switchActing from './actions/switchActing';
import updateProfile from './actions/updateProfile';

export const handlers: Handlers<'account'> = {
  me,
  switchActing,
  updateProfile,
  createInvitation,
  listInvitations,
  revokeInvitation,
  redeemInvitation,
  createCompany,
  joinCompany,
  getCompany,
  listCompanies,
  reviewCompany,
  listNotices,
  markNoticesRead,
};
