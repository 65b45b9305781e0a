/** Shapes of stored documents (what the Store holds; outputs are mapped from these). */
import type { VisitLocation } from '../contract/visit';
import type { Holdings } from '../rules/holdings';
import type { Answers, Question } from '../rules/survey';
import type { BookingRules, Channel, DateException, WeeklyRule } from '../rules/slots';
import type { GradeThresholds, IndicatorSection } from '../rules/evaluation';
import type { PushAudience } from '../contract/content';
import type { StudioForm, StudioStep } from '../contract/studio';
import type {
  StudioParty,
  StudioStage,
  StudioStatus,
  PushTarget,
  SearchKind,
  SpecialFrequency,
  SpecialListStatus,
  ArticleKind,
  ArticleStatus,
  AssigneeKind,
  EvalAuto,
  ImprovementSource,
  ImprovementStatus,
  EvalLapse,
  EvalReviewStatus,
  EvalRoundStatus,
  EvalSubmissionStatus,
  EvalVeto,
  ComplaintRoute,
  ComplaintStatus,
  ComplaintSubject,
  CompanyStatus,
  District,
  InvitableRole,
  InvitationStatus,
  ItemStatus,
  RatingTag,
  RecordChannel,
  Role,
  ServiceCategory,
  StationKind,
  StationLevel,
  StationStatus,
  FollowUpSource,
  FollowUpStatus,
  RequestSource,
  RequestUrgency,
  SignupSource,
  SignupStatus,
  TrainingAudience,
  TrainingStatus,
  VisitForm,
  BusinessScale,
  HonorLevel,
  Industry,
  KeyFlag,
  ListingStatus,
  ReferralSource,
  ReferralStatus,
} from '../enums';

export interface UserDoc {
  _id: string;
  displayName: string;
  openid?: string;
  username?: string;
  actingMembershipId?: string;
  createdAt: number;
  [key: string]: unknown;
}

export interface MembershipDoc {
  /** `<userId>:<role>:<stationId|companyId|all>` so one grant cannot exist twice. */
  _id: string;
  userId: string;
  role: Role;
  stationId?: string;
  companyId?: string;
  /** A district admin's district. */
  district?: District;
  status: 'active' | 'revoked';
  via: 'invitation' | 'company-create' | 'company-join' | 'seed' | 'bootstrap';
  createdAt: number;
  [key: string]: unknown;
}

export interface StationDoc {
  /** Booking rules for consultations; DEFAULT_BOOKING_RULES when absent. */
  bookingRules?: BookingRules;
  _id: string;
  name: string;
  kind: StationKind;
  level: StationLevel;
  district: District;
  address: string;
  phone: string;
  hours: string;
  keyIndustries: string[];
  operator?: string;
  intro?: string;
  status: StationStatus;
  order: number;
  createdAt: number;
  updatedAt: number;
  updatedBy?: string;
  [key: string]: unknown;
}

export interface ServiceItemDoc {
  _id: string;
  stationId: string;
  name: string;
  targetUsers: string;
  content: string;
  procedure: string;
  timeLimit: string;
  consultPhone: string;
  supervisionPhone: string;
  order: number;
  status: ItemStatus;
  createdAt: number;
  updatedAt: number;
  updatedBy?: string;
  [key: string]: unknown;
}

export interface CompanyDoc {
  _id: string;
  name: string;
  creditCode: string;
  district: District;
  stationId: string;
  contactName: string;
  contactMobile: string;
  status: CompanyStatus;
  joinCode: string;
  createdBy: string;
  createdAt: number;
  reviewedBy?: string;
  reviewedAt?: number;
  reviewNote?: string;
  /** The 001 appendix A profile (filled by the company's staff or the station's liaison). */
  profile?: CompanyProfile;
  /** IP holdings now; every change is kept in holdings_history. */
  holdings?: Holdings;
  /**
   * When the station last visited (走访); 0 = never. A number, never absent, so "not visited for
   * more than N days" (the 待走访 queue) is one range query `lastVisitAt < cutoff` on an index.
   */
  lastVisitAt: number;
  /** A liaison created this entry (no staff in the product yet); the company claims it with its join code. */
  ledgerOnly?: boolean;
  /** The last profile save (writer + client request id): its replay after a crash changes nothing. */
  profileRequestKey?: string;
  /** Who claimed a ledger-only entry with its join code, and when. */
  claimedBy?: string;
  claimedAt?: number;
  /** Top level (not in `profile`), so the ledger filters on it with an index. */
  industry?: Industry;
  /**
   * Key-enterprise lists the company is on, one boolean per flag (`keyFlags.zero_ip: true`):
   * the Store's query language has no array-membership test, and a boolean path is indexed.
   */
  keyFlags?: Partial<Record<KeyFlag, boolean>>;
  updatedAt?: number;
  updatedBy?: string;
  [key: string]: unknown;
}

