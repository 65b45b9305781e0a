/**
 * One signed-in person per acting role (and one without a role), for tests of what each role is
 * offered or refused, and `actAs` to put one in the store with "me" loaded.
 */
import type { Me } from '@core/contract';
import type { ActingRole } from '@/lib/access';
import { useAppStore } from '@/store';
import { CHIEF_ME, COMPANY_ME, EXPERT_ME, LIAISON_ME, STATION_ID } from './consult-fixtures';

export const ADMIN_ME: Me = {
  user: { id: 'u-ad', displayName: '市管理员' },
  memberships: [{ id: 'u-ad:admin', role: 'admin' }],
  actingId: 'u-ad:admin',
};

/** A district admin of 海淀区: the district's stations' figures and lists, read-only. */
export const DISTRICT_ADMIN_ME: Me = {
  user: { id: 'u-da', displayName: '海淀区管理员' },
  memberships: [
    { id: 'u-da:district_admin:haidian', role: 'district_admin', district: 'haidian', districtName: '海淀区' },
  ],
  actingId: 'u-da:district_admin:haidian',
};

/** A reviewer of the annual evaluation: the rounds and stations assigned to them. */
export const REVIEWER_ME: Me = {
  user: { id: 'u-rv', displayName: '评审专家甲' },
  memberships: [{ id: 'u-rv:reviewer:all', role: 'reviewer' }],
  actingId: 'u-rv:reviewer:all',
};

/** The town branch approving mobile-studio applications of 海淀区 (its district's only). */
export const STUDIO_BRANCH_ME: Me = {
  user: { id: 'u-sb', displayName: '海淀分局审批人' },
  memberships: [
    { id: 'u-sb:studio_branch:haidian', role: 'studio_branch', district: 'haidian', districtName: '海淀区' },
  ],
  actingId: 'u-sb:studio_branch:haidian',
};

/** The city bureau's IP section approving mobile-studio applications (the city's). */
export const STUDIO_SECTION_ME: Me = {
  user: { id: 'u-ss', displayName: '市局科室审批人' },
  memberships: [{ id: 'u-ss:studio_section', role: 'studio_section' }],
  actingId: 'u-ss:studio_section',
};

/** The city bureau giving mobile-studio applications their final approval. */
export const STUDIO_BUREAU_ME: Me = {
  user: { id: 'u-bu', displayName: '市局审批人' },
  memberships: [{ id: 'u-bu:studio_bureau', role: 'studio_bureau' }],
  actingId: 'u-bu:studio_bureau',
};

export const NO_ROLE_ME: Me = { user: { id: 'u-new', displayName: '新用户' }, memberships: [], actingId: null };

export const ME_BY_ROLE: Record<ActingRole, Me> = {
  company: COMPANY_ME,
  liaison: LIAISON_ME,
  chief: CHIEF_ME,
  expert: EXPERT_ME,
  admin: ADMIN_ME,
  district_admin: DISTRICT_ADMIN_ME,
  reviewer: REVIEWER_ME,
  studio_branch: STUDIO_BRANCH_ME,
  studio_section: STUDIO_SECTION_ME,
  studio_bureau: STUDIO_BUREAU_ME,
  none: NO_ROLE_ME,
};

export { STATION_ID };

/** Signs `me` in, "me" loaded, acting for its acting membership. */
export function actAs(me: Me): void {
  useAppStore.setState({ signedIn: true, me, meState: 'ready', meError: null });
}
