/**
 * THE authorisation table: who may call each action, and over whose records.
 *
 * A rule names a role and a scope:
 *   - scope 'any':     all records (admins; public reference data)
 *   - scope 'station': records of the station the caller acts for
 *   - scope 'company': records of the company the caller acts for
 *   - scope 'assigned': records assigned to the caller (a consultant's own bookings) at the
 *                       station the caller acts for (a membership of no station — a reviewer of
 *                       the annual evaluation — over what is assigned to them anywhere)
 *   - scope 'district': records of any station of the district the caller oversees (a district
 *                       admin: caller.districtStationIds, resolved with the caller), or records
 *                       of that district itself (a studio application, by its `district`)
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
import { ownEntry } from './own';

export type Scope = 'any' | 'station' | 'company' | 'assigned' | 'district';
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
/**
 * A district office over its district's stations: their figures and the lists the city view
 * drills into, read-only. Deliberately on no writing action: the network, the roster and the
 * appointments stay with the city's admins.
 */
const DISTRICT_ADMIN: Rule = { role: 'district_admin', scope: 'district' };
/** A reviewer of the annual evaluation over the stations a round assigned to them (eval_reviews). */
const REVIEWER: Rule = { role: 'reviewer', scope: 'assigned' };
/**
 * The mobile studio's approvers (001 §6.2): a town branch over its own area's applications (the
 * membership's district), the city bureau's IP section and the city bureau over all of them.
 */