export interface InvitationDoc {
  /** The code itself. */
  _id: string;
  stationId: string;
  role: InvitableRole;
  /** A district admin's code: the district it grants (the station's, when issued). */
  district?: District;
  status: Exclude<InvitationStatus, 'expired'>;
  expiresAt: number;
  createdBy: string;
  createdByName: string;
  createdAt: number;
  usedBy?: string;
  usedByName?: string;
  usedAt?: number;
  [key: string]: unknown;
}

export interface RequestLogDoc {
  /** `<userId>:<function>.<action>:<clientRequestId>` */
  _id: string;
  status: 'pending' | 'done';
  result?: unknown;
  createdAt: number;
  /** Until when the attempt that wrote `pending` holds the id (absent on entries written before leases). */
  leaseUntil?: number;
  /** How many times an abandoned attempt was taken over. */
  attempts?: number;
  [key: string]: unknown;
}

export interface AvailabilityDoc {
  /** `<stationId>:<consultantId>` */
  _id: string;
  stationId: string;
  consultantId: string;
  consultantName: string;
  rules: WeeklyRule[];
  exceptions: DateException[];
  updatedAt: number;
  updatedBy: string;
  [key: string]: unknown;
}

export interface BookingHistoryEntry {
  at: number;
  by: string;
  byName: string;
  event: 'booked' | 'rescheduled' | 'cancelled' | 'no_show' | 'done';
  note?: string;
}

export interface BookingDoc {
  _id: string;
  stationId: string;
  stationName: string;
  companyId: string;
  companyName: string;
  bookedBy: string;
  bookedByName: string;
  consultantId: string;
  consultantName: string;
  start: number;
  end: number;
  channel: Channel;
  location?: string;
  topic: ServiceCategory;
  question: string;
  /** The booker's uploads (at most 9); absent on bookings made before attachments existed. */
  attachments?: AttachmentRef[];
  status: 'booked' | 'cancelled' | 'no_show' | 'done';
  history: BookingHistoryEntry[];
  cancelReason?: string;
  createdAt: number;
  [key: string]: unknown;
}

/** The lock on one slot: its id is `<consultantId>:<start>`; removed when the booking leaves it. */
export interface SlotHoldDoc {
  _id: string;
  consultantId: string;
  start: number;
  bookingId: string;
  [key: string]: unknown;
}

/** Open bookings of one company at one station (`<companyId>:<stationId>`). */
export interface BookingQuotaDoc {
  _id: string;
  open: number;
  [key: string]: unknown;
}

/**
 * One archived consultation (咨询档案). `booking:<bookingId>` when it closes a booking (one record
 * per booking: the database refuses a second), `walkin:<hash>` for a walk-in, phone or online
 * consultation without one (the hash of the writer and their client request id).
 */
export interface ConsultationRecordDoc {
  _id: string;
  stationId: string;
  stationName: string;
  companyId: string;
  companyName: string;
  consultantId: string;
  consultantName: string;
  bookingId?: string;
  /** When the consultation took place (a booking's start, or as entered for a walk-in). */
  consultedAt: number;
  channel: RecordChannel;
  category: ServiceCategory;
  /** 问题摘要 */
  summary: string;
  /** 答复意见 */
  answer: string;
  durationMinutes: number;
  followUp: boolean;
  /** Shanghai date "YYYY-MM-DD" of the planned follow-up. */
  followUpDate?: string;
  /** The writer's uploads (at most 9), copied so reading the record needs no second query. */
  attachments: AttachmentRef[];
  /** A rights-protection clue to refer on to the assistance center (维权线索转介, 004 §7.3.4). */
  rightsClue: boolean;
  /** 内部备注: station staff only, never shown to the company. */
  internalNote?: string;
  createdBy: string;
  createdByName: string;
  createdAt: number;
  [key: string]: unknown;
}

/** One notice in one person's inbox. */
export interface NotificationDoc {
  _id: string;
  userId: string;
  kind: string;
  title: string;
  body: string;
  link?: string;
  read: boolean;
  createdAt: number;
  readAt?: number;
  [key: string]: unknown;
}

/**
 * The lock on one reminder: its id is `<bookingId>:<start>:<kind>`, inserted BEFORE the reminder
 * is sent, so two overlapping job runs cannot both send it (the second insert is a CONFLICT).
 * The slot start is part of the id: a rescheduled booking is reminded of its new time.
 */
