/** account: one typed function per action, plus the host's login endpoints. */
import type { Session } from '@core/contract/auth';
import { call } from './call';
import { postAuth } from './transport';

export const me = call('account', 'me');
export const switchActing = call('account', 'switchActing');
export const updateProfile = call('account', 'updateProfile');
export const createInvitation = call('account', 'createInvitation');
export const listInvitations = call('account', 'listInvitations');
export const revokeInvitation = call('account', 'revokeInvitation');
export const redeemInvitation = call('account', 'redeemInvitation');
export const createCompany = call('account', 'createCompany');
export const joinCompany = call('account', 'joinCompany');
export const getCompany = call('account', 'getCompany');
export const listCompanies = call('account', 'listCompanies');
export const reviewCompany = call('account', 'reviewCompany');
export const listNotices = call('account', 'listNotices');
export const markNoticesRead = call('account', 'markNoticesRead');

export const login = (input: { username: string; password: string }) => postAuth<Session>('login', input);
export const register = (input: { username: string; password: string; displayName: string }) =>
  postAuth<Session>('register', input);
export const logout = () => postAuth<{ done: true }>('logout', {});
