/**
 * The authorisation matrix: every action in POLICY × every kind of caller, over the caller's
 * own records and over another station's / company's. Each row states who is let through
 * ("allowed": ok, or a business error such as NOT_FOUND/CONFLICT), who must sign in first,
 * and who is refused. A new action without a row fails the coverage test.
 */
import { CONTRACTS, type FunctionName } from '../../core/contract';
import { POLICY, type Access } from '../../core/policy';
import { FUNCTION_HANDLERS } from '../../cloudfunctions/registry';
import type { Store } from '../../core/ports';
import { shanghaiDate } from '../../core/rules/time';
import { VALID_INPUTS, type Target } from '../support/action-inputs';
import { seedRecord } from '../support/archive-seed';
import { seedBooking, stationConsultant } from '../support/consult-seed';
import { OTHER_STATION, OWN_STATION } from '../support/fixtures';
import { seedRequest } from '../support/request-seed';
import { seedFollowUp, seedVisit } from '../support/visit-seed';
import { ACTOR_KINDS, createWorld, OTHER_COMPANY, OWN_COMPANY, type ActorKind, type World } from '../support/world';

type Outcome = 'allowed' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'INVALID_INPUT' | 'INTERNAL';
type Expected = Record<ActorKind, Outcome>;

const everyone = (): Expected => Object.fromEntries(ACTOR_KINDS.map((k) => [k, 'allowed'])) as Expected;

const PUBLIC: Expected = everyone();
const SIGNED_IN: Expected = { ...everyone(), anonymous: 'UNAUTHENTICATED' };
/** Only these roles; anonymous must sign in, everybody else is refused. */
const only = (...roles: ActorKind[]): Expected =>
  Object.fromEntries(
    ACTOR_KINDS.map((k) => [k, k === 'anonymous' ? 'UNAUTHENTICATED' : roles.includes(k) ? 'allowed' : 'FORBIDDEN']),
  ) as Expected;

interface Row {
  fn: FunctionName;
  action: string;
  target: Target;
  expected: Expected;
}