export interface ReminderSentDoc {
  _id: string;
  bookingId: string;
  kind: string;
  start: number;
  sentAt: number;
  [key: string]: unknown;
}

/**
 * The fields every stored rating has, whatever it rates (a consultation, a service request):
 * what cloudfunctions/_shared/ratings.ts gives, changes and locks.
 */
export interface RatingCore {
  _id: string;
  stars: number;
  tags: RatingTag[];
  comment: string;
  /** stars ≤ 2: served by an index, so the chief can list what needs a follow-up. */
  low: boolean;
  /** The chief was told of a low rating (once per rating, whatever edits follow). */
  lowAlerted: boolean;
  ratedBy: string;
  ratedByName: string;
  /** When the rating was first given: the 24 h edit window starts here. */
  ratedAt: number;
  updatedAt: number;
  updatedBy: string;
  updatedByName: string;
  /** How many times it was changed after it was first given. */
  edits: number;
  [key: string]: unknown;
}

/**
 * A company's rating of one archived consultation (咨询评价). Its id is `rating:<recordId>`, so
 * the database refuses a second rating of a consultation. Editable by the company's staff for
 * 24 h after `ratedAt`, then locked; station staff never change it.
 */
export interface RatingDoc extends RatingCore {
  recordId: string;
  stationId: string;
  stationName: string;
  companyId: string;
  companyName: string;
  consultantId: string;
  consultantName: string;
  consultedAt: number;
  category: ServiceCategory;
}

/**
 * A consultant's ratings at one station (`<stationId>:<consultantId>`): the sum of the stars and
 * how many, moved atomically with each rating (an edit moves the sum by its difference), so
 * averages are read, never computed by scanning the ratings.
 */
export interface ConsultantStatsDoc {
  _id: string;
  stationId: string;
  consultantId: string;
  consultantName: string;
  sum: number;
  count: number;
  [key: string]: unknown;
}

/* ---------- Attachments (consultations, visits, requests) ---------- */

/**
 * A file someone uploaded (to cloud storage on CloudBase, the data dir on the host) and the
 * server checked (type by its bytes, size). Records reference it by id; only its uploader may
 * attach it. Id: `up_<hash of the file id>`, so registering the same file twice is one upload.
 */
export interface UploadDoc {
  _id: string;
  ownerId: string;
  fileId: string;
  name: string;
  contentType: string;
  size: number;
  purpose: string;
  createdAt: number;
  [key: string]: unknown;
}

/** What a record keeps of each attachment (a copy, so views need no second read). */
export interface AttachmentRef {
  id: string;
  fileId: string;
  name: string;
  contentType: string;
  size: number;
}

/* ---------- Company ledger and site visits (issue 4) ---------- */

/** Declared with its rules (core/rules/holdings.ts); re-exported for the documents' readers. */
export type { Holdings };

/** A person of the profile form: 负责人 (legal representative) or 联系人 (contact). */
export interface ProfilePerson {
  name: string;
  /** 职务职称 */
  title: string;
  mobile: string;
}

/**
 * The 001 appendix A profile, beyond what the company doc keeps at top level (name, credit
 * code, district, industry, contact name and mobile, holdings, key flags). Every field optional,
 * so a ledger entry can start with a name and a credit code. Years are calendar years.
 */
export interface CompanyProfile {
  registeredAddress?: string;
  listingStatus?: ListingStatus;
  /** 注册资本, 万元. */
  registeredCapital?: number;
  headcount?: number;
  businessScale?: BusinessScale;
  legalRep?: ProfilePerson;
  contact?: ProfilePerson;
  ipDepartment?: boolean;
  ipManagers?: number;
  /** 知识产权管理制度: in place since. */
  ipSystemSince?: number;
  /** 国家企业知识产权管理规范标准认证: year certified. */
  ipStandardYear?: number;
  /** 知识产权示范企业 */
  demonstration?: HonorLevel[];
  /** 知识产权优势企业 */
  advantage?: HonorLevel[];
  /** 国家高新技术企业: certified since. */
  highTechSince?: number;
  /** 国家、省专利奖 */
  patentAwards?: HonorLevel[];
}

/** One change of a company's holdings: who, when, from where, old and new figures. */
export interface HoldingsHistoryDoc {
  _id: string;
  companyId: string;
  stationId: string;
  at: number;
  by: string;
  byName: string;
  source: 'profile' | 'visit';
  visitId?: string;
  before: Holdings;
  after: Holdings;
  [key: string]: unknown;
}

/**
 * One site visit (走访). Id `visit:<hash of the writer and their client request id>`, so an
 * outbox replay of the same submission is refused by the database, not by reading first.
 */
