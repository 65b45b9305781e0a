/**
 * The company profile (企业档案, 001 appendix A) and the station's ledger (服务对象台账, 004 §7.3.1).
 *
 * Company staff keep their own profile; the station's liaison or chief keeps it too, creates
 * ledger entries for companies with no staff in the product yet (claimed later with the join
 * code), and works the ledger: search, filters, the 待走访 queue. A company page shows the
 * profile, how its holdings changed and one timeline of visits, consultations and requests.
 *
 * The timeline has two published shapes, told apart by `view`: station staff and admins read the
 * `station` view (visit findings and internal notes); company staff read the `company` view,
 * whose schema has no such keys, so output validation strips them even if a handler passed them.
 */
import { z } from 'zod';
import {
  BUSINESS_SCALE,
  COMPANY_STATUS,
  DISTRICT,
  HOLDING_KIND,
  HONOR_LEVEL,
  INDUSTRY,
  KEY_FLAG,
  LISTING_STATUS,
  type HoldingKind,
} from '../enums';
import { HOLDING_MAX } from '../rules/holdings';
import {
  ADDRESS_MAX,
  CAPITAL_MAX,
  COMPANY_NAME_MAX,
  COMPANY_NAME_MIN,
  HEADCOUNT_MAX,
  IP_MANAGERS_MAX,
  KEYWORD_MAX,
  OVERDUE_DAYS_MAX,
  PERSON_NAME_MAX,
  PERSON_TITLE_MAX,
  YEAR_MIN,
} from '../rules/ledger';
import { creditCode } from './account';
import { clientRequestId, epochMs, exported, id, mobile, oneOf, optionalText, pageInput, pageOf, text } from './common';

/* ---------- pieces ---------- */

/** Every kind, a whole number ≥ 0: the form always shows all eight. */
export const holdingsInput = z
  .object(
    Object.fromEntries(
      HOLDING_KIND.values.map((k) => [
        k,
        z.number().int().min(0, { message: '不能为负数' }).max(HOLDING_MAX).describe(HOLDING_KIND.labels[k]),
      ]),
    ) as Record<HoldingKind, z.ZodNumber>,
  )
  .describe('知识产权拥有量');

export const holdings = z.object(
  Object.fromEntries(HOLDING_KIND.values.map((k) => [k, z.number().int()])) as Record<HoldingKind, z.ZodNumber>,
);
export type HoldingsView = z.infer<typeof holdings>;

/** 负责人 or 联系人: name, 职务职称, mobile (checked when given). */
const person = (who: string) =>
  z
    .object({
      name: optionalText(`${who}姓名`, PERSON_NAME_MAX),
      title: optionalText(`${who}职务职称`, PERSON_TITLE_MAX),
      mobile: mobile(`${who}手机`).optional(),
    })
    .describe(who);

const year = (label: string) =>
  z
    .number()
    .int()
    .min(YEAR_MIN, { message: `应为 ${YEAR_MIN} 年以后的年份` })
    .max(2100)
    .describe(label);

const count = (label: string, max: number) =>
  z.number().int().min(0, { message: '不能为负数' }).max(max).describe(label);

/** 国家 and/or 省 ticked. */
const levels = (label: string) =>
  z
    .array(oneOf(HONOR_LEVEL.values, label))
    .max(HONOR_LEVEL.values.length)
    .refine((v) => new Set(v).size === v.length, { message: '不能重复选择' })
    .default([])
    .describe(label);

const keyFlags = z
  .array(oneOf(KEY_FLAG.values, '重点企业标记'))
  .max(KEY_FLAG.values.length)
  .refine((v) => new Set(v).size === v.length, { message: '不能重复选择' })
  .describe('重点企业标记');

/** The appendix A fields beyond name, credit code, district and industry. */
const profileInputFields = {
  registeredAddress: optionalText('注册地址', ADDRESS_MAX),
  listingStatus: oneOf(LISTING_STATUS.values, '上市情况').optional(),
  registeredCapital: z
    .number()
    .min(0, { message: '不能为负数' })
    .max(CAPITAL_MAX)
    .describe('注册资本（万元）')
    .optional(),
  headcount: count('企业人数', HEADCOUNT_MAX).optional(),
  businessScale: oneOf(BUSINESS_SCALE.values, '经营规模').optional(),
  legalRep: person('负责人').optional(),
  contact: person('联系人').optional(),
  ipDepartment: z.boolean().describe('设有知识产权部门').optional(),
  ipManagers: count('知识产权管理人员数量', IP_MANAGERS_MAX).optional(),
  ipSystemSince: year('知识产权管理制度建立年份').optional(),
  ipStandardYear: year('知识产权管理规范认证年份').optional(),
  demonstration: levels('知识产权示范企业'),
  advantage: levels('知识产权优势企业'),
  highTechSince: year('高新技术企业认定年份').optional(),
  patentAwards: levels('专利奖'),
};