const MATRIX: Row[] = [
  // directory: public reading
  { fn: 'directory', action: 'listStations', target: 'own', expected: PUBLIC },
  { fn: 'directory', action: 'getStation', target: 'own', expected: PUBLIC },
  { fn: 'directory', action: 'getStation', target: 'other', expected: PUBLIC },
  { fn: 'directory', action: 'listPlatforms', target: 'own', expected: PUBLIC },
  { fn: 'directory', action: 'listCourses', target: 'own', expected: PUBLIC },
  { fn: 'directory', action: 'listCatalogue', target: 'own', expected: PUBLIC },
  // directory: editing the network
  { fn: 'directory', action: 'createStation', target: 'own', expected: only('admin') },
  { fn: 'directory', action: 'updateStation', target: 'own', expected: only('chief', 'admin') },
  { fn: 'directory', action: 'updateStation', target: 'other', expected: only('admin') },
  { fn: 'directory', action: 'saveServiceItem', target: 'own', expected: only('chief', 'admin') },
  { fn: 'directory', action: 'saveServiceItem', target: 'other', expected: only('admin') },
  { fn: 'directory', action: 'setServiceItemStatus', target: 'own', expected: only('chief', 'admin') },
  { fn: 'directory', action: 'setServiceItemStatus', target: 'other', expected: only('admin') },
  // directory: the work calendar — the station's people read it, an admin keeps it
  {
    fn: 'directory',
    action: 'getWorkCalendar',
    target: 'own',
    expected: only('liaison', 'chief', 'expert', 'admin'),
  },
  // (one calendar for every station: there is no other station's to refuse)
  {
    fn: 'directory',
    action: 'getWorkCalendar',
    target: 'other',
    expected: only('liaison', 'chief', 'expert', 'admin'),
  },
  { fn: 'directory', action: 'setWorkCalendar', target: 'own', expected: only('admin') },
  // directory: 年度专项服务清单 — public to read; the chief keeps the station's, an admin any
  { fn: 'directory', action: 'getSpecialServices', target: 'own', expected: PUBLIC },
  { fn: 'directory', action: 'getSpecialServices', target: 'other', expected: PUBLIC },
  { fn: 'directory', action: 'saveSpecialServices', target: 'own', expected: only('chief', 'admin') },
  { fn: 'directory', action: 'saveSpecialServices', target: 'other', expected: only('admin') },
  { fn: 'directory', action: 'publishSpecialServices', target: 'own', expected: only('chief', 'admin') },
  { fn: 'directory', action: 'publishSpecialServices', target: 'other', expected: only('admin') },
  { fn: 'directory', action: 'logSpecialProgress', target: 'own', expected: only('chief', 'admin') },
  { fn: 'directory', action: 'logSpecialProgress', target: 'other', expected: only('admin') },
  // account: one's own account, any signed-in person
  { fn: 'account', action: 'me', target: 'own', expected: SIGNED_IN },
  { fn: 'account', action: 'switchActing', target: 'own', expected: SIGNED_IN },
  { fn: 'account', action: 'updateProfile', target: 'own', expected: SIGNED_IN },
  { fn: 'account', action: 'redeemInvitation', target: 'own', expected: SIGNED_IN },
  { fn: 'account', action: 'createCompany', target: 'own', expected: SIGNED_IN },
  { fn: 'account', action: 'joinCompany', target: 'own', expected: SIGNED_IN },
  // account: invitations, by the station's chief or an admin
  { fn: 'account', action: 'createInvitation', target: 'own', expected: only('chief', 'admin') },
  { fn: 'account', action: 'createInvitation', target: 'other', expected: only('admin') },
  { fn: 'account', action: 'listInvitations', target: 'own', expected: only('chief', 'admin') },
  { fn: 'account', action: 'listInvitations', target: 'other', expected: only('admin') },
  { fn: 'account', action: 'revokeInvitation', target: 'own', expected: only('chief', 'admin') },
  { fn: 'account', action: 'revokeInvitation', target: 'other', expected: only('admin') },
  // account: companies — their own staff, their station, admins
  { fn: 'account', action: 'getCompany', target: 'own', expected: only('company', 'liaison', 'chief', 'admin') },
  { fn: 'account', action: 'getCompany', target: 'other', expected: only('admin') },
  { fn: 'account', action: 'listCompanies', target: 'own', expected: only('liaison', 'chief', 'admin') },
  { fn: 'account', action: 'listCompanies', target: 'other', expected: only('admin') },
  { fn: 'account', action: 'reviewCompany', target: 'own', expected: only('liaison', 'chief', 'admin') },
  { fn: 'account', action: 'reviewCompany', target: 'other', expected: only('admin') },
  // account: one's own inbox, any signed-in person (the handler reads only the caller's notices)
  { fn: 'account', action: 'listNotices', target: 'own', expected: SIGNED_IN },
  { fn: 'account', action: 'markNoticesRead', target: 'own', expected: SIGNED_IN },
  // consult: public reading of who consults, the free slots and the rules
  { fn: 'consult', action: 'listConsultants', target: 'own', expected: PUBLIC },
  { fn: 'consult', action: 'listSlots', target: 'own', expected: PUBLIC },
  { fn: 'consult', action: 'listSlots', target: 'other', expected: PUBLIC },
  { fn: 'consult', action: 'getBookingRules', target: 'own', expected: PUBLIC },
  // consult: availability — station staff read; consultants write their own, the chief anyone's
  { fn: 'consult', action: 'getAvailability', target: 'own', expected: only('liaison', 'chief', 'expert', 'admin') },
  { fn: 'consult', action: 'getAvailability', target: 'other', expected: only('admin') },
  { fn: 'consult', action: 'listStationMembers', target: 'own', expected: only('chief', 'admin') },
  { fn: 'consult', action: 'listStationMembers', target: 'other', expected: only('admin') },
  { fn: 'consult', action: 'saveAvailability', target: 'own', expected: only('liaison', 'chief', 'expert', 'admin') },
  { fn: 'consult', action: 'saveAvailability', target: 'other', expected: only('admin') },
  { fn: 'consult', action: 'setBookingRules', target: 'own', expected: only('chief', 'admin') },
  { fn: 'consult', action: 'setBookingRules', target: 'other', expected: only('admin') },
  // consult: only company staff book (for their own company, at any station); listed before the
  // rows below seed bookings of the same company, so the open-bookings limit is not reached yet.
  { fn: 'consult', action: 'book', target: 'own', expected: only('company') },
  { fn: 'consult', action: 'book', target: 'other', expected: only('company') },
  // consult: a booking of the company, at the station, assigned to a consultant who is not the
  // caller: a liaison or expert is refused (they see only what is assigned to them)
  { fn: 'consult', action: 'getBooking', target: 'own', expected: only('company', 'chief', 'admin') },
  { fn: 'consult', action: 'getBooking', target: 'other', expected: only('admin') },
  { fn: 'consult', action: 'cancelBooking', target: 'own', expected: only('company', 'chief', 'admin') },
  { fn: 'consult', action: 'cancelBooking', target: 'other', expected: only('admin') },
  { fn: 'consult', action: 'rescheduleBooking', target: 'own', expected: only('company', 'chief', 'admin') },
  { fn: 'consult', action: 'rescheduleBooking', target: 'other', expected: only('admin') },
  // consult: the list is narrowed to the acting role's own records, so there is no "other" to ask for
  {
    fn: 'consult',
    action: 'listBookings',
    target: 'own',
    expected: only('company', 'liaison', 'chief', 'expert', 'admin'),
  },
  {
    fn: 'consult',
    action: 'listBookings',
    target: 'other',
    expected: only('company', 'liaison', 'chief', 'expert', 'admin'),
  },
  // consult: the bookings to Excel — the chief the station's, an admin all; narrowed to the acting
  // role's scope like the list, so there is no "other" to ask for
  { fn: 'consult', action: 'exportBookings', target: 'own', expected: only('chief', 'admin') },
  { fn: 'consult', action: 'exportBookings', target: 'other', expected: only('chief', 'admin') },
  // consult: 今日咨询 — a consultant's own day, a chief's station day; nobody else has one
  { fn: 'consult', action: 'listMyDay', target: 'own', expected: only('liaison', 'chief', 'expert') },
  { fn: 'consult', action: 'listMyDay', target: 'other', expected: only('liaison', 'chief', 'expert') },
  // consult: no-show, on a booking assigned to another consultant (a company can never mark one)
  { fn: 'consult', action: 'markNoShow', target: 'own', expected: only('chief', 'admin') },
  { fn: 'consult', action: 'markNoShow', target: 'other', expected: only('admin') },
  // archive: a record of a booking assigned to another consultant — only the station's chief
  // writes it; a company never writes a record, an admin does not consult
  { fn: 'archive', action: 'createRecord', target: 'own', expected: only('chief') },
  { fn: 'archive', action: 'createRecord', target: 'other', expected: only() },
  // archive: the list is narrowed to the acting role's own; asking for another company's archive
  // is refused to company staff (station staff just see none of their station's)
  {
    fn: 'archive',
    action: 'listRecords',
    target: 'own',
    expected: only('company', 'liaison', 'chief', 'expert', 'admin'),
  },
  { fn: 'archive', action: 'listRecords', target: 'other', expected: only('liaison', 'chief', 'expert', 'admin') },
  // archive: the archive to Excel — the chief the station's, an admin any station's
  { fn: 'archive', action: 'exportRecords', target: 'own', expected: only('chief', 'admin') },
  { fn: 'archive', action: 'exportRecords', target: 'other', expected: only('admin') },
  // archive: a record given by another consultant: its company, its station (not another expert), admin
  { fn: 'archive', action: 'getRecord', target: 'own', expected: only('company', 'liaison', 'chief', 'admin') },
  { fn: 'archive', action: 'getRecord', target: 'other', expected: only('admin') },
  { fn: 'archive', action: 'findCompanies', target: 'own', expected: only('liaison', 'chief', 'expert', 'admin') },
  { fn: 'archive', action: 'findCompanies', target: 'other', expected: only('admin') },
  // archive: ratings are the company's word — only its own staff give or change one; a
  // consultant, the chief or an admin never does, and another company cannot rate it
  { fn: 'archive', action: 'rateRecord', target: 'own', expected: only('company') },
  { fn: 'archive', action: 'rateRecord', target: 'other', expected: only() },
  // archive: reading a rating is reading its record (an expert: only of a consultation they gave)
  { fn: 'archive', action: 'getRating', target: 'own', expected: only('company', 'liaison', 'chief', 'admin') },
  { fn: 'archive', action: 'getRating', target: 'other', expected: only('admin') },
  // archive: the station's ratings and averages are the chief's (an admin: any station's)
  { fn: 'archive', action: 'listRatings', target: 'own', expected: only('chief', 'admin') },
  { fn: 'archive', action: 'listRatings', target: 'other', expected: only('admin') },
  { fn: 'archive', action: 'exportRatings', target: 'own', expected: only('chief', 'admin') },
  { fn: 'archive', action: 'exportRatings', target: 'other', expected: only('admin') },
  // archive: 我的评价 — the acting consultant's own at their station; nobody else has one
  { fn: 'archive', action: 'myRatingSummary', target: 'own', expected: only('liaison', 'chief', 'expert') },
  { fn: 'archive', action: 'myRatingSummary', target: 'other', expected: only('liaison', 'chief', 'expert') },
  // files: any signed-in person registers their own uploads (the handler admits only their folder)
  { fn: 'files', action: 'register', target: 'own', expected: SIGNED_IN },
  // visit: liaisons and chiefs log visits to their station's companies; nobody logs one for
  // another station's company (an admin does not visit)
  { fn: 'visit', action: 'logVisit', target: 'own', expected: only('liaison', 'chief') },
  { fn: 'visit', action: 'logVisit', target: 'other', expected: only() },
  // visit: the company its own (company view), the station its own, a district admin the
  // district's (OWN_STATION is in it, OTHER_STATION is not), an admin any
  {
    fn: 'visit',
    action: 'listVisits',
    target: 'own',
    expected: only('company', 'liaison', 'chief', 'admin', 'district_admin'),
  },
  { fn: 'visit', action: 'listVisits', target: 'other', expected: only('admin') },
  // visit: the visits to Excel — the chief the station's, the district's admin, an admin any (never company staff)
  { fn: 'visit', action: 'exportVisits', target: 'own', expected: only('chief', 'admin', 'district_admin') },
  { fn: 'visit', action: 'exportVisits', target: 'other', expected: only('admin') },
  {
    fn: 'visit',
    action: 'getVisit',
    target: 'own',
    expected: only('company', 'liaison', 'chief', 'admin', 'district_admin'),
  },
  { fn: 'visit', action: 'getVisit', target: 'other', expected: only('admin') },
  // visit: 我的回访 — one's own (a chief: the station's); nobody else has any
  { fn: 'visit', action: 'listFollowUps', target: 'own', expected: only('liaison', 'chief', 'expert') },
  { fn: 'visit', action: 'listFollowUps', target: 'other', expected: only('liaison', 'chief', 'expert') },
  // visit: the station's follow-ups to Excel — its chief; the input names no station to ask for
  { fn: 'visit', action: 'exportFollowUps', target: 'own', expected: only('chief') },
  { fn: 'visit', action: 'exportFollowUps', target: 'other', expected: only('chief') },
  // visit: a follow-up owed by another consultant — only the station's chief completes it
  { fn: 'visit', action: 'completeFollowUp', target: 'own', expected: only('chief') },
  { fn: 'visit', action: 'completeFollowUp', target: 'other', expected: only() },
  // request: company staff raise requests for their own company, at any station
  { fn: 'request', action: 'createRequest', target: 'own', expected: only('company') },
  { fn: 'request', action: 'createRequest', target: 'other', expected: only('company') },
  // request: the company its own, the station its queue, an expert what is assigned to them, an
  // admin all; asking for another company's is refused to company staff (station staff and
  // experts just see none of theirs)
  {
    fn: 'request',
    action: 'listRequests',
    target: 'own',
    expected: only('company', 'liaison', 'chief', 'expert', 'admin'),
  },
  { fn: 'request', action: 'listRequests', target: 'other', expected: only('liaison', 'chief', 'expert', 'admin') },
  // request: the queue to Excel — its liaisons and chief the station's, an admin any station's
  { fn: 'request', action: 'exportRequests', target: 'own', expected: only('liaison', 'chief', 'admin') },
  { fn: 'request', action: 'exportRequests', target: 'other', expected: only('admin') },
  // (a district admin reads the district's: an escalated answer is theirs to chase)
  {
    fn: 'request',
    action: 'getRequest',
    target: 'own',
    expected: only('company', 'liaison', 'chief', 'admin', 'district_admin'),
  },
  { fn: 'request', action: 'getRequest', target: 'other', expected: only('admin') },
  // request: any liaison of the station (or its chief) accepts from the queue
  { fn: 'request', action: 'acceptRequest', target: 'own', expected: only('liaison', 'chief') },
  { fn: 'request', action: 'acceptRequest', target: 'other', expected: only() },
  // request: accepted by another consultant — its handler or the chief works and closes it
  { fn: 'request', action: 'startRequest', target: 'own', expected: only('chief') },
  { fn: 'request', action: 'startRequest', target: 'other', expected: only() },
  { fn: 'request', action: 'closeRequest', target: 'own', expected: only('chief') },
  { fn: 'request', action: 'closeRequest', target: 'other', expected: only() },
  // request: not accepted yet — the company withdraws its own, of the station only the chief
  { fn: 'request', action: 'cancelRequest', target: 'own', expected: only('company', 'chief') },
  { fn: 'request', action: 'cancelRequest', target: 'other', expected: only() },
  // request: the station (liaison, chief) suggests assignees and assigns its own requests
  { fn: 'request', action: 'suggestAssignees', target: 'own', expected: only('liaison', 'chief') },
  { fn: 'request', action: 'suggestAssignees', target: 'other', expected: only() },
  { fn: 'request', action: 'assignRequest', target: 'own', expected: only('liaison', 'chief') },
  { fn: 'request', action: 'assignRequest', target: 'other', expected: only() },
  // request: assigned to another consultant — only they answer; they or the chief report
  { fn: 'request', action: 'respondAssignment', target: 'own', expected: only() },
  { fn: 'request', action: 'respondAssignment', target: 'other', expected: only() },
  { fn: 'request', action: 'reportRequest', target: 'own', expected: only('chief') },
  { fn: 'request', action: 'reportRequest', target: 'other', expected: only() },
  // request: ratings are the company's word; reading one is reading the request
  { fn: 'request', action: 'rateRequest', target: 'own', expected: only('company') },
  { fn: 'request', action: 'rateRequest', target: 'other', expected: only() },
  {
    fn: 'request',
    action: 'getRequestRating',
    target: 'own',
    expected: only('company', 'liaison', 'chief', 'admin', 'district_admin'),
  },
  { fn: 'request', action: 'getRequestRating', target: 'other', expected: only('admin') },
  // enterprise: a company page — its own staff, its station (experts too), admins
  {
    fn: 'enterprise',
    action: 'getProfile',
    target: 'own',
    expected: only('company', 'liaison', 'chief', 'expert', 'admin', 'district_admin'),
  },
  { fn: 'enterprise', action: 'getProfile', target: 'other', expected: only('admin') },
  {
    fn: 'enterprise',
    action: 'getHoldingsHistory',
    target: 'own',
    expected: only('company', 'liaison', 'chief', 'expert', 'admin', 'district_admin'),
  },
  { fn: 'enterprise', action: 'getHoldingsHistory', target: 'other', expected: only('admin') },
  {
    fn: 'enterprise',
    action: 'getTimeline',
    target: 'own',
    expected: only('company', 'liaison', 'chief', 'expert', 'admin', 'district_admin'),
  },
  { fn: 'enterprise', action: 'getTimeline', target: 'other', expected: only('admin') },
  // enterprise: the profile is kept by the company's staff and its station's liaison or chief
  { fn: 'enterprise', action: 'updateProfile', target: 'own', expected: only('company', 'liaison', 'chief', 'admin') },
  { fn: 'enterprise', action: 'updateProfile', target: 'other', expected: only('admin') },
  // enterprise: the station's ledger — entries by its liaison or chief, the list for its staff
  { fn: 'enterprise', action: 'createLedgerEntry', target: 'own', expected: only('liaison', 'chief') },
  { fn: 'enterprise', action: 'createLedgerEntry', target: 'other', expected: only() },
  {
    fn: 'enterprise',
    action: 'listLedger',
    target: 'own',
    expected: only('liaison', 'chief', 'expert', 'admin', 'district_admin'),
  },
  { fn: 'enterprise', action: 'listLedger', target: 'other', expected: only('admin') },
  // enterprise: the ledger to Excel — the chief the station's, an admin any station's
  { fn: 'enterprise', action: 'exportLedger', target: 'own', expected: only('chief', 'admin', 'district_admin') },
  { fn: 'enterprise', action: 'exportLedger', target: 'other', expected: only('admin') },
  // training: published sessions are public; the session's station chief (and an admin) runs it
  { fn: 'training', action: 'listSessions', target: 'own', expected: PUBLIC },
  { fn: 'training', action: 'getSession', target: 'own', expected: PUBLIC },
  { fn: 'training', action: 'getSession', target: 'other', expected: PUBLIC },
  { fn: 'training', action: 'createSession', target: 'own', expected: only('chief', 'admin') },
  { fn: 'training', action: 'createSession', target: 'other', expected: only('admin') },
  { fn: 'training', action: 'updateSession', target: 'own', expected: only('chief', 'admin') },
  { fn: 'training', action: 'updateSession', target: 'other', expected: only('admin') },
  { fn: 'training', action: 'cancelSession', target: 'own', expected: only('chief', 'admin') },
  { fn: 'training', action: 'cancelSession', target: 'other', expected: only('admin') },
  // (a district admin reads the district's stations' sessions, never runs one)
  {
    fn: 'training',
    action: 'listStationSessions',
    target: 'own',
    expected: only('chief', 'admin', 'district_admin'),
  },
  { fn: 'training', action: 'listStationSessions', target: 'other', expected: only('admin') },
  { fn: 'training', action: 'exportSessions', target: 'own', expected: only('chief', 'admin', 'district_admin') },
  { fn: 'training', action: 'exportSessions', target: 'other', expected: only('admin') },
  { fn: 'training', action: 'listSignups', target: 'own', expected: only('chief', 'admin') },
  { fn: 'training', action: 'listSignups', target: 'other', expected: only('admin') },
  { fn: 'training', action: 'addSignup', target: 'own', expected: only('chief', 'admin') },
  { fn: 'training', action: 'addSignup', target: 'other', expected: only('admin') },
  { fn: 'training', action: 'exportSignups', target: 'own', expected: only('chief', 'admin') },
  { fn: 'training', action: 'exportSignups', target: 'other', expected: only('admin') },
  { fn: 'training', action: 'talentPool', target: 'own', expected: only('chief', 'admin') },
  { fn: 'training', action: 'talentPool', target: 'other', expected: only('admin') },
  { fn: 'training', action: 'exportTalentPool', target: 'own', expected: only('chief', 'admin') },
  { fn: 'training', action: 'exportTalentPool', target: 'other', expected: only('admin') },
  // training: anyone signed in signs up for an open session and cancels their own sign-up
  { fn: 'training', action: 'signUp', target: 'own', expected: SIGNED_IN },
  { fn: 'training', action: 'cancelSignup', target: 'own', expected: SIGNED_IN },
  { fn: 'training', action: 'myTrainings', target: 'own', expected: SIGNED_IN },
  // referral: a clue from a record of the station given by another consultant — its liaisons and
  // chief refer it (an expert only from a record they gave; an admin does not refer)
  { fn: 'referral', action: 'createReferral', target: 'own', expected: only('liaison', 'chief') },
  { fn: 'referral', action: 'createReferral', target: 'other', expected: only() },
  // referral: a station's box (sent and received), an expert's own, an admin's all; asking for
  // another station's box is refused to station staff
  { fn: 'referral', action: 'listReferrals', target: 'own', expected: only('liaison', 'chief', 'expert', 'admin') },
  { fn: 'referral', action: 'listReferrals', target: 'other', expected: only('admin') },
  // referral: the station's box to Excel — its liaisons and chief, an admin any station's
  { fn: 'referral', action: 'exportReferrals', target: 'own', expected: only('liaison', 'chief', 'admin') },
  { fn: 'referral', action: 'exportReferrals', target: 'other', expected: only('admin') },
  { fn: 'referral', action: 'getReferral', target: 'own', expected: only('liaison', 'chief', 'admin') },
  { fn: 'referral', action: 'getReferral', target: 'other', expected: only('admin') },
  // referral: only the receiving station (or an admin) moves it; the referring station follows it
  { fn: 'referral', action: 'advanceReferral', target: 'own', expected: only('liaison', 'chief', 'admin') },
  { fn: 'referral', action: 'advanceReferral', target: 'other', expected: only('admin') },
  // checkin: the chief of the session's station (and an admin) runs the check-in
  { fn: 'checkin', action: 'getCode', target: 'own', expected: only('chief', 'admin') },
  { fn: 'checkin', action: 'getCode', target: 'other', expected: only('admin') },
  { fn: 'checkin', action: 'manualCheckIn', target: 'own', expected: only('chief', 'admin') },
  { fn: 'checkin', action: 'manualCheckIn', target: 'other', expected: only('admin') },
  { fn: 'checkin', action: 'getLiveCount', target: 'own', expected: only('chief', 'admin') },
  { fn: 'checkin', action: 'getLiveCount', target: 'other', expected: only('admin') },
  { fn: 'checkin', action: 'listAttendees', target: 'own', expected: only('chief', 'admin') },
  { fn: 'checkin', action: 'listAttendees', target: 'other', expected: only('admin') },
  // checkin: anyone signed in scans a valid code (a walk-in session: every caller gets in)
  { fn: 'checkin', action: 'checkIn', target: 'own', expected: SIGNED_IN },
  // setup: the policy admits any signed-in caller, the handler only ids configured in
  // BOOTSTRAP_ADMIN_USER_IDS (none here), so everybody is refused.
  { fn: 'setup', action: 'bootstrap', target: 'own', expected: only() },
  // jobs: the platform's timer only (the 'system' pseudo-role); every person is refused, even an
  // admin (tests/functions/reminders.test.ts runs it as the system caller).
  { fn: 'jobs', action: 'sendReminders', target: 'own', expected: only() },
  { fn: 'jobs', action: 'sendSurveyInvites', target: 'own', expected: only() },
  { fn: 'jobs', action: 'sweepOverdueRequests', target: 'own', expected: only() },
  { fn: 'jobs', action: 'rollUpStats', target: 'own', expected: only() },
  { fn: 'jobs', action: 'sweepOverdueComplaints', target: 'own', expected: only() },
  { fn: 'jobs', action: 'sweepEvaluationCorrections', target: 'own', expected: only() },
  { fn: 'jobs', action: 'resumePushes', target: 'own', expected: only() },
  { fn: 'jobs', action: 'sweepStudioStages', target: 'own', expected: only() },
  // studio: the company applies for itself; each level decides at its own stage (a town branch
  // in its own area only); the city's levels and admins read all
  { fn: 'studio', action: 'prefillApplication', target: 'own', expected: only('company') },
  { fn: 'studio', action: 'prefillApplication', target: 'other', expected: only() },
  { fn: 'studio', action: 'submitApplication', target: 'own', expected: only('company') },
  { fn: 'studio', action: 'submitApplication', target: 'other', expected: only() },
  { fn: 'studio', action: 'resubmitApplication', target: 'own', expected: only('company') },
  { fn: 'studio', action: 'resubmitApplication', target: 'other', expected: only() },
  {
    fn: 'studio',
    action: 'listApplications',
    target: 'own',
    expected: only('company', 'studio_branch', 'studio_section', 'studio_bureau', 'admin'),
  },
  // A list names no company or area: each caller gets their own scope's rows.
  {
    fn: 'studio',
    action: 'listApplications',
    target: 'other',
    expected: only('company', 'studio_branch', 'studio_section', 'studio_bureau', 'admin'),
  },
  {
    fn: 'studio',
    action: 'getApplication',
    target: 'own',
    expected: only('company', 'studio_branch', 'studio_section', 'studio_bureau', 'admin'),
  },
  {
    fn: 'studio',
    action: 'getApplication',
    target: 'other',
    expected: only('studio_section', 'studio_bureau', 'admin'),
  },
  {
    fn: 'studio',
    action: 'applicationPdf',
    target: 'own',
    expected: only('company', 'studio_branch', 'studio_section', 'studio_bureau', 'admin'),
  },
  {
    fn: 'studio',
    action: 'applicationPdf',
    target: 'other',
    expected: only('studio_section', 'studio_bureau', 'admin'),
  },
  { fn: 'studio', action: 'decideAtBranch', target: 'own', expected: only('studio_branch') },
  { fn: 'studio', action: 'decideAtBranch', target: 'other', expected: only() },
  { fn: 'studio', action: 'decideAtSection', target: 'own', expected: only('studio_section') },
  { fn: 'studio', action: 'decideAtBureau', target: 'own', expected: only('studio_bureau') },
  {
    fn: 'studio',
    action: 'saveStaff',
    target: 'own',
    expected: only('company', 'studio_branch', 'studio_section', 'studio_bureau'),
  },
  { fn: 'studio', action: 'saveStaff', target: 'other', expected: only('studio_section', 'studio_bureau') },
  {
    fn: 'studio',
    action: 'getStageLimits',
    target: 'own',
    expected: only('studio_branch', 'studio_section', 'studio_bureau', 'admin'),
  },
  {
    fn: 'studio',
    action: 'getStageLimits',
    target: 'other',
    expected: only('studio_branch', 'studio_section', 'studio_bureau', 'admin'),
  },
  { fn: 'studio', action: 'setStageLimits', target: 'own', expected: only('admin') },
  {
    fn: 'studio',
    action: 'studioSummary',
    target: 'own',
    expected: only('company', 'studio_section', 'studio_bureau', 'admin'),
  },
  {
    fn: 'studio',
    action: 'studioSummary',
    target: 'other',
    expected: only('studio_section', 'studio_bureau', 'admin'),
  },
  // content: published articles are everyone's; a chief keeps the station's, an admin the city's and any
  { fn: 'content', action: 'listArticles', target: 'own', expected: PUBLIC },
  { fn: 'content', action: 'getArticle', target: 'own', expected: PUBLIC },
  { fn: 'content', action: 'getArticle', target: 'other', expected: PUBLIC },
  { fn: 'content', action: 'listManagedArticles', target: 'own', expected: only('chief', 'admin') },
  // (the input names no station: each lists their own scope's)
  { fn: 'content', action: 'listManagedArticles', target: 'other', expected: only('chief', 'admin') },
  { fn: 'content', action: 'saveArticle', target: 'own', expected: only('chief', 'admin') },
  { fn: 'content', action: 'saveArticle', target: 'other', expected: only('admin') },
  { fn: 'content', action: 'publishArticle', target: 'own', expected: only('chief', 'admin') },
  { fn: 'content', action: 'publishArticle', target: 'other', expected: only('admin') },
  { fn: 'content', action: 'withdrawArticle', target: 'own', expected: only('chief', 'admin') },
  { fn: 'content', action: 'withdrawArticle', target: 'other', expected: only('admin') },
  { fn: 'content', action: 'home', target: 'own', expected: PUBLIC },
  { fn: 'content', action: 'search', target: 'own', expected: PUBLIC },
  // pushing: the target's keepers (a chief the station's article, an admin any)
  { fn: 'content', action: 'previewPush', target: 'own', expected: only('chief', 'admin') },
  { fn: 'content', action: 'previewPush', target: 'other', expected: only('admin') },
  { fn: 'content', action: 'sendPush', target: 'own', expected: only('chief', 'admin') },
  { fn: 'content', action: 'sendPush', target: 'other', expected: only('admin') },
  { fn: 'content', action: 'listPushes', target: 'own', expected: only('chief', 'admin') },
  { fn: 'content', action: 'listPushes', target: 'other', expected: only('admin') },
  // quality: 整改 — the chief opens one for the station's people (an admin any station's)
  { fn: 'quality', action: 'createImprovement', target: 'own', expected: only('chief', 'admin') },
  { fn: 'quality', action: 'createImprovement', target: 'other', expected: only('admin') },
  // (an owner lists their own: the seeded ones are none of the caller's, the list answers empty)
  {
    fn: 'quality',
    action: 'listImprovements',
    target: 'own',
    expected: only('liaison', 'expert', 'chief', 'admin', 'district_admin'),
  },
  { fn: 'quality', action: 'listImprovements', target: 'other', expected: only('admin') },
  // owned by another: the station's chief completes it, nobody else but its owner
  { fn: 'quality', action: 'completeImprovement', target: 'own', expected: only('chief') },
  { fn: 'quality', action: 'completeImprovement', target: 'other', expected: only() },
  // 服务评价 and 服务评价档案: the chief the station's, an admin any, the district's admin the district's
  { fn: 'quality', action: 'serviceReview', target: 'own', expected: only('chief', 'admin', 'district_admin') },
  { fn: 'quality', action: 'serviceReview', target: 'other', expected: only('admin') },
  // (keeping it as the period's record is the station's own: its chief, or an admin)
  { fn: 'quality', action: 'saveServiceReview', target: 'own', expected: only('chief', 'admin') },
  { fn: 'quality', action: 'saveServiceReview', target: 'other', expected: only('admin') },
  { fn: 'quality', action: 'stationArchive', target: 'own', expected: only('chief', 'admin', 'district_admin') },
  { fn: 'quality', action: 'stationArchive', target: 'other', expected: only('admin') },
  // evaluation: the table, the rounds, publication, the ranking and its Excel are the admin's
  { fn: 'evaluation', action: 'listIndicatorSets', target: 'own', expected: only('admin') },
  { fn: 'evaluation', action: 'listReviewers', target: 'own', expected: only('admin') },
  { fn: 'evaluation', action: 'saveIndicatorSet', target: 'own', expected: only('admin') },
  { fn: 'evaluation', action: 'createRound', target: 'own', expected: only('admin') },
  { fn: 'evaluation', action: 'publishRound', target: 'own', expected: only('admin') },
  { fn: 'evaluation', action: 'roundResults', target: 'own', expected: only('admin') },
  { fn: 'evaluation', action: 'exportRound', target: 'own', expected: only('admin') },
  // evaluation: the rounds one takes part in (a chief, a reviewer: their own; the input names none)
  { fn: 'evaluation', action: 'listRounds', target: 'own', expected: only('chief', 'reviewer', 'admin') },
  { fn: 'evaluation', action: 'listRounds', target: 'other', expected: only('chief', 'reviewer', 'admin') },
  // evaluation: a station's evaluation — its chief, the reviewer assigned to it (the caller is
  // assigned the own station only), the admin; never another station's chief or reviewer
  { fn: 'evaluation', action: 'getStationEvaluation', target: 'own', expected: only('chief', 'reviewer', 'admin') },
  { fn: 'evaluation', action: 'getStationEvaluation', target: 'other', expected: only('admin') },
  // (the self-evaluation is always the chief's own station's: the input names none)
  { fn: 'evaluation', action: 'saveSubmission', target: 'own', expected: only('chief') },
  { fn: 'evaluation', action: 'saveSubmission', target: 'other', expected: only('chief') },
  { fn: 'evaluation', action: 'requestCorrection', target: 'own', expected: only('reviewer', 'admin') },
  { fn: 'evaluation', action: 'requestCorrection', target: 'other', expected: only('admin') },
  { fn: 'evaluation', action: 'recordVeto', target: 'own', expected: only('reviewer', 'admin') },
  { fn: 'evaluation', action: 'recordVeto', target: 'other', expected: only('admin') },
  { fn: 'evaluation', action: 'saveReview', target: 'own', expected: only('reviewer') },
  { fn: 'evaluation', action: 'saveReview', target: 'other', expected: only() },
  { fn: 'evaluation', action: 'declareConflict', target: 'own', expected: only('reviewer') },
  { fn: 'evaluation', action: 'declareConflict', target: 'other', expected: only() },
  // evaluation: the report — the station once published, the admin any station's
  { fn: 'evaluation', action: 'stationReport', target: 'own', expected: only('chief', 'admin') },
  { fn: 'evaluation', action: 'stationReport', target: 'other', expected: only('admin') },
  // complaint: company staff complain about what their own company received, never another's
  { fn: 'complaint', action: 'fileComplaint', target: 'own', expected: only('company') },
  { fn: 'complaint', action: 'fileComplaint', target: 'other', expected: only() },
  // complaint: one's own complaints, and those passed on to one: anyone signed in (their own only)
  { fn: 'complaint', action: 'listMyComplaints', target: 'own', expected: SIGNED_IN },
  { fn: 'complaint', action: 'listSharedWithMe', target: 'own', expected: SIGNED_IN },
  // complaint: the queue — the chief the station's, an admin any station's
  { fn: 'complaint', action: 'listComplaints', target: 'own', expected: only('chief', 'admin') },
  { fn: 'complaint', action: 'listComplaints', target: 'other', expected: only('admin') },
  // complaint: filed by someone else — its handler (the station's chief) and admins read, answer
  // and pass it on; the company's other staff and the station's other people do not
  { fn: 'complaint', action: 'getComplaint', target: 'own', expected: only('chief', 'admin') },
  { fn: 'complaint', action: 'getComplaint', target: 'other', expected: only('admin') },
  { fn: 'complaint', action: 'answerComplaint', target: 'own', expected: only('chief', 'admin') },
  { fn: 'complaint', action: 'answerComplaint', target: 'other', expected: only('admin') },
  { fn: 'complaint', action: 'shareComplaint', target: 'own', expected: only('chief', 'admin') },
  { fn: 'complaint', action: 'shareComplaint', target: 'other', expected: only('admin') },
  // complaint: only the complainant, for their own company, accepts or escalates the answer
  { fn: 'complaint', action: 'acceptAnswer', target: 'own', expected: only('company') },
  { fn: 'complaint', action: 'acceptAnswer', target: 'other', expected: only() },
  { fn: 'complaint', action: 'escalateComplaint', target: 'own', expected: only('company') },
  { fn: 'complaint', action: 'escalateComplaint', target: 'other', expected: only() },
  // complaint: the review of an escalation, and the answer limit, are the admin's
  { fn: 'complaint', action: 'reviewComplaint', target: 'own', expected: only('admin') },
  { fn: 'complaint', action: 'reviewComplaint', target: 'other', expected: only('admin') },
  { fn: 'complaint', action: 'getComplaintSettings', target: 'own', expected: PUBLIC },
  { fn: 'complaint', action: 'setComplaintSettings', target: 'own', expected: only('admin') },
  // stats: a chief the station's figures, an admin any station's; a liaison or expert their own
  // (the station named is ignored for them: their own work is all they get); the city view: admins
  {
    fn: 'stats',
    action: 'stationStats',
    target: 'own',
    expected: only('liaison', 'chief', 'expert', 'admin', 'district_admin'),
  },
  {
    fn: 'stats',
    action: 'stationStats',
    target: 'other',
    expected: only('liaison', 'expert', 'admin'),
  },
  // (a district admin's city view is the district's stations: tests/functions/district-admin.test.ts)
  { fn: 'stats', action: 'cityStats', target: 'own', expected: only('admin', 'district_admin') },
  // (the input names no station: each sees the stations of their own scope)
  { fn: 'stats', action: 'cityStats', target: 'other', expected: only('admin', 'district_admin') },
  // 企业关注: the chief their station's, an admin any station's; a visit planned by the station's staff
  { fn: 'stats', action: 'insights', target: 'own', expected: only('chief', 'admin', 'district_admin') },
  { fn: 'stats', action: 'insights', target: 'other', expected: only('admin') },
  { fn: 'stats', action: 'planVisit', target: 'own', expected: only('liaison', 'chief') },
  { fn: 'stats', action: 'planVisit', target: 'other', expected: only() },
  // 月报: the chief their station's, an admin any station's
  { fn: 'stats', action: 'exportMonthly', target: 'own', expected: only('chief', 'admin', 'district_admin') },
  { fn: 'stats', action: 'exportMonthly', target: 'other', expected: only('admin') },
  // 工作台: anyone acting in a role counts their own to-dos (none for a person without one)
  {
    fn: 'stats',
    action: 'workbench',
    target: 'own',
    expected: only(
      'company',
      'liaison',
      'chief',
      'expert',
      'admin',
      'district_admin',
      'reviewer',
      'studio_branch',
      'studio_section',
      'studio_bureau',
    ),
  },
  // (nobody can ask for another's: the input names no station or company; the counts are the caller's)
  {
    fn: 'stats',
    action: 'workbench',
    target: 'other',
    expected: only(
      'company',
      'liaison',
      'chief',
      'expert',
      'admin',
      'district_admin',
      'reviewer',
      'studio_branch',
      'studio_section',
      'studio_bureau',
    ),
  },
  // expert: one's own roster entry — an expert's (a fresh actor has none: getMyProfile answers null,
  // leaveRoster NOT_FOUND)
  { fn: 'expert', action: 'getMyProfile', target: 'own', expected: only('expert') },
  { fn: 'expert', action: 'saveMyProfile', target: 'own', expected: only('expert') },
  { fn: 'expert', action: 'setUnavailable', target: 'own', expected: only('expert') },
  { fn: 'expert', action: 'leaveRoster', target: 'own', expected: only('expert') },
  // expert: the roster — the chief the experts of their station, an admin all
  { fn: 'expert', action: 'listExperts', target: 'own', expected: only('chief', 'admin') },
  { fn: 'expert', action: 'listExperts', target: 'other', expected: only('admin') },
  { fn: 'expert', action: 'exportExperts', target: 'own', expected: only('chief', 'admin') },
  { fn: 'expert', action: 'exportExperts', target: 'other', expected: only('admin') },
  { fn: 'expert', action: 'getExpert', target: 'own', expected: only('chief', 'admin') },
  { fn: 'expert', action: 'getExpert', target: 'other', expected: only('admin') },
  // expert: 备案, 退回, 除名 are the admin's, whatever the station
  { fn: 'expert', action: 'fileExpert', target: 'own', expected: only('admin') },
  { fn: 'expert', action: 'returnExpert', target: 'own', expected: only('admin') },
  { fn: 'expert', action: 'removeExpert', target: 'own', expected: only('admin') },
  // survey: a questionnaire is read by anyone signed in; the station's own are the chief's (admin: any)
  { fn: 'survey', action: 'getQuestionnaire', target: 'own', expected: SIGNED_IN },
  { fn: 'survey', action: 'listQuestionnaires', target: 'own', expected: only('chief', 'admin') },
  { fn: 'survey', action: 'listQuestionnaires', target: 'other', expected: only('admin') },
  { fn: 'survey', action: 'createQuestionnaire', target: 'own', expected: only('chief', 'admin') },
  { fn: 'survey', action: 'createQuestionnaire', target: 'other', expected: only('admin') },
  // survey: one's own response to a session one checked in at, whatever one's role or station
  { fn: 'survey', action: 'submitResponse', target: 'own', expected: SIGNED_IN },
  { fn: 'survey', action: 'submitResponse', target: 'other', expected: SIGNED_IN },
  { fn: 'survey', action: 'getMyResponse', target: 'own', expected: SIGNED_IN },
  // survey: everyone's answers are the chief's of the session's station (admin: any), never a respondent's
  { fn: 'survey', action: 'getResults', target: 'own', expected: only('chief', 'admin') },
  { fn: 'survey', action: 'getResults', target: 'other', expected: only('admin') },
  { fn: 'survey', action: 'wantedTopics', target: 'own', expected: only('chief', 'admin') },
  { fn: 'survey', action: 'wantedTopics', target: 'other', expected: only('admin') },
];