export interface VisitDoc {
  _id: string;
  stationId: string;
  stationName: string;
  companyId: string;
  companyName: string;
  visitedAt: number;
  form: VisitForm;
  /** Who went (names), who was met (name and title). */
  visitors: string[];
  met: string;
  topics: ServiceCategory[];
  /** 走访发现: what was found (station only). */
  findings: string;
  /** What the company sees of the visit. */
  sharedSummary: string;
  /** 内部备注: never shown to the company. */
  internalNote?: string;
  photos: AttachmentRef[];
  location?: VisitLocation;
  nextFollowUpDate?: string;
  /** Holdings as updated on the spot (also written to the company and its history). */
  holdings?: Holdings;
  /** The service requests created from the needs found, in the same transaction. */
  requestIds: string[];
  createdBy: string;
  createdByName: string;
  createdAt: number;
  [key: string]: unknown;
}

export interface RequestHistoryEntry {
  at: number;
  by: string;
  byName: string;
  /**
   * created / accepted / started / closed / cancelled / assigned / referred / assignment_accepted /
   * assignment_declined / reported, and the SLA's overdue / escalated (written by the timer).
   */
  event: string;
  status: string;
  note?: string;
}

/**
 * A service request (服务需求): raised by a company or found on a visit. Status follows the state
 * machine in core/rules/request-flow.ts; nothing is deleted, `history` keeps who did what when.
 */
export interface ServiceRequestDoc {
  _id: string;
  stationId: string;
  stationName: string;
  companyId: string;
  companyName: string;
  category: ServiceCategory;
  description: string;
  attachments: AttachmentRef[];
  urgency: RequestUrgency;
  status: string;
  source: RequestSource;
  visitId?: string;
  /** The liaison working it (later also the assigned expert). */
  handlerId?: string;
  handlerName?: string;
  result?: string;
  history: RequestHistoryEntry[];
  createdBy: string;
  createdByName: string;
  createdAt: number;
  updatedAt: number;
  closedAt?: number;
  /** Queue order by urgency (URGENCY_RANK in core/rules/request-flow.ts): "most urgent first" is one index. */
  urgencyRank: number;
  /** Why it was withdrawn: the station's reason, or what the company said. */
  cancelReason?: string;
  /** 内部备注 written when closing: station staff only, never shown to the company. */
  internalNote?: string;
  /** Shanghai date "YYYY-MM-DD" of the follow-up planned when closing (follow_ups has the rest). */
  followUpDate?: string;
  /**
   * Who it is assigned to now (an expert or liaison: their user id; absent for an agency or when
   * not assigned). The policy's 'assigned' scope reads this first, then handlerId.
   */
  assigneeId?: string;
  assigneeName?: string;
  assigneeKind?: AssigneeKind;
  /** The outside professional agency a request was referred to. */
  agency?: { name: string; contact: string };
  /** The station's note to the assignee. */
  assignNote?: string;
  assignedAt?: number;
  /**
   * When the assignee's answer is due (core/rules/sla.ts): set while status is 'assigned' and
   * only then, so the overdue sweep reads the due ones by index (status, respondBy).
   */
  respondBy?: number;
  /** Set once by the sweep when the answer became overdue; escalatedAt a day later. */
  overdueAt?: number;
  escalatedAt?: number;
  /** The written service report that closed it (the company reads all but the internal note). */
  report?: RequestReport;
  [key: string]: unknown;
}

/**
 * One assignment of a request (a row per assign, kept when reassigned): the roster's workload and
 * on-time rate read these (index assigneeId). Id `<requestId>:<assignedAt>`.
 */
export interface AssignmentDoc {
  _id: string;
  requestId: string;
  stationId: string;
  /** An expert's or liaison's user id; absent for an agency. */
  assigneeId?: string;
  assigneeKind: AssigneeKind;
  assigneeName: string;
  assignedAt: number;
  assignedBy: string;
  respondBy?: number;
  /** accepted / declined by the assignee, reassigned by the station, or still open. */
  outcome: 'open' | 'accepted' | 'declined' | 'reassigned';
  respondedAt?: number;
  /** Answered by respondBy (set with the answer). */
  onTime?: boolean;
  /** The request was closed with this assignee's report. */
  reportedAt?: number;
  [key: string]: unknown;
}

/**
 * A volunteer expert's roster entry (专家库, 004 §8.1–8.5), id = the expert's user id. Filed (备案)
 * by an admin before requests can be assigned to them; exit and removal end their expert access.
 */