const STUDIO_BRANCH: Rule = { role: 'studio_branch', scope: 'district' };
const STUDIO_SECTION: Rule = { role: 'studio_section', scope: 'any' };
const STUDIO_BUREAU: Rule = { role: 'studio_bureau', scope: 'any' };
const STUDIO_CHAIN: Rule[] = [STUDIO_BRANCH, STUDIO_SECTION, STUDIO_BUREAU];
const LIAISON: Rule = { role: 'liaison', scope: 'station' };
const STAFF_OF_COMPANY: Rule = { role: 'company', scope: 'company' };
const STATION_STAFF: Rule[] = [LIAISON, { role: 'expert', scope: 'station' }, CHIEF];
/** An expert over what is assigned to them (a request, a consultation) at their station. */
const EXPERT_ASSIGNED: Rule = { role: 'expert', scope: 'assigned' };
/** An expert over their own roster entry (the handler reads caller.userId's, never another's). */
const EXPERT_SELF: Rule = { role: 'expert', scope: 'any' };
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
    // The work calendar the two-day answer counts in: the station's people read it, an admin keeps it.
    getWorkCalendar: [LIAISON, CHIEF, { role: 'expert', scope: 'station' }, ADMIN],
    setWorkCalendar: [ADMIN],
    // 年度专项服务清单: published lists are public; the chief writes the station's and records
    // each delivery against it; an admin any station's.
    getSpecialServices: 'public',
    saveSpecialServices: [CHIEF, ADMIN],
    publishSpecialServices: [CHIEF, ADMIN],
    logSpecialProgress: [CHIEF, ADMIN],
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
    // The chief's picker of whose time to edit: the station's people, with or without a pattern.
    listStationMembers: [CHIEF, ADMIN],
    saveAvailability: [...CONSULTANT_OWN, CHIEF, ADMIN],
    setBookingRules: [CHIEF, ADMIN],
    book: [STAFF_OF_COMPANY],
    cancelBooking: [STAFF_OF_COMPANY, ...CONSULTANT_OWN, CHIEF, ADMIN],
    rescheduleBooking: [STAFF_OF_COMPANY, ...CONSULTANT_OWN, CHIEF, ADMIN],
    getBooking: [STAFF_OF_COMPANY, ...CONSULTANT_OWN, CHIEF, ADMIN],
    // The handler narrows the query to the acting role's own records.
    listBookings: [STAFF_OF_COMPANY, ...CONSULTANT_OWN, CHIEF, ADMIN],
    // The bookings to Excel: the chief the station's, an admin all.
    exportBookings: [CHIEF, ADMIN],
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
    // Every record of the list, to Excel: the chief the station's, an admin any (exports are theirs).
    exportRecords: [CHIEF, ADMIN],
    getRecord: [STAFF_OF_COMPANY, LIAISON, { role: 'expert', scope: 'assigned' }, CHIEF, ADMIN],
    findCompanies: [...STATION_STAFF, ADMIN],
    // Ratings are the company's word: only its staff give or change one (company scope);
    // consultants and chiefs read them, never change or delete them.
    rateRecord: [STAFF_OF_COMPANY],
    getRating: [STAFF_OF_COMPANY, LIAISON, { role: 'expert', scope: 'assigned' }, CHIEF, ADMIN],
    // The chief: the station's ratings and averages; an admin any station's.
    listRatings: [CHIEF, ADMIN],
    exportRatings: [CHIEF, ADMIN],
    // 我的评价: a consultant's own, at the station they act for (a chief consults too).
    myRatingSummary: [...CONSULTANT_OWN, CHIEF],
  },
  files: {
    // Any signed-in person registers their own uploads: the handler admits only files stored
    // under the caller's own folder (uploads/<userId>/), and only the uploader may attach one.
    register: USER,
  },
  visit: {
    // Liaisons and chiefs log visits to companies of the station they act for (station scope,
    // checked against the company's station once it is loaded).
    logVisit: [LIAISON, CHIEF],
    // The company its own (company view, no findings or internal note); the station its own; admin all.
    listVisits: [STAFF_OF_COMPANY, LIAISON, CHIEF, ADMIN, DISTRICT_ADMIN],
    // The station's visits to Excel (never the company view): the chief the station's, an admin any.
    exportVisits: [CHIEF, ADMIN, DISTRICT_ADMIN],
    getVisit: [STAFF_OF_COMPANY, LIAISON, CHIEF, ADMIN, DISTRICT_ADMIN],
    // 我的回访: the handler narrows to the acting person's own (a chief: the station's).
    listFollowUps: [...CONSULTANT_OWN, CHIEF],
    // The station's follow-ups, open and done, to Excel: its chief.
    exportFollowUps: [CHIEF],
    // A follow-up is assigned to its owner: liaisons and experts complete their own, a chief any of the station's.
    completeFollowUp: [...CONSULTANT_OWN, CHIEF],
  },
  request: {
    // Company staff raise requests for their own company (the handler reads it from the acting role).
    createRequest: [STAFF_OF_COMPANY],
    // The company its own; liaison and chief the station's queue; an admin all; an expert only
    // what is assigned to them (the request's assigneeId).
    listRequests: [STAFF_OF_COMPANY, LIAISON, CHIEF, EXPERT_ASSIGNED, ADMIN],
    // The queue to Excel: its liaisons and chief the station's (they work it), an admin all.
    exportRequests: [LIAISON, CHIEF, ADMIN],
    // A district admin reads one (an escalated answer is theirs to chase: request-sla.ts tells them).
    getRequest: [STAFF_OF_COMPANY, LIAISON, CHIEF, EXPERT_ASSIGNED, ADMIN, DISTRICT_ADMIN],
    // Any liaison of the station takes a request from the queue and becomes its handler.
    acceptRequest: [LIAISON, CHIEF],
    // A request is assigned to its handler: they work and close it; the chief any of the station's.
    startRequest: [{ role: 'liaison', scope: 'assigned' }, CHIEF],
    closeRequest: [{ role: 'liaison', scope: 'assigned' }, CHIEF],
    // The company withdraws its own; the station (the handler, the chief) with a reason.
    cancelRequest: [STAFF_OF_COMPANY, { role: 'liaison', scope: 'assigned' }, CHIEF],
    // The station matches a request to an expert, a liaison or an outside agency (004 §8.4).
    suggestAssignees: [LIAISON, CHIEF],
    assignRequest: [LIAISON, CHIEF],
    // Only the one it is assigned to answers (accept / decline within two days) and reports; the
    // chief reports for an outside agency.
    respondAssignment: [{ role: 'liaison', scope: 'assigned' }, EXPERT_ASSIGNED],
    reportRequest: [{ role: 'liaison', scope: 'assigned' }, EXPERT_ASSIGNED, CHIEF],
    // Ratings are the company's word: only its staff give or change one; the station reads them.
    rateRequest: [STAFF_OF_COMPANY],
    getRequestRating: [STAFF_OF_COMPANY, LIAISON, CHIEF, EXPERT_ASSIGNED, ADMIN, DISTRICT_ADMIN],
  },
  referral: {
    // 线索移交 (004 §7.3.2.4): from a record, visit or request of the station — its liaisons and
    // chief any of the station's, an expert a record they gave (assigned: the source's consultant).
    createReferral: [LIAISON, CHIEF, EXPERT_ASSIGNED],
    // The station sent or received (the handler matches either side, cloudfunctions/referral/
    // access.ts); an expert the ones they referred; an admin all.
    listReferrals: [LIAISON, CHIEF, EXPERT_ASSIGNED, ADMIN],
    // The station's box (sent and received) to Excel: its liaisons and chief; an admin all.
    exportReferrals: [LIAISON, CHIEF, ADMIN],
    getReferral: [LIAISON, CHIEF, EXPERT_ASSIGNED, ADMIN],
    // 接收 / 处理中 / 办结: the receiving station's liaisons and chief (an agency outside the network:
    // the referring station records its progress), or an admin.
    advanceReferral: [LIAISON, CHIEF, ADMIN],
  },
  training: {
    // Public: the published sessions and one session (the caller's own sign-up when signed in).
    listSessions: 'public',
    getSession: 'public',
    // The chief of the session's station (and an admin): publish, edit, cancel, keep the list.
    createSession: [CHIEF, ADMIN],
    updateSession: [CHIEF, ADMIN],
    cancelSession: [CHIEF, ADMIN],
    listStationSessions: [CHIEF, ADMIN, DISTRICT_ADMIN],
    exportSessions: [CHIEF, ADMIN, DISTRICT_ADMIN],
    listSignups: [CHIEF, ADMIN],
    addSignup: [CHIEF, ADMIN],
    exportSignups: [CHIEF, ADMIN],
    // Anyone signed in signs up and cancels their own (the handler reads caller.userId; a
    // station-only session further requires acting as staff of a company of that station).
    signUp: USER,
    cancelSignup: USER,
    myTrainings: USER,
    // 人才库: who attended the station's trainings.
    talentPool: [CHIEF, ADMIN],
    exportTalentPool: [CHIEF, ADMIN],
  },
  checkin: {
    // The chief of the session's station (and an admin) runs the check-in: the rotating code,
    // checking in by hand, the live count and the sign-up list.
    getCode: [CHIEF, ADMIN],
    manualCheckIn: [CHIEF, ADMIN],
    getLiveCount: [CHIEF, ADMIN],
    listAttendees: [CHIEF, ADMIN],
    // Anyone signed in checks themself in with a valid code (the handler reads caller.userId).
    checkIn: USER,
  },
  enterprise: {
    // A company page: its own staff, its station (experts too: they serve it), admins.
    getProfile: [STAFF_OF_COMPANY, ...STATION_STAFF, ADMIN, DISTRICT_ADMIN],
    getHoldingsHistory: [STAFF_OF_COMPANY, ...STATION_STAFF, ADMIN, DISTRICT_ADMIN],
    // The company sees the company view (no visit findings, no internal notes).
    getTimeline: [STAFF_OF_COMPANY, ...STATION_STAFF, ADMIN, DISTRICT_ADMIN],
    // Company staff keep their own profile; the station's liaison or chief keeps it too (credit
    // code and key-enterprise flags: only the station, checked with account.reviewCompany's rules).
    updateProfile: [STAFF_OF_COMPANY, LIAISON, CHIEF, ADMIN],
    // A company met outside the product enters the station's ledger (claimed later by join code).
    createLedgerEntry: [LIAISON, CHIEF],
    // The station's ledger and its 待走访 queue; an admin any station's.
    listLedger: [...STATION_STAFF, ADMIN, DISTRICT_ADMIN],
    // The ledger to Excel: the chief the station's, an admin any station's.
    exportLedger: [CHIEF, ADMIN, DISTRICT_ADMIN],
  },
  setup: {
    // Any signed-in caller may ask; the handler admits only the user ids the operator configured
    // (BOOTSTRAP_ADMIN_USER_IDS), so a fresh environment gets its first admin and nobody else can.
    bootstrap: USER,
  },
  survey: {
    // A questionnaire is no secret: anyone signed in reads one (the respond page).
    getQuestionnaire: USER,
    listQuestionnaires: [CHIEF, ADMIN],
    createQuestionnaire: [CHIEF, ADMIN],
    // One's own response: the handler admits only a person the target allows (a training:
    // checked in at it, once it started) and reads or writes only the caller's response.
    submitResponse: USER,
    getMyResponse: USER,
    // The answers of everyone: the chief of the target's station (an admin: any), never a respondent.
    getResults: [CHIEF, ADMIN],
    wantedTopics: [CHIEF, ADMIN],
  },
  expert: {
    // One's own roster entry: the handler reads and writes only caller.userId's profile, so the
    // rule needs no target (an expert acting for any of their stations keeps the same profile).
    getMyProfile: [EXPERT_SELF],
    saveMyProfile: [EXPERT_SELF],
    setUnavailable: [EXPERT_SELF],
    leaveRoster: [EXPERT_SELF],
    // 专家库: the chief the experts serving their station (the handler checks the profile's
    // stations against the acting one), an admin the whole roster.
    listExperts: [CHIEF, ADMIN],
    exportExperts: [CHIEF, ADMIN],
    getExpert: [CHIEF, ADMIN],
    // 备案, 退回 and 除名 are the admin's (004 §8: the expert management body).
    fileExpert: [ADMIN],
    returnExpert: [ADMIN],
    removeExpert: [ADMIN],
  },
  jobs: {
    sendReminders: SYSTEM,
    sendSurveyInvites: SYSTEM,
    sweepOverdueRequests: SYSTEM,
    rollUpStats: SYSTEM,
    sweepOverdueComplaints: SYSTEM,
    sweepEvaluationCorrections: SYSTEM,
    resumePushes: SYSTEM,
    sweepStudioStages: SYSTEM,
  },
  stats: {
    // A chief the station's figures, an admin any station's (the handler checks the station);
    // a liaison or expert only their own work (the handler reads the person's own scope).
    stationStats: [CHIEF, ...CONSULTANT_OWN, ADMIN, DISTRICT_ADMIN],
    // Every station side by side: the city's admins; a district admin the district's.
    cityStats: [ADMIN, DISTRICT_ADMIN],
    // 企业关注 and its suggestions: the chief their station's, an admin any station's.
    insights: [CHIEF, ADMIN, DISTRICT_ADMIN],
    // A suggested visit planned: the station's liaisons and chief, for a company of their station.
    planVisit: [LIAISON, CHIEF],
    // 月报: the chief their station's month, an admin any station's.
    exportMonthly: [CHIEF, ADMIN, DISTRICT_ADMIN],
    // 工作台's to-dos: each is counted with the scope of the list it opens (cloudfunctions/stats/todos.ts).
    workbench: [STAFF_OF_COMPANY, ...STATION_STAFF, ADMIN, DISTRICT_ADMIN, REVIEWER, ...STUDIO_CHAIN],
  },
  complaint: {
    // Company staff complain about what their company received (the handler checks the record is
    // the acting company's; a training: the caller's own sign-up).
    fileComplaint: [STAFF_OF_COMPANY],
    // One's own: the handler reads only caller.userId's complaints, and those passed on to them.
    listMyComplaints: USER,
    listSharedWithMe: USER,
    // The queue: a chief the station's (the handler leaves out those about the chief: the
    // admin's), an admin all.
    listComplaints: [CHIEF, ADMIN],
    // One complaint: whoever stands to it — the complainant, the handler (answerComplaint's rule,
    // checked in cloudfunctions/complaint/access.ts), the person it was passed on to.
    getComplaint: USER,
    answerComplaint: [CHIEF, ADMIN],
    shareComplaint: [CHIEF, ADMIN],
    // Only the complainant accepts or escalates (their company's, and theirs: the handler checks).
    acceptAnswer: [STAFF_OF_COMPANY],
    escalateComplaint: [STAFF_OF_COMPANY],
    // The review of an escalation is the city's.
    reviewComplaint: [ADMIN],
    getComplaintSettings: 'public',
    setComplaintSettings: [ADMIN],
  },
  evaluation: {
    // The indicator table, the rounds, publication and the ranking are the city's admins'.
    listIndicatorSets: [ADMIN],
    listReviewers: [ADMIN],
    saveIndicatorSet: [ADMIN],
    createRound: [ADMIN],
    publishRound: [ADMIN],
    roundResults: [ADMIN],
    exportRound: [ADMIN],
    // The rounds one takes part in: a chief their station's, a reviewer theirs (the handler reads them).
    listRounds: [CHIEF, REVIEWER, ADMIN],
    // One station's evaluation: its chief, a reviewer assigned to it, an admin (views.ts says what each sees).
    getStationEvaluation: [CHIEF, REVIEWER, ADMIN],
    saveSubmission: [CHIEF],
    // 补正 and 一票否决: a reviewer of the station, or the admin.
    requestCorrection: [REVIEWER, ADMIN],
    recordVeto: [REVIEWER, ADMIN],
    // Scores and conflicts: the assigned reviewer only (an admin never scores).
    saveReview: [REVIEWER],
    declareConflict: [REVIEWER],
    // The report: the station once published (the handler checks), the admin at any time.
    stationReport: [CHIEF, ADMIN],
  },
  quality: {
    // 整改 is the station's: its chief opens one for one of the station's people (an admin any station's).
    createImprovement: [CHIEF, ADMIN],
    // An owner their own (assigned: ownerId), a chief the station's, an admin any, a district admin the district's.
    listImprovements: [...CONSULTANT_OWN, CHIEF, ADMIN, DISTRICT_ADMIN],
    completeImprovement: [...CONSULTANT_OWN, CHIEF],
    // 服务评价 and 服务评价档案: the chief their station's, an admin any, a district admin the district's.
    serviceReview: [CHIEF, ADMIN, DISTRICT_ADMIN],
    // Keeping it as the period's record is the station's own evaluation: its chief (or an admin).
    saveServiceReview: [CHIEF, ADMIN],
    stationArchive: [CHIEF, ADMIN, DISTRICT_ADMIN],
  },
  content: {
    // Published articles are for everyone, signed in or not (the handler hides drafts from readers).
    listArticles: 'public',
    getArticle: 'public',
    // A chief writes and publishes their station's; an admin the city's and any station's.
    listManagedArticles: [CHIEF, ADMIN],
    saveArticle: [CHIEF, ADMIN],
    publishArticle: [CHIEF, ADMIN],
    withdrawArticle: [CHIEF, ADMIN],
    home: 'public',
    search: 'public',
    // A chief pushes the station's articles and trainings to the station's companies; an admin
    // anything to any company (the companies read are scopeWhere's).
    previewPush: [CHIEF, ADMIN],
    sendPush: [CHIEF, ADMIN],
    listPushes: [CHIEF, ADMIN],
  },
  studio: {
    // The company applies for itself and corrects what was returned.
    prefillApplication: [STAFF_OF_COMPANY],
    submitApplication: [STAFF_OF_COMPANY],
    resubmitApplication: [STAFF_OF_COMPANY],
    // Each reads what is theirs: the company its own, a town branch its area's, the city all.
    listApplications: [STAFF_OF_COMPANY, ...STUDIO_CHAIN, ADMIN],
    getApplication: [STAFF_OF_COMPANY, ...STUDIO_CHAIN, ADMIN],
    applicationPdf: [STAFF_OF_COMPANY, ...STUDIO_CHAIN, ADMIN],
    // One row per level: only that level decides at its stage.
    decideAtBranch: [STUDIO_BRANCH],
    decideAtSection: [STUDIO_SECTION],
    decideAtBureau: [STUDIO_BUREAU],
    // The staff come from the company and the authorities: the applicant and every approver record them.
    saveStaff: [STAFF_OF_COMPANY, ...STUDIO_CHAIN],
    getStageLimits: [...STUDIO_CHAIN, ADMIN],
    setStageLimits: [ADMIN],
    // A studio's year: its station's chief, its company, the city's approvers and admins.
    studioSummary: [CHIEF, STAFF_OF_COMPANY, STUDIO_SECTION, STUDIO_BUREAU, ADMIN],
  },
} as const satisfies Record<string, Record<string, Access>>;

