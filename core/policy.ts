/**
 * THE authorisation table: who may call each action, and over whose records.
 *
 * A rule names a role and a scope:
 *   - scope 'any':     all records (admins; public reference data)
 *   - scope 'station': records of the station the caller acts for
 *   - scope 'company': records of the company the caller acts for
 *   - scope 'assigned': records assigned to the caller (a consultant's own bookings) at the
 *                       station the caller acts for
 * The pseudo-role 'user' is any signed-in person (their own records only, enforced by the
 * handler reading `caller.userId`); 'public' admits callers without a session. The pseudo-role
 * 'system' is the platform's own timer (a CloudBase timer trigger, the host's job interval): it
 * matches only rules that name it, and no rule naming it matches a person.
 *
 * Rules are checked against the membership the caller currently ACTS FOR (switched on the
 * Me page), so a person who is both company staff and a station liaison uses one hat at a time.
 */
import type { Caller } from './ports';
import { ROLE, type Role } from './enums';
import { AppError } from './errors';

export type Scope = 'any' | 'station' | 'company' | 'assigned';
export interface Rule {
  role: Role | 'user' | 'system';
  scope: Scope;
}
export type Access = 'public' | Rule[];

const USER: Rule[] = [{ role: 'user', scope: 'any' }];
/** The platform's timer only (see cloudfunctions/_shared/system.ts): never a person. */
const SYSTEM: Rule[] = [{ role: 'system', scope: 'any' }];
const ADMIN: Rule = { role: 'admin', scope: 'any' };
const CHIEF: Rule = { role: 'chief', scope: 'station' };
const LIAISON: Rule = { role: 'liaison', scope: 'station' };
const STAFF_OF_COMPANY: Rule = { role: 'company', scope: 'company' };
const STATION_STAFF: Rule[] = [LIAISON, { role: 'expert', scope: 'station' }, CHIEF];
/** Liaisons and experts over what is assigned to them (consultations they give). */
const CONSULTANT_OWN: Rule[] = [
  { role: 'liaison', scope: 'assigned' },
  { role: 'expert', scope: 'assigned' },
];

export const POLICY = {
  directory: {
    listStations: 'public',
    getStation: 'public',
    listPlatforms: 'public',
    listCourses: 'public',
    listCatalogue: 'public',
    createStation: [ADMIN],
    updateStation: [CHIEF, ADMIN],
    saveServiceItem: [CHIEF, ADMIN],
    setServiceItemStatus: [CHIEF, ADMIN],
  },
  account: {
    me: USER,
    switchActing: USER,
    updateProfile: USER,
    redeemInvitation: USER,
    createCompany: USER,
    joinCompany: USER,
    // A chief invites liaisons and experts to their own station; only an admin appoints a
    // chief (checked in the handler, since it depends on the role being granted).
    createInvitation: [CHIEF, ADMIN],
    listInvitations: [CHIEF, ADMIN],
    revokeInvitation: [CHIEF, ADMIN],
    getCompany: [STAFF_OF_COMPANY, LIAISON, CHIEF, ADMIN],
    listCompanies: [LIAISON, CHIEF, ADMIN],
    reviewCompany: [LIAISON, CHIEF, ADMIN],
    // One's own inbox: the handler reads and marks only the caller's notices.
    listNotices: USER,
    markNoticesRead: USER,
  },
  consult: {
    listConsultants: 'public',
    listSlots: 'public',
    getBookingRules: 'public',
    getAvailability: [...STATION_STAFF, ADMIN],
    saveAvailability: [...CONSULTANT_OWN, CHIEF, ADMIN],
    setBookingRules: [CHIEF, ADMIN],
    book: [STAFF_OF_COMPANY],
    cancelBooking: [STAFF_OF_COMPANY, ...CONSULTANT_OWN, CHIEF, ADMIN],
    rescheduleBooking: [STAFF_OF_COMPANY, ...CONSULTANT_OWN, CHIEF, ADMIN],
    getBooking: [STAFF_OF_COMPANY, ...CONSULTANT_OWN, CHIEF, ADMIN],
    // The handler narrows the query to the acting role's own records.
    listBookings: [STAFF_OF_COMPANY, ...CONSULTANT_OWN, CHIEF, ADMIN],
    // 今日咨询: a consultant's own day at their station, a chief's the station's (handler narrows).
    listMyDay: [...CONSULTANT_OWN, CHIEF],
    markNoShow: [...CONSULTANT_OWN, CHIEF, ADMIN],
  },
  archive: {
    // A record is assigned to its consultant: liaisons and experts write their own (from their
    // booking, or a walk-in they gave), a chief any of the station's. Companies never write.
    createRecord: [...CONSULTANT_OWN, CHIEF],
    // The company its own; liaison and chief the station's; an expert the ones they gave; admin all.
    listRecords: [STAFF_OF_COMPANY, LIAISON, { role: 'expert', scope: 'assigned' }, CHIEF, ADMIN],
    getRecord: [STAFF_OF_COMPANY, LIAISON, { role: 'expert', scope: 'assigned' }, CHIEF, ADMIN],
    findCompanies: [...STATION_STAFF, ADMIN],
    // Ratings are the company's word: only its staff give or change one (company scope);
    // consultants and chiefs read them, never change or delete them.
    rateRecord: [STAFF_OF_COMPANY],
    getRating: [STAFF_OF_COMPANY, LIAISON, { role: 'expert', scope: 'assigned' }, CHIEF, ADMIN],
    // The chief: the station's ratings and averages; an admin any station's.
    listRatings: [CHIEF, ADMIN],
    // 我的评价: a consultant's own, at the station they act for (a chief consults too).
    myRatingSummary: [...CONSULTANT_OWN, CHIEF],
  },
  setup: {
    // Any signed-in caller may ask; the handler admits only the user ids the operator configured
    // (BOOTSTRAP_ADMIN_USER_IDS), so a fresh environment gets its first admin and nobody else can.
    bootstrap: USER,
  },
  jobs: {
    sendReminders: SYSTEM,
  },
} as const satisfies Record<string, Record<string, Access>>;