export interface ExpertProfileDoc {
  _id: string;
  name: string;
  organisation: string;
  title: string;
  specialities: ServiceCategory[];
  industries: Industry[];
  qualifications: Array<{ kind: 'patent_attorney' | 'lawyer' | 'other'; number: string; name?: string }>;
  yearsOfPractice: number;
  stationIds: string[];
  mobile: string;
  email?: string;
  /** The conduct commitment (§8.2, §8.4): confidentiality, no promotion of paid services. */
  commitmentAcceptedAt?: number;
  status: 'draft' | 'submitted' | 'filed' | 'returned' | 'exited' | 'removed';
  returnReason?: string;
  filedAt?: number;
  filedBy?: string;
  /** Unavailable from … until (Shanghai dates, inclusive). */
  unavailableFrom?: string;
  unavailableUntil?: string;
  /** 退出 / 除名: why and when. */
  leftReason?: string;
  leftAt?: number;
  leftBy?: string;
  createdAt: number;
  updatedAt: number;
  [key: string]: unknown;
}

/** The admin's work calendar (id 'default'): public holidays and 调休 working days, Shanghai dates. */
export interface WorkCalendarDoc {
  _id: string;
  holidays: string[];
  workdays: string[];
  updatedAt: number;
  updatedBy: string;
  [key: string]: unknown;
}

/** A service report (服务报告, 004 §8.4 d). */
export interface RequestReport {
  situation: string;
  advice: string;
  outcome: string;
  minutesSpent: number;
  attachments: AttachmentRef[];
  byId: string;
  byName: string;
  at: number;
  /** Station staff only. */
  internalNote?: string;
}

/**
 * A company's rating of one closed service request (服务评价). Its id is `rating:<requestId>` in
 * request_ratings, so the database refuses a second rating of a request. Same rules as the
 * ratings of consultations: editable by the company's staff for 24 h after `ratedAt`, then
 * locked; station staff never change it; 2 stars or fewer alerts the station's chiefs once.
 */
export interface RequestRatingDoc extends RatingCore {
  requestId: string;
  stationId: string;
  stationName: string;
  companyId: string;
  companyName: string;
  category: ServiceCategory;
  /** Who handled the request: whoever accepted it. */
  handlerId?: string;
  handlerName?: string;
  /** Whom it was assigned to when it closed (an expert, a liaison, an agency): a low rating names them. */
  assigneeId?: string;
  assigneeName?: string;
  assigneeKind?: AssigneeKind;
  closedAt: number;
}

/**
 * A follow-up due (回访): id `fu:<source>:<sourceId>`, one per visit, consultation or request.
 * Completing it records a short 回访记录.
 */
export interface FollowUpDoc {
  _id: string;
  stationId: string;
  companyId: string;
  companyName: string;
  /** The liaison (or consultant) who owes it. */
  ownerId: string;
  ownerName: string;
  /** Shanghai date "YYYY-MM-DD". */
  dueDate: string;
  source: FollowUpSource;
  sourceId: string;
  /** What to follow up (from the source). */
  subject: string;
  status: FollowUpStatus;
  record?: string;
  doneAt?: number;
  doneBy?: string;
  doneByName?: string;
  createdAt: number;
  [key: string]: unknown;
}

/* ---------- Trainings (issue 5) ---------- */

/** A training session (培训). Counters move atomically with each sign-up, cancellation and check-in. */
export interface TrainingSessionDoc {
  _id: string;
  stationId: string;
  stationName: string;
  /** A catalogue course (appendix B), or none for a custom title. */
  courseId?: string;
  title: string;
  description: string;
  lecturer: string;
  startAt: number;
  endAt: number;
  venue?: string;
  onlineUrl?: string;
  capacity: number;
  signupDeadline: number;
  allowWalkIns: boolean;
  audience: TrainingAudience;
  questionnaireId: string;
  status: TrainingStatus;
  /** Confirmed seats taken (self, manual and walk-ins): never above capacity. */
  confirmedCount: number;
  waitlistCount: number;
  checkedInCount: number;
  walkInCount: number;
  /** Arrival counter: each sign-up takes the next number (its place in the waitlist). */
  signupSeq: number;
  /**
   * Short lookup key in the check-in code (core/rules/checkin-token.ts): 8 random base64url
   * characters, set by the first checkin.getCode. The code's MAC binds the full session id.
   */
  checkinCode?: string;
  createdBy: string;
  createdAt: number;
  updatedAt: number;
  updatedBy?: string;
  cancelledAt?: number;
  /** Why the chief cancelled it (told to everyone signed up) and who did. */
  cancelReason?: string;
  cancelledBy?: string;
  [key: string]: unknown;
}

