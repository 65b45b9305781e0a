/**
 * The consultation archive (咨询档案, 004 §6.1.3): every consultation is recorded — from a booking
 * (which it closes as done) or a walk-in, phone or online-chat consultation without one.
 *
 * Two published shapes, told apart by `view`: station staff and admins get the `station` view,
 * with the internal note (内部备注); company staff get the `company` view, whose schema has no
 * internal note at all, so output validation strips it even if a handler passed it along.
 */
import { z } from 'zod';
import { COMPANY_STATUS, RECORD_CHANNEL, SERVICE_CATEGORY } from '../enums';
import {
  ANSWER_MAX,
  MAX_DURATION_MINUTES,
  NOTE_MAX,
  RECORD_KEYWORD_MAX,
  SUMMARY_MAX,
  TEXT_MIN,
} from '../rules/archive-limits';
import { COMPANY_NAME_MAX, COMPANY_NAME_MIN, KEYWORD_MAX, PERSON_NAME_MAX } from '../rules/ledger';
import { creditCode } from './account';
import {
  attachmentIds,
  attachmentView,
  clientRequestId,
  date,
  epochMs,
  exported,
  givenRatingFields,
  id,
  mobile,
  oneOf,
  optionalText,
  pageInput,
  pageOf,
  ratingStateFields,
  text,
} from './common';

/** What both views publish. */
const recordFields = {
  id: z.string(),
  stationId: z.string(),
  stationName: z.string(),
  companyId: z.string(),
  companyName: z.string(),
  consultantId: z.string(),
  consultantName: z.string(),
  bookingId: z.string().optional(),
  consultedAt: epochMs('咨询时间'),
  channel: oneOf(RECORD_CHANNEL.values, '咨询方式'),
  category: oneOf(SERVICE_CATEGORY.values, '咨询类别'),
  summary: z.string(),
  answer: z.string(),
  durationMinutes: z.number().int(),
  followUp: z.boolean(),
  followUpDate: z.string().optional(),
  /**
   * The writer's attachments with URLs to load them: filled only where one record is read
   * (getRecord), since CloudBase URLs cost a storage call per read; lists and createRecord answer [].
   */
  attachments: z.array(attachmentView),
  rightsClue: z.boolean(),
  createdByName: z.string(),
  createdAt: epochMs('归档时间'),
};

/** What the company reads: no internal note (the schema has no such key, so it is stripped). */
export const companyRecord = z.object({ view: z.literal('company'), ...recordFields });
/** What the station (and an admin) reads. */
export const stationRecord = z.object({
  view: z.literal('station'),
  ...recordFields,
  internalNote: z.string().optional(),
  createdBy: z.string(),
});
export const consultationRecord = z.discriminatedUnion('view', [stationRecord, companyRecord]);
export type ConsultationRecord = z.infer<typeof consultationRecord>;
export type StationRecord = z.infer<typeof stationRecord>;

/** A company of the station's ledger, as the record form's picker shows it. */
export const ledgerCompany = z.object({
  id: z.string(),
  name: z.string(),
  creditCode: z.string(),
  status: oneOf(COMPANY_STATUS.values, '状态'),
});
export type LedgerCompany = z.infer<typeof ledgerCompany>;

/** A company met for the first time: added to the station's ledger with the record. */
export const newCompanyInput = z
  .object({
    name: text('企业名称', COMPANY_NAME_MAX, COMPANY_NAME_MIN),
    creditCode,
    contactName: optionalText('联系人', PERSON_NAME_MAX),
    contactMobile: mobile('联系人手机').optional(),
  })
  .describe('新企业');

/** A company's rating of one consultation (咨询评价), as everyone who may read it sees it. */
export const rating = z.object({
  ...ratingStateFields,
  recordId: z.string(),
  stationId: z.string(),
  stationName: z.string(),
  companyId: z.string(),
  companyName: z.string(),
  consultantId: z.string(),
  consultantName: z.string(),
  consultedAt: epochMs('咨询时间'),
  category: oneOf(SERVICE_CATEGORY.values, '咨询类别'),
});
export type Rating = z.infer<typeof rating>;

/** One consultant's average at a station: from the counters, never by scanning ratings. */
export const consultantAverage = z.object({
  consultantId: z.string(),
  consultantName: z.string(),
  average: z.number().nullable(),
  count: z.number().int(),
});
export type ConsultantAverage = z.infer<typeof consultantAverage>;