export function accessOf(fn: string, action: string): Access | null {
  const group = (POLICY as Record<string, Record<string, Access>>)[fn];
  return group && Object.prototype.hasOwnProperty.call(group, action) ? group[action]! : null;
}

function ruleFor(access: Rule[], caller: Caller): Rule | null {
  if (caller.system) return access.find((r) => r.role === 'system') ?? null;
  const acting = caller.acting;
  if (acting) {
    const byRole = access.find((r) => r.role === acting.role);
    if (byRole) return byRole;
  }
  return access.find((r) => r.role === 'user') ?? null;
}

/**
 * Step one, before the handler runs: may this caller call this action at all?
 * Throws UNAUTHENTICATED without a session, FORBIDDEN when no rule admits the acting role.
 */
export function authorizeAction(fn: string, action: string, caller: Caller | null): void {
  const access = accessOf(fn, action);
  if (access === null) throw new AppError('FORBIDDEN', '该操作未开放');
  if (access === 'public') return;
  if (!caller) throw new AppError('UNAUTHENTICATED', '请先登录后再操作');
  if (!ruleFor(access, caller)) {
    throw new AppError('FORBIDDEN', forbiddenMessage(access));
  }
}

export interface Target {
  stationId?: string;
  companyId?: string;
  /** The user a record is assigned to (a booking's consultant). */
  assigneeId?: string;
}

/**
 * Step two, once the handler has loaded the record: does the acting membership own it?
 * Throws FORBIDDEN when it does not.
 */
export function authorizeTarget(fn: string, action: string, caller: Caller | null, target: Target): void {
  const access = accessOf(fn, action);
  if (access === 'public') return;
  if (access === null) throw new AppError('FORBIDDEN', '该操作未开放');
  if (!caller) throw new AppError('UNAUTHENTICATED', '请先登录后再操作');
  if (!mayAccess(access, caller, target)) {
    throw new AppError('FORBIDDEN', '您只能处理本站点或本企业的记录');
  }
}

/** The same check as authorizeTarget, as a boolean (e.g. to show or hide edit buttons). */
export function mayAccess(access: Access, caller: Caller | null, target: Target): boolean {
  if (access === 'public') return true;
  if (!caller) return false;
  const rule = ruleFor(access, caller);
  if (!rule) return false;
  switch (rule.scope) {
    case 'any':
      return true;
    case 'station':
      return !!target.stationId && caller.acting?.stationId === target.stationId;
    case 'company':
      return !!target.companyId && caller.acting?.companyId === target.companyId;
    case 'assigned':
      return (
        !!target.assigneeId &&
        target.assigneeId === caller.userId &&
        !!target.stationId &&
        caller.acting?.stationId === target.stationId
      );
  }
}

function forbiddenMessage(access: Rule[]): string {
  if (access.length > 0 && access.every((r) => r.role === 'system')) return '此操作仅由系统定时任务执行';
  const names = access.filter((r) => r.role !== 'user' && r.role !== 'system').map((r) => ROLE.labels[r.role as Role]);
  return names.length ? `此操作需要${names.join('或')}身份，请在"我的"页面切换身份` : '您没有权限进行此操作';
}