/**
 * One person's sign-up for one session: id `<sessionId>:<userId>` (one per person per session,
 * settled by the database); a person added by hand without an account `<sessionId>:m:<mobile>`.
 */
export interface SignupDoc {
  _id: string;
  sessionId: string;
  stationId: string;
  userId?: string;
  name: string;
  companyId?: string;
  companyName: string;
  title: string;
  mobile: string;
  status: SignupStatus;
  source: SignupSource;
  /** Place in arrival order (from the session's signupSeq). */
  seq: number;
  checkedInAt?: number;
  late?: boolean;
  createdAt: number;
  cancelledAt?: number;
  promotedAt?: number;
  /** Who did what when (signed up, waitlisted, promoted, cancelled, signed up again). */
  history?: SignupHistoryEntry[];
  /** The submission that wrote it (writer + client request id): a replay of it is answered, not refused. */
  requestKey?: string;
  [key: string]: unknown;
}

export interface SignupHistoryEntry {
  at: number;
  /** The person themself, the chief who added them, or the system (a promotion). */
  by: string;
  event: 'confirmed' | 'waitlisted' | 'promoted' | 'cancelled';
}

/** A reusable questionnaire (问卷): trainings now, consultations and requests later. */
export interface QuestionnaireDoc {
  _id: string;
  title: string;
  /** null: available to every station (the default one). */
  stationId: string | null;
  isDefault: boolean;
  questions: Question[];
  createdAt: number;
  [key: string]: unknown;
}

/**
 * One person's answers for one target: id `<targetKind>:<targetId>:<userId>`, so the database
 * refuses a second response. Editable for 24 h after `submittedAt`.
 */
export interface SurveyResponseDoc {
  _id: string;
  questionnaireId: string;
  targetKind: string;
  targetId: string;
  stationId: string;
  userId: string;
  answers: Answers;
  submittedAt: number;
  updatedAt: number;
  /** The submission that wrote the answers now (writer + client request id). */
  requestKey?: string;
  [key: string]: unknown;
}

/**
 * One check-in at a training: id `<sessionId>:<personKey>` (personKey = userId, or `m:<mobile>` for
 * someone checked in by hand without an account), so a second scan is refused by the database and
 * answered with the first time.
 */
export interface CheckinDoc {
  _id: string;
  sessionId: string;
  stationId: string;
  userId?: string;
  signupId?: string;
  name: string;
  companyName: string;
  at: number;
  late: boolean;
  walkIn: boolean;
  by: 'scan' | 'manual';
  byUserId: string;
  [key: string]: unknown;
}

/** Server-side secrets made on first use (e.g. the check-in token key); never sent to a client. */
export interface SecretDoc {
  _id: string;
  value: string;
  createdAt: number;
  [key: string]: unknown;
}

/** A one-off fix of stored data, applied once per database (cloudfunctions/_shared/reference-data.ts). */
export interface MigrationDoc {
  _id: string;
  appliedAt: number;
  [key: string]: unknown;
}

/* ---------- Clue referrals (issue 12, 004 §7.3.2.4) ---------- */

export interface ReferralHistoryEntry {
  at: number;
  by: string;
  byName: string;
  /** created / received / started / closed (core/rules/referral-flow.ts). */
  event: string;
  status: ReferralStatus;
  note?: string;
}

/**
 * A rights-protection clue referred on (线索移交): from a record, visit or request of the
 * referring station, to a station of the network (`toStationId`) or an outside agency. Id
 * `ref:<hash of the writer and their client request id>`. The company is kept for the referring
 * station; `companyConsent` decides whether anyone else is told its name. Nothing is deleted:
 * `history` keeps who did what when.
 */
export interface ClueReferralDoc {
  _id: string;
  fromStationId: string;
  fromStationName: string;
  sourceKind: ReferralSource;
  sourceId: string;
  companyId: string;
  companyName: string;
  companyConsent: boolean;
  summary: string;
  attachments: AttachmentRef[];
  targetKind: 'station' | 'agency';
  /** The receiving station (targetKind 'station'); absent for an agency. */
  toStationId?: string;
  /** The receiving station's or the agency's name. */
  targetName: string;
  /** The agency's contact. */
  targetContact?: string;
  status: ReferralStatus;
  result?: string;
  history: ReferralHistoryEntry[];
  createdBy: string;
  createdByName: string;
  createdAt: number;
  updatedAt: number;
  closedAt?: number;
  [key: string]: unknown;
}

/** One step of a complaint, as its history keeps it. */
export interface ComplaintHistoryEntry {
  at: number;
  by: string;
  byName: string;
  event: string;
  status: ComplaintStatus;
  note?: string;
}

