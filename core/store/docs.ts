/** Shapes of stored documents (what the Store holds; outputs are mapped from these). */
import type { Channel, DateException, WeeklyRule } from '../rules/slots';
import type {
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
  status: 'active' | 'revoked';
  via: 'invitation' | 'company-create' | 'company-join' | 'seed' | 'bootstrap';
  createdAt: number;
  [key: string]: unknown;
}

export interface StationDoc {
  /** Booking rules for consultations; DEFAULT_BOOKING_RULES when absent. */
  bookingRules?: { minNoticeMinutes: number; horizonDays: number; maxOpenPerCompany: number };
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
  [key: string]: unknown;
}

export interface InvitationDoc {
  /** The code itself. */
  _id: string;
  stationId: string;
  role: InvitableRole;
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
  /** File ids (Files port), at most 9. */
  attachments: string[];
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
 * A company's rating of one archived consultation (咨询评价). Its id is `rating:<recordId>`, so
 * the database refuses a second rating of a consultation. Editable by the company's staff for
 * 24 h after `ratedAt`, then locked; station staff never change it.
 */
export interface RatingDoc {
  _id: string;
  recordId: string;
  stationId: string;
  stationName: string;
  companyId: string;
  companyName: string;
  consultantId: string;
  consultantName: string;
  consultedAt: number;
  category: ServiceCategory;
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
