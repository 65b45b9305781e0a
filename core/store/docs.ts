/** Shapes of stored documents (what the Store holds; outputs are mapped from these). */
import type { Channel, DateException, WeeklyRule } from '../rules/slots';
import type {
  CompanyStatus,
  District,
  InvitableRole,
  InvitationStatus,
  ItemStatus,
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