/** A reply on a complaint: the handler's answer, or the admin's review. */
export interface ComplaintReply {
  text: string;
  by: string;
  byName: string;
  at: number;
}

/**
 * A complaint (投诉, 004 §9.2), id cmp:<hash of complainant and client request id>. `route` says
 * who answers: the station's chief, or the admin when it is about the chief.
 */
export interface ComplaintDoc {
  _id: string;
  stationId: string;
  stationName: string;
  subjectKind: ComplaintSubject;
  /** The record it is about (a booking, a consultation record, a request, a training session). */
  subjectRefId?: string;
  subjectLabel: string;
  personId?: string;
  personName?: string;
  route: ComplaintRoute;
  facts: string;
  wanted: string;
  attachments: AttachmentRef[];
  complainantId: string;
  complainantName: string;
  companyId: string;
  companyName: string;
  status: ComplaintStatus;
  /** While an answer is owed: when it is due (working days, core/rules/complaint-flow.ts). */
  dueAt?: number;
  /** Set by the timer's sweep once the answer owed is overdue (cleared when a new one is owed). */
  overdueAt?: number | null;
  answer?: ComplaintReply;
  escalationReason?: string;
  escalatedAt?: number;
  review?: ComplaintReply;
  /** Passed on to the person complained about, and whether their identity went with it. */
  sharedWithId?: string;
  sharedWithName?: string;
  identityShared?: boolean;
  sharedAt?: number;
  history: ComplaintHistoryEntry[];
  createdAt: number;
  updatedAt: number;
  closedAt?: number;
  [key: string]: unknown;
}

/** The admin's complaint settings (id 'default'): the answer limit in working days. */
export interface ComplaintSettingsDoc {
  _id: string;
  answerDays: number;
  updatedAt: number;
  updatedBy: string;
  [key: string]: unknown;
}

/** A version of the evaluation indicator table (id set:<version>); rounds keep the version they were opened with. */
export interface EvalIndicatorSetDoc {
  _id: string;
  version: number;
  title: string;
  sections: IndicatorSection[];
  createdAt: number;
  createdBy: string;
  [key: string]: unknown;
}

/** A round of the annual evaluation (id round:<year>-<hash>). */
export interface EvalRoundDoc {
  _id: string;
  year: number;
  title: string;
  setId: string;
  setVersion: number;
  status: EvalRoundStatus;
  stations: Array<{ id: string; name: string }>;
  stationIds: string[];
  selfDeadline: string;
  reviewDeadline: string;
  correctionDays: number;
  lapse: EvalLapse;
  grades: GradeThresholds;
  publishedAt?: number;
  createdAt: number;
  createdBy: string;
  [key: string]: unknown;
}

export interface EvalAnswer {
  selfScore?: number;
  value?: number;
  justification?: string;
  note?: string;
  attachments: AttachmentRef[];
}

/** A station's self-evaluation in a round (id <roundId>:<stationId>). */
export interface EvalSubmissionDoc {
  _id: string;
  roundId: string;
  stationId: string;
  stationName: string;
  status: EvalSubmissionStatus;
  answers: Record<string, EvalAnswer>;
  /** The figures from the records (EVAL_AUTO) as they were when it was submitted. */
  figures?: Record<EvalAuto, number | null>;
  submittedAt?: number;
  correction?: { reasons: string; dueAt: number; at: number; by: string; lapsed: boolean };
  /** Set when a correction's deadline passed (the sweep's mark: a veto, or reviewed as submitted). */
  lapsedAt?: number | null;
  updatedAt: number;
  [key: string]: unknown;
}

/** One reviewer's review of one station in a round (id <roundId>:<stationId>:<reviewerId>): the assignment itself. */
export interface EvalReviewDoc {
  _id: string;
  roundId: string;
  stationId: string;
  reviewerId: string;
  reviewerName: string;
  status: EvalReviewStatus;
  scores: Record<string, number>;
  comment: string;
  conflictReason?: string;
  submittedAt?: number;
  updatedAt: number;
  [key: string]: unknown;
}

/** A recorded veto condition (id <roundId>:<stationId>:<condition>: each condition once per station). */
export interface EvalVetoDoc {
  _id: string;
  roundId: string;
  stationId: string;
  condition: EvalVeto;
  evidence: string;
  by: string;
  byName: string;
  at: number;
  automatic: boolean;
  [key: string]: unknown;
}