const keysOf = (groups: Record<string, Record<string, unknown>>) =>
  Object.entries(groups)
    .flatMap(([fn, actions]) => Object.keys(actions).map((a) => `${fn}.${a}`))
    .sort();

let world: World;
beforeAll(async () => {
  world = await createWorld();
});
afterAll(() => world.close());

async function outcomeFor(row: Row, kind: ActorKind): Promise<Outcome> {
  // A fresh caller per cell, so what one cell changes (acting role, profile) cannot leak.
  const actor = kind === 'anonymous' ? null : await world.actor(kind);
  const factory = (VALID_INPUTS[row.fn] as Record<string, (typeof VALID_INPUTS)['account']['me']>)[row.action]!;
  const input = await factory({ store: world.store, now: world.clock.now(), target: row.target, actor });
  const envelope = await world.run(row.fn, { action: row.action, ...input }, actor);
  if (envelope.ok) return 'allowed';
  const { code } = envelope.error;
  if (code === 'UNAUTHENTICATED' || code === 'FORBIDDEN' || code === 'INVALID_INPUT' || code === 'INTERNAL')
    return code;
  return 'allowed'; // NOT_FOUND, CONFLICT…: the caller got past the policy to the business rules
}

describe('authorisation matrix', () => {
  it('has a row for every action in POLICY, and POLICY, CONTRACTS and the handlers name the same actions', () => {
    const policy = keysOf(POLICY);
    expect([...new Set(MATRIX.map((r) => `${r.fn}.${r.action}`))].sort()).toEqual(policy);
    expect(keysOf(CONTRACTS)).toEqual(policy);
    expect(keysOf(FUNCTION_HANDLERS)).toEqual(policy);
  });

  it('tests a scoped action over another station or company whenever its rules are scoped', () => {
    const scoped = Object.entries(POLICY).flatMap(([fn, actions]) =>
      Object.entries(actions)
        .filter(([, access]: [string, Access]) => access !== 'public' && access.some((r) => r.scope !== 'any'))
        .map(([a]) => `${fn}.${a}`),
    );
    const withOther = MATRIX.filter((r) => r.target === 'other').map((r) => `${r.fn}.${r.action}`);
    expect(scoped.filter((k) => !withOther.includes(k))).toEqual([]);
  });

  it.each(
    MATRIX.map((r) => [`${r.fn}.${r.action}`, r.target === 'own' ? 'own records' : "another's records", r] as const),
  )('%s over %s', async (_name, _target, row) => {
    const actual = {} as Expected;
    for (const kind of ACTOR_KINDS) actual[kind] = await outcomeFor(row, kind);
    expect(actual).toEqual(row.expected);
  });
});

