/** Shapes of stored documents (what the Store holds; outputs are mapped from these). */
import type {
  CompanyStatus,
  District,
  InvitableRole,
  InvitationStatus,
  ItemStatus,
  Role,
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