/** The archive's filters: the list's and its export's. */
const recordFilters = {
  stationId: id('站点').optional(),
  companyId: id('企业').optional(),
  category: oneOf(SERVICE_CATEGORY.values, '咨询类别').optional(),
  consultantId: id('咨询人员').optional(),
  from: date('开始日期').optional(),
  to: date('结束日期').optional(),
  keyword: optionalText('关键词', RECORD_KEYWORD_MAX),
};

/** The station's ratings' filters: the list's and its export's. */
const ratingFilters = {
  stationId: id('站点'),
  consultantId: id('咨询人员').optional(),
  lowOnly: z.boolean().default(false).describe('只看差评'),
};

export const archive = {
  /**
   * Writes the archive record of a consultation. With `bookingId`: closes that booking as done
   * in the same transaction (one record per booking). Without: a walk-in / phone / online
   * consultation of a company of the station's ledger (`companyId`) or a new one (`newCompany`).
   * The consultant is the caller; a chief may name another of the station's consultants.
   */
  createRecord: {
    input: z.object({
      clientRequestId,
      bookingId: id('预约').optional(),
      companyId: id('企业').optional(),
      newCompany: newCompanyInput.optional(),
      consultantId: id('咨询人员').optional(),
      consultedAt: epochMs('咨询时间').optional(),
      channel: oneOf(RECORD_CHANNEL.values, '咨询方式').optional(),
      category: oneOf(SERVICE_CATEGORY.values, '咨询类别'),
      summary: text('问题摘要', SUMMARY_MAX, TEXT_MIN),
      answer: text('答复意见', ANSWER_MAX, TEXT_MIN),
      durationMinutes: z.number().int().min(1).max(MAX_DURATION_MINUTES).describe('咨询时长（分钟）'),
      followUp: z.boolean().default(false).describe('需要回访'),
      followUpDate: date('回访日期').optional(),
      attachments: attachmentIds('附件'),
      rightsClue: z.boolean().default(false).describe('维权线索转介'),
      internalNote: optionalText('内部备注', NOTE_MAX),
    }),
    output: consultationRecord,
  },
  /**
   * The archive, newest first: company staff read their company's; a liaison or chief the
   * station's; an expert the ones they gave; an admin all. Filters by company, category,
   * consultant, Shanghai date range (inclusive) and text in the summary or answer.
   */
  listRecords: {
    input: z.object({ ...recordFilters, ...pageInput }),
    output: pageOf(consultationRecord),
  },
  /** The archive as filtered, every record of it, as an Excel workbook: a chief the station's, an admin any. */
  exportRecords: { input: z.object(recordFilters), output: exported },
  getRecord: { input: z.object({ recordId: id('咨询记录') }), output: consultationRecord },
  /** The station's ledger for the record form: by name or credit code, by name. */
  findCompanies: {
    input: z.object({ stationId: id('站点'), keyword: optionalText('企业名称', KEYWORD_MAX), ...pageInput }),
    output: pageOf(ledgerCompany),
  },
  /**
   * Rates a consultation: its company's staff, once per consultation (the first rating creates
   * it; later calls change it while it is editable, for 24 h after it was first given).
   * A rating of 2 stars or fewer asks the station's chiefs to follow up (once per rating).
   */
  rateRecord: {
    input: z.object({
      recordId: id('咨询记录'),
      ...givenRatingFields,
    }),
    output: rating,
  },
  /** The rating of one consultation (null until given), and whether the caller may give or change it now. */
  getRating: {
    input: z.object({ recordId: id('咨询记录') }),
    output: z.object({ rating: rating.nullable(), canRate: z.boolean() }),
  },
  /**
   * The station's ratings, newest first (one consultant's, or only those of 2 stars or fewer),
   * with each consultant's average and the station's.
   */
  listRatings: {
    input: z.object({ ...ratingFilters, ...pageInput }),
    output: pageOf(rating).extend({
      average: z.number().nullable(),
      count: z.number().int(),
      consultants: z.array(consultantAverage),
    }),
  },
  /** The station's ratings as filtered, every one, as an Excel workbook. */
  exportRatings: { input: z.object(ratingFilters), output: exported },
  /** 我的评价: the acting consultant's average and count at their station, and their latest ratings. */
  myRatingSummary: {
    input: z.object({ ...pageInput }),
    output: pageOf(rating).extend({ average: z.number().nullable(), count: z.number().int() }),
  },
} as const;