const personView = z.object({ name: z.string(), title: z.string(), mobile: z.string() });

/** The appendix A fields as stored and shown. */
export const profileFields = z.object({
  registeredAddress: z.string().optional(),
  listingStatus: oneOf(LISTING_STATUS.values, '上市情况').optional(),
  registeredCapital: z.number().optional(),
  headcount: z.number().int().optional(),
  businessScale: oneOf(BUSINESS_SCALE.values, '经营规模').optional(),
  legalRep: personView.optional(),
  contact: personView.optional(),
  ipDepartment: z.boolean().optional(),
  ipManagers: z.number().int().optional(),
  ipSystemSince: z.number().int().optional(),
  ipStandardYear: z.number().int().optional(),
  demonstration: z.array(oneOf(HONOR_LEVEL.values, '知识产权示范企业')),
  advantage: z.array(oneOf(HONOR_LEVEL.values, '知识产权优势企业')),
  highTechSince: z.number().int().optional(),
  patentAwards: z.array(oneOf(HONOR_LEVEL.values, '专利奖')),
});
export type ProfileFields = z.infer<typeof profileFields>;

/* ---------- outputs ---------- */

/** A company's page: the profile, its holdings and flags, and what the caller may do with it. */
export const companyProfile = z.object({
  id: z.string(),
  name: z.string(),
  creditCode: z.string(),
  district: oneOf(DISTRICT.values, '所在区'),
  industry: oneOf(INDUSTRY.values, '所属行业').optional(),
  stationId: z.string(),
  stationName: z.string(),
  status: oneOf(COMPANY_STATUS.values, '状态'),
  /** Entered by the station; no staff of the company has claimed it yet. */
  ledgerOnly: z.boolean(),
  /** Only for those who may edit the profile: the company's staff hand it to colleagues, a liaison to the company. */
  joinCode: z.string().optional(),
  profile: profileFields,
  holdings,
  keyFlags: z.array(oneOf(KEY_FLAG.values, '重点企业标记')),
  /** 0: never visited. */
  lastVisitAt: epochMs('最近走访'),
  daysSinceVisit: z.number().int().nullable(),
  createdAt: epochMs('建档时间'),
  updatedAt: epochMs('更新时间').optional(),
  /** May edit the profile (company staff, the station's liaison or chief, admins). */
  canEdit: z.boolean(),
  /** May change the credit code and the key-enterprise flags (the station, admins). */
  canEditStationFields: z.boolean(),
  /** May log a visit to it (the station's liaison or chief). */
  canLogVisit: z.boolean(),
});
export type CompanyProfileView = z.infer<typeof companyProfile>;

/** One row of the station's ledger. */
export const ledgerRow = z.object({
  id: z.string(),
  name: z.string(),
  creditCode: z.string(),
  district: oneOf(DISTRICT.values, '所在区'),
  industry: oneOf(INDUSTRY.values, '所属行业').optional(),
  status: oneOf(COMPANY_STATUS.values, '状态'),
  ledgerOnly: z.boolean(),
  keyFlags: z.array(oneOf(KEY_FLAG.values, '重点企业标记')),
  contactName: z.string(),
  lastVisitAt: epochMs('最近走访'),
  /** Shanghai calendar days since the last visit; null: never visited. */
  daysSinceVisit: z.number().int().nullable(),
});
export type LedgerRow = z.infer<typeof ledgerRow>;

export const holdingsChange = z.object({
  id: z.string(),
  at: epochMs('时间'),
  byName: z.string(),
  source: z.enum(['profile', 'visit']),
  visitId: z.string().optional(),
  before: holdings,
  after: holdings,
});
export type HoldingsChange = z.infer<typeof holdingsChange>;

export const TIMELINE_KINDS = ['visit', 'consultation', 'request'] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