/** The access rule of `fn`.`action`, or null; both names come from the request: own entries only (core/own.ts). */
export function accessOf(fn: string, action: string): Access | null {
  const group = ownEntry(POLICY as Record<string, Record<string, Access>>, fn);
  return (group && ownEntry(group, action)) ?? null;
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
 * The rule of `fn`.`action` that admits this caller's acting membership (the one whose scope
 * applies), or null when none does or the action is public. Lists derive their store filter from
 * it (cloudfunctions/_shared/scope.ts).
 */
export function actingRule(fn: string, action: string, caller: Caller): Rule | null {
  const access = accessOf(fn, action);
  if (access === null || access === 'public') return null;
  return ruleFor(access, caller);
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
  /** A record of an area, not of a station (a studio application): a district scope admits its own district's. */
  district?: string;
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
    const district = ruleFor(access, caller)?.scope === 'district';
    throw new AppError('FORBIDDEN', district ? '您只能查看本区站点的记录' : '您只能处理本站点或本企业的记录');
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
        // A station role's assignments are at its station; a stationless one's anywhere.
        (caller.acting?.stationId === undefined || caller.acting.stationId === target.stationId)
      );
    case 'district':
      if (target.district !== undefined) return !!caller.acting?.district && caller.acting.district === target.district;
      return !!target.stationId && !!caller.districtStationIds?.includes(target.stationId);
  }
}

function forbiddenMessage(access: Rule[]): string {
  if (access.length > 0 && access.every((r) => r.role === 'system')) return '此操作仅由系统定时任务执行';
  const names = access.filter((r) => r.role !== 'user' && r.role !== 'system').map((r) => ROLE.labels[r.role as Role]);
  return names.length ? `此操作需要${names.join('或')}身份，请在"我的"页面切换身份` : '您没有权限进行此操作';
}