describe('what a refusal says', () => {
  it('tells a company user in Chinese which role the action needs and where to switch', async () => {
    const actor = await world.actor('company');
    const input = await VALID_INPUTS.directory.createStation({ store: world.store, now: 0, target: 'own', actor });
    const env = await world.run('directory', { action: 'createStation', ...input }, actor);
    expect(env).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    if (!env.ok) expect(env.error.message).toBe('此操作需要管理员身份，请在"我的"页面切换身份');
  });

  it("tells a chief of one station that another station's records are not theirs", async () => {
    const actor = await world.actor('chief');
    const input = await VALID_INPUTS.directory.updateStation({ store: world.store, now: 0, target: 'other', actor });
    const env = await world.run('directory', { action: 'updateStation', ...input }, actor);
    expect(env).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: '您只能处理本站点或本企业的记录' } });
  });
});

/**
 * List scopes: a list returns only the rows its caller could open one by one. Each list is run
 * by every role the policy admits, over five rows — one per tenant boundary — and must return
 * exactly the rows the role's scope covers: never another station's, another company's, or one
 * assigned to someone else.
 */
describe('list scopes', () => {
  type Scope = 'company' | 'station' | 'assigned' | 'district' | 'any';
  type RowKey = 'mine' | 'colleagues' | 'neighbours' | 'companyAway' | 'foreign';
  /** Where each seeded row is, and who it is assigned to ('actor': the caller; else the station's consultant). */
  const ROWS: Record<RowKey, { stationId: string; companyId: string; assignee: 'actor' | 'other' }> = {
    mine: { stationId: OWN_STATION, companyId: OWN_COMPANY, assignee: 'actor' },
    colleagues: { stationId: OWN_STATION, companyId: OWN_COMPANY, assignee: 'other' },
    neighbours: { stationId: OWN_STATION, companyId: 'co-neighbour', assignee: 'other' },
    companyAway: { stationId: OTHER_STATION, companyId: OWN_COMPANY, assignee: 'other' },
    foreign: { stationId: OTHER_STATION, companyId: OTHER_COMPANY, assignee: 'other' },
  };
  const covers = (scope: Scope, row: RowKey): boolean => {
    const r = ROWS[row];
    if (scope === 'any') return true;
    if (scope === 'company') return r.companyId === OWN_COMPANY;
    if (scope === 'station') return r.stationId === OWN_STATION;
    // OWN_STATION is the one station of these rows in the district admin's district.
    if (scope === 'district') return r.stationId === OWN_STATION;
    return r.stationId === OWN_STATION && r.assignee === 'actor';
  };

  interface SeedContext {
    store: Store;
    now: number;
    stationId: string;
    companyId: string;
    /** The user the row is assigned to. */
    assigneeId: string;
  }
  interface ListCase {
    fn: FunctionName;
    action: string;
    /** The scope each admitted role lists over (stated here, independently of POLICY). */
    scopes: Partial<Record<ActorKind, Scope>>;
    seed: (c: SeedContext) => Promise<string>;
    input: (now: number) => Record<string, unknown>;
    ids: (data: unknown) => string[];
  }
  const pageIds = (data: unknown) => (data as { items: Array<{ id: string }> }).items.map((i) => i.id);
  const assignBooking = async (c: SeedContext) => {
    const id = await seedBooking(c.store, c.now, c.stationId, c.companyId);
    // Today, at the caller's now, so 今日咨询 lists it too.
    await c.store.update(
      'bookings',
      { _id: id },
      { set: { consultantId: c.assigneeId, start: c.now, end: c.now + 1 } },
    );
    return id;
  };

  const CASES: ListCase[] = [
    {
      fn: 'consult',
      action: 'listBookings',
      scopes: { company: 'company', liaison: 'assigned', expert: 'assigned', chief: 'station', admin: 'any' },
      seed: assignBooking,
      input: () => ({ pageSize: 50 }),
      ids: pageIds,
    },
    {
      fn: 'consult',
      action: 'listMyDay',
      scopes: { liaison: 'assigned', expert: 'assigned', chief: 'station' },
      seed: assignBooking,
      input: (now) => ({ date: shanghaiDate(now) }),
      ids: (data) => (data as { bookings: Array<{ id: string }> }).bookings.map((b) => b.id),
    },
    {
      fn: 'archive',
      action: 'listRecords',
      scopes: { company: 'company', liaison: 'station', expert: 'assigned', chief: 'station', admin: 'any' },
      seed: (c) => seedRecord(c.store, c.now, c.stationId, c.companyId, { consultantId: c.assigneeId }),
      input: () => ({ pageSize: 50 }),
      ids: pageIds,
    },
    {
      fn: 'visit',
      action: 'listVisits',
      scopes: { company: 'company', liaison: 'station', chief: 'station', admin: 'any', district_admin: 'district' },
      seed: (c) => seedVisit(c.store, c.now, c.stationId, c.companyId, { createdBy: c.assigneeId }),
      input: () => ({ pageSize: 50 }),
      ids: pageIds,
    },
    {
      fn: 'visit',
      action: 'listFollowUps',
      scopes: { liaison: 'assigned', expert: 'assigned', chief: 'station' },
      seed: (c) => seedFollowUp(c.store, c.now, c.stationId, c.companyId, { ownerId: c.assigneeId }),
      input: () => ({ view: 'today', pageSize: 50 }),
      ids: pageIds,
    },
    {
      fn: 'request',
      action: 'listRequests',
      scopes: { company: 'company', liaison: 'station', expert: 'assigned', chief: 'station', admin: 'any' },
      seed: (c) =>
        seedRequest(c.store, c.now, c.stationId, c.companyId, {
          status: 'in_progress',
          handler: { id: c.assigneeId, name: '处理人' },
          overrides: { assigneeId: c.assigneeId, assigneeKind: 'expert', assigneeName: '处理人' },
        }),
      input: () => ({ pageSize: 50 }),
      ids: pageIds,
    },
  ];

  it('states a scope for exactly the roles the policy admits to each list', () => {
    for (const c of CASES) {
      const access = (POLICY as Record<string, Record<string, Access>>)[c.fn]![c.action]!;
      const roles = access === 'public' ? [] : access.map((r) => r.role);
      expect([`${c.fn}.${c.action}`, Object.keys(c.scopes).sort()]).toEqual([`${c.fn}.${c.action}`, roles.sort()]);
    }
  });

  const cells = CASES.flatMap((c) =>
    (Object.keys(c.scopes) as ActorKind[]).map((kind) => [`${c.fn}.${c.action}`, kind, c] as const),
  );

  it.each(cells)('%s as %s returns only the rows in its scope', async (_name, kind, c) => {
    // A world of its own: the lists see only the five rows seeded here.
    const own = await createWorld();
    try {
      const actor = await own.actor(kind as Exclude<ActorKind, 'anonymous'>);
      const now = own.clock.now();
      const seeded = {} as Record<RowKey, string>;
      for (const [key, row] of Object.entries(ROWS) as Array<[RowKey, (typeof ROWS)[RowKey]]>) {
        const assigneeId =
          row.assignee === 'actor' ? actor.userId : await stationConsultant(own.store, now, row.stationId);
        seeded[key] = await c.seed({
          store: own.store,
          now,
          stationId: row.stationId,
          companyId: row.companyId,
          assigneeId,
        });
      }
      const envelope = await own.run(c.fn, { action: c.action, ...c.input(now) }, actor);
      if (!envelope.ok) throw new Error(`${c.fn}.${c.action} as ${kind}: ${envelope.error.message}`);
      const listed = c.ids(envelope.data);
      const scope = c.scopes[kind]!;
      const expected = (Object.keys(ROWS) as RowKey[]).filter((k) => covers(scope, k));
      const returned = (Object.keys(ROWS) as RowKey[]).filter((k) => listed.includes(seeded[k]));
      expect(returned).toEqual(expected);
    } finally {
      await own.close();
    }
  });
});