const timelineShared = {
  kind: z.enum(TIMELINE_KINDS),
  /** The record's id in its own collection (opens its detail page). */
  id: z.string(),
  at: epochMs('时间'),
  /** 实地走访 / the consultation's or request's category. */
  title: z.string(),
  /** What the company may read: a visit's summary, the question, the request's description. */
  summary: z.string(),
  /** The answer of a consultation, the result of a request. */
  detail: z.string().optional(),
  /** A request's status (REQUEST_STATUS). */
  status: z.string().optional(),
  stationName: z.string(),
  /** Who gave the consultation or raised the request. */
  byName: z.string().optional(),
};

export const companyTimelineItem = z.object({ view: z.literal('company'), ...timelineShared });
export const stationTimelineItem = z.object({
  view: z.literal('station'),
  ...timelineShared,
  /** 走访发现 */
  findings: z.string().optional(),
  /** 内部备注 of a visit, a consultation or a closed request. */
  internalNote: z.string().optional(),
  /** Who went on a visit. */
  visitors: z.array(z.string()).optional(),
});
export const timelineItem = z.discriminatedUnion('view', [stationTimelineItem, companyTimelineItem]);
export type TimelineItem = z.infer<typeof timelineItem>;

/* ---------- actions ---------- */

const ledgerEntryFields = {
  name: text('企业名称', COMPANY_NAME_MAX, COMPANY_NAME_MIN),
  creditCode,
  district: oneOf(DISTRICT.values, '所在区'),
  industry: oneOf(INDUSTRY.values, '所属行业').optional(),
  registeredAddress: optionalText('注册地址', ADDRESS_MAX),
  contact: person('联系人').optional(),
  keyFlags: keyFlags.optional(),
};

/** The ledger's filters: the list's and its export's. */
const ledgerFilters = {
  stationId: id('站点').optional(),
  keyword: z.string().trim().max(KEYWORD_MAX).optional().describe('关键词'),
  district: oneOf(DISTRICT.values, '所在区').optional(),
  industry: oneOf(INDUSTRY.values, '所属行业').optional(),
  flag: oneOf(KEY_FLAG.values, '重点企业标记').optional(),
  notVisitedDays: z.number().int().min(1).max(OVERDUE_DAYS_MAX).optional().describe('未走访天数'),
};

export const enterprise = {
  getProfile: {
    input: z.object({ companyId: id('企业') }),
    output: companyProfile,
  },
  /**
   * Saves the whole appendix A form. Absent optional fields are cleared; `holdings` absent
   * leaves the figures as they are (present: every change kept in holdings_history);
   * `creditCode` and `keyFlags` absent leave them as they are, and only the station (or an
   * admin) may change them.
   */
  updateProfile: {
    input: z.object({
      clientRequestId,
      companyId: id('企业'),
      name: text('企业名称', COMPANY_NAME_MAX, COMPANY_NAME_MIN),
      creditCode: creditCode.optional(),
      district: oneOf(DISTRICT.values, '所在区'),
      industry: oneOf(INDUSTRY.values, '所属行业').optional(),
      ...profileInputFields,
      holdings: holdingsInput.optional(),
      keyFlags: keyFlags.optional(),
    }),
    output: companyProfile,
  },
  /**
   * A liaison or chief enters a company met outside the product into the station's ledger:
   * confirmed at once, with a join code the company's staff later claim it with.
   */
  createLedgerEntry: {
    input: z.object({
      clientRequestId,
      /** Defaults to the station the caller acts for. */
      stationId: id('站点').optional(),
      ...ledgerEntryFields,
    }),
    output: companyProfile,
  },
  /**
   * The station's ledger, never-visited and longest-unvisited first; a keyword is a piece of the
   * name's start or a whole credit code (then by name). Station staff get their own station's;
   * an admin names a station.
   */
  listLedger: {
    input: z.object({ ...ledgerFilters, ...pageInput }),
    output: pageOf(ledgerRow),
  },
  /** The ledger as filtered, every company of it, as an Excel workbook (the chief's; an admin names a station). */
  exportLedger: { input: z.object(ledgerFilters), output: exported },
  /** Every change of the company's holdings, newest first. */
  getHoldingsHistory: {
    input: z.object({ companyId: id('企业'), ...pageInput }),
    output: pageOf(holdingsChange),
  },
  /** Visits, consultations and service requests of one company, newest first. */
  getTimeline: {
    input: z.object({ companyId: id('企业'), ...pageInput }),
    output: pageOf(timelineItem),
  },
} as const;