/** An improvement action (整改, id imp:<hash of creator and client request id>). */
export interface ImprovementDoc {
  _id: string;
  stationId: string;
  stationName: string;
  sourceKind: ImprovementSource;
  sourceRefId?: string;
  sourceLabel: string;
  finding: string;
  /** What is to be done (整改措施). */
  measure: string;
  ownerId: string;
  ownerName: string;
  dueDate: string;
  status: ImprovementStatus;
  evidence?: string;
  attachments: AttachmentRef[];
  doneAt?: number;
  doneBy?: string;
  doneByName?: string;
  createdBy: string;
  createdByName: string;
  createdAt: number;
  updatedAt: number;
  [key: string]: unknown;
}

/** A kept 服务评价 (004 §9.1) of a station's period (id <stationId>:<from>:<to>): the review as it was then. */
export interface ServiceReviewDoc {
  _id: string;
  stationId: string;
  from: string;
  to: string;
  label: string;
  review: Record<string, unknown>;
  savedBy: string;
  savedByName: string;
  savedAt: number;
  [key: string]: unknown;
}

/** An article (id art:<hash of author and client request id>); `stationId` absent: the city's. */
export interface ArticleDoc {
  _id: string;
  kind: ArticleKind;
  stationId?: string;
  source: string;
  title: string;
  markdown: string;
  /** The sanitised HTML, rendered once when saved. */
  html: string;
  summary: string;
  cover?: AttachmentRef;
  attachments: AttachmentRef[];
  status: ArticleStatus;
  publishAt?: number;
  readCount: number;
  createdBy: string;
  createdByName: string;
  createdAt: number;
  updatedAt: number;
  withdrawnAt?: number;
  [key: string]: unknown;
}

/** A push of an article or a training to companies' staff (content.sendPush). */
export interface PushDoc {
  _id: string;
  targetKind: PushTarget;
  targetId: string;
  /** The target's station (absent: a city article). */
  stationId?: string;
  audience: PushAudience;
  audienceLabel: string;
  /** The sender's reach when sent: their station (a chief's), or none (an admin's: every company). */
  scopeStationId?: string;
  byUserId: string;
  byName: string;
  at: number;
  status: 'sending' | 'sent';
  companies: number;
  sent: number;
  updatedAt: number;
  [key: string]: unknown;
}

/** One person a push reached (id <targetKind>:<targetId>:<userId>). */
export interface PushReceiptDoc {
  _id: string;
  targetKind: PushTarget;
  targetId: string;
  userId: string;
  pushId: string;
  at: number;
  [key: string]: unknown;
}

export interface SpecialServiceItem {
  id: string;
  content: string;
  targets: string;
  frequency: SpecialFrequency;
  expected: string;
}

/** A station's annual special-service list (id <stationId>:<year>). */
export interface SpecialServiceListDoc {
  _id: string;
  stationId: string;
  year: number;
  status: SpecialListStatus;
  items: SpecialServiceItem[];
  publishedAt?: number;
  updatedAt: number;
  updatedBy: string;
  [key: string]: unknown;
}

/** One delivery of a special service. */
export interface SpecialProgressDoc {
  _id: string;
  listId: string;
  stationId: string;
  itemId: string;
  doneAt: number;
  note: string;
  byUserId: string;
  byName: string;
  createdAt: number;
  [key: string]: unknown;
}

/** An entry of the search index (id <kind>:<refId>). */
export interface SearchEntryDoc {
  _id: string;
  kind: SearchKind;
  refId: string;
  title: string;
  snippet: string;
  link: string;
  stationId?: string;
  stationName?: string;
  /** Space-separated words with a space each side (core/rules/search-terms.ts termsField). */
  terms: string;
  /** Shown to searchers (published, active); a scheduled article is live from sortAt on. */
  live: boolean;
  sortAt: number;
  [key: string]: unknown;
}

/** A mobile studio application (id sa:<hash of applicant and client request id>). */
export interface StudioApplicationDoc {
  _id: string;
  companyId: string;
  companyName: string;
  creditCode: string;
  district: District;
  town: string;
  form: StudioForm;
  status: StudioStatus;
  stage: StudioStage;
  /** When the current stage's time runs out (reviewing only). */
  dueAt?: number;
  /** The stage entry (`<stage>:<enteredAt>`) whose overdue reminder was sent: once per entry. */
  overdueReminded?: string;
  enteredStageAt: number;
  history: StudioStep[];
  staff: Array<{ party: StudioParty; name: string; title: string; mobile: string; fullTime: boolean }>;
  number?: string;
  studioStationId?: string;
  /** Moved by every change: decisions and resubmissions name the version they read. */
  version: number;
  submittedBy: string;
  submittedAt: number;
  updatedAt: number;
  [key: string]: unknown;
}
