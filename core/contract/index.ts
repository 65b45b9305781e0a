/**
 * The contract of every action: one entry per cloud function, one per action, each with
 * its zod input and output. The runtime validates both; the front end types its services
 * from them.
 */
import type { z } from 'zod';
import { ownEntry } from '../own';
import { account } from './account';
import { directory } from './directory';
import { consult } from './consult';
import { setup } from './setup';
import { jobs } from './jobs';
import { archive } from './archive';
import { visit } from './visit';
import { files } from './files';
import { request } from './request';
import { training } from './training';
import { enterprise } from './enterprise';
import { survey } from './survey';
import { checkin } from './checkin';
import { referral } from './referral';
import { expert } from './expert';
import { stats } from './stats';
import { complaint } from './complaint';
import { evaluation } from './evaluation';
import { quality } from './quality';
import { content } from './content';
import { studio } from './studio';

export interface ActionContract {
  input: z.ZodType;
  output: z.ZodType;
}

export const CONTRACTS = {
  account,
  directory,
  consult,
  setup,
  jobs,
  archive,
  files,
  visit,
  request,
  training,
  survey,
  checkin,
  enterprise,
  referral,
  expert,
  stats,
  complaint,
  evaluation,
  quality,
  content,
  studio,
} as const;

export type FunctionName = keyof typeof CONTRACTS;
export type ActionName<F extends FunctionName> = keyof (typeof CONTRACTS)[F] & string;
type Contract<F extends FunctionName, A extends ActionName<F>> = (typeof CONTRACTS)[F][A] extends ActionContract
  ? (typeof CONTRACTS)[F][A]
  : never;
/** What the client sends (defaults optional). */
export type InputOf<F extends FunctionName, A extends ActionName<F>> = z.input<Contract<F, A>['input']>;
/** What a handler receives (defaults applied). */
export type ParsedInputOf<F extends FunctionName, A extends ActionName<F>> = z.output<Contract<F, A>['input']>;
export type OutputOf<F extends FunctionName, A extends ActionName<F>> = z.output<Contract<F, A>['output']>;

/** The contract of `fn`.`action`, or null; both names come from the request: own entries only (core/own.ts). */
export function contractOf(fn: string, action: string): ActionContract | null {
  const group = ownEntry(CONTRACTS as Record<string, Record<string, ActionContract>>, fn);
  return (group && ownEntry(group, action)) ?? null;
}

export * from './common';
export { account } from './account';
export { directory } from './directory';
export { consult } from './consult';
export type { Availability, Booking, DayBooking, SlotView } from './consult';
export { archive } from './archive';
export { visit } from './visit';
export type { Visit, VisitItem, StationVisit, FollowUp } from './visit';
export { files } from './files';
export { request } from './request';
export type { ServiceRequest, StationRequest, RequestSummary, RequestRating } from './request';
export type { ConsultationRecord, StationRecord, LedgerCompany, Rating, ConsultantAverage } from './archive';
export type { Me, MembershipView, Invitation, Company, InboxNotice } from './account';
export type {
  Station,
  ServiceItem,
  Platform,
  Course,
  CatalogueEntry,
  SpecialService,
  SpecialServiceList,
} from './directory';
export { training } from './training';
export { enterprise } from './enterprise';
export type {
  CompanyProfileView,
  LedgerRow,
  HoldingsChange,
  HoldingsView,
  ProfileFields,
  TimelineItem,
  TimelineKind,
} from './enterprise';
export type { TrainingSession, Signup, MyTraining, Talent } from './training';
export { checkin } from './checkin';
export type { CheckinResult, LiveCount, Attendee, AttendeeFilter } from './checkin';
export { expert } from './expert';
export type { MyExpertProfile, ExpertRow, ExpertDetail } from './expert';
export { referral } from './referral';
export type { ReferralSummary, ReferralDetail } from './referral';
export { stats } from './stats';
export type { StationStats, StatSectionView, CityRow, Insights } from './stats';
export { complaint } from './complaint';
export type { ComplaintSummary, ComplaintDetail } from './complaint';
export { evaluation } from './evaluation';
export type { IndicatorSetView, RoundView, StationEvaluation, ResultRow, EvaluationAnswers } from './evaluation';
export { quality } from './quality';
export type { ImprovementView, StationArchive, ServiceReview } from './quality';
export { content } from './content';
export { studio } from './studio';
export type { StudioApplication, StudioApplicationSummary, StudioForm, StudioStep } from './studio';
export type {
  ArticleSummary,
  ArticleDetail,
  HomeView,
  PushAudience,
  PushReach,
  PushRecord,
  SearchHit,
} from './content';
