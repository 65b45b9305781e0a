/**
 * Site visits (走访, 004 §7.3.1) and follow-ups (回访, §7.5.2).
 *
 * A liaison or chief logs a visit to a company of the station's ledger: when and how, who went
 * and who was met, the topics, what was found, a summary the company may read, an internal note,
 * holdings updated on the spot, photos, where, the next follow-up date and the needs found —
 * each need becomes a service request in the same step.
 *
 * Two published shapes of a visit, told apart by `view`: station staff and admins read the
 * `station` view (findings, internal note, who went); company staff read the `company` view,
 * whose schema has none of those keys, so output validation strips them even if a handler
 * passed them along.
 */
import { z } from 'zod';
import { FOLLOW_UP_SOURCE, FOLLOW_UP_STATUS, REQUEST_URGENCY, SERVICE_CATEGORY, VISIT_FORM } from '../enums';
import {
  FINDINGS_MAX,
  FOLLOW_UP_RECORD_MAX,
  FOLLOW_UP_RECORD_MIN,
  FOLLOW_UP_VIEWS,
  MAX_NEEDS,
  MAX_PHOTOS,
  MAX_TOPICS,
  MAX_VISITORS,
  MET_MAX,
  NEED_DESCRIPTION_MAX,
  SHARED_SUMMARY_MAX,
  VISIT_NOTE_MAX,
  VISIT_TEXT_MIN,
  VISITOR_NAME_MAX,
} from '../rules/visits';
import {
  attachmentIds,
  attachmentView,
  clientRequestId,
  date,
  epochMs,
  exported,
  id,
  oneOf,
  optionalText,
  pageInput,
  pageOf,
  text,
} from './common';
import { holdings, holdingsInput } from './enterprise';

/** The profile's figures, each optional: only what was checked on the spot is sent. */
const checkedHoldings = holdingsInput.partial().describe('知识产权拥有情况');

/** Where a visit took place (as the phone located it). */
const location = z
  .object({
    latitude: z.number().min(-90).max(90).describe('纬度'),
    longitude: z.number().min(-180).max(180).describe('经度'),
    name: optionalText('地点名称', 60),
  })
  .describe('走访地点');
export type VisitLocation = z.infer<typeof location>;

const topics = z
  .array(oneOf(SERVICE_CATEGORY.values, '走访主题'))
  .min(1)
  .max(MAX_TOPICS)
  .refine((t) => new Set(t).size === t.length, { message: '主题不能重复' })
  .describe('走访主题');

/** A need found on the visit: becomes a service request (source 'visit') in the same step. */
export const needInput = z
  .object({
    category: oneOf(SERVICE_CATEGORY.values, '需求类别'),
    description: text('需求描述', NEED_DESCRIPTION_MAX, VISIT_TEXT_MIN),
    urgency: oneOf(REQUEST_URGENCY.values, '紧急程度').default('normal'),
  })
  .describe('发现的需求');

/** What both views publish. */
const sharedFields = {
  id: z.string(),
  stationId: z.string(),
  stationName: z.string(),
  companyId: z.string(),
  companyName: z.string(),
  visitedAt: epochMs('走访时间'),
  form: oneOf(VISIT_FORM.values, '走访形式'),
  topics: z.array(oneOf(SERVICE_CATEGORY.values, '走访主题')),
  sharedSummary: z.string(),
  photoCount: z.number().int(),
};

/** What only the station (and an admin) reads. */
const stationFields = {
  visitors: z.array(z.string()),
  met: z.string(),
  findings: z.string(),
  internalNote: z.string().optional(),
  location: location.optional(),
  nextFollowUpDate: z.string().optional(),
  holdings: holdings.optional(),
  requestIds: z.array(z.string()),
  createdBy: z.string(),
  createdByName: z.string(),
  createdAt: epochMs('登记时间'),
};

/** A visit in a list (photos counted, not loaded: their URLs are resolved for one visit at a time). */
export const companyVisitItem = z.object({ view: z.literal('company'), ...sharedFields });
export const stationVisitItem = z.object({ view: z.literal('station'), ...sharedFields, ...stationFields });
export const visitItem = z.discriminatedUnion('view', [stationVisitItem, companyVisitItem]);
export type VisitItem = z.infer<typeof visitItem>;

/** One visit with its photos. */
const photos = { photos: z.array(attachmentView) };
export const companyVisit = companyVisitItem.extend(photos);
export const stationVisit = stationVisitItem.extend(photos);
export const visitDetail = z.discriminatedUnion('view', [stationVisit, companyVisit]);
export type Visit = z.infer<typeof visitDetail>;
export type StationVisit = z.infer<typeof stationVisit>;

/** A follow-up due (回访), with where it stands today (Shanghai) while open. */
export const followUp = z.object({
  id: z.string(),
  stationId: z.string(),
  companyId: z.string(),
  companyName: z.string(),
  ownerId: z.string(),
  ownerName: z.string(),
  dueDate: z.string(),
  source: oneOf(FOLLOW_UP_SOURCE.values, '来源'),
  sourceId: z.string(),
  subject: z.string(),
  status: oneOf(FOLLOW_UP_STATUS.values, '状态'),
  due: z.enum(['overdue', 'today', 'upcoming']).nullable(),
  record: z.string().optional(),
  doneAt: epochMs('回访时间').optional(),
  doneByName: z.string().optional(),
  createdAt: epochMs('创建时间'),
});
export type FollowUp = z.infer<typeof followUp>;

/** The visits' filters: the list's and its export's. */
const visitFilters = {
  stationId: id('站点').optional(),
  companyId: id('企业').optional(),
};

export const visit = {
  /**
   * Logs a visit to a company of the station the caller acts for. One transaction writes the
   * visit (id from the caller and the client request id, so a replay from the phone's outbox is
   * refused by the database), one service request per need, the follow-up, the holdings change
   * with its history entry and the company's last-visit time — all or nothing.
   */
  logVisit: {
    input: z.object({
      clientRequestId,
      companyId: id('企业'),
      visitedAt: epochMs('走访时间'),
      form: oneOf(VISIT_FORM.values, '走访形式'),
      visitors: z.array(text('走访人员', VISITOR_NAME_MAX)).min(1).max(MAX_VISITORS).describe('走访人员'),
      met: text('受访人员', MET_MAX),
      topics,
      findings: text('走访发现', FINDINGS_MAX, VISIT_TEXT_MIN),
      sharedSummary: text('走访小结', SHARED_SUMMARY_MAX, VISIT_TEXT_MIN),
      internalNote: optionalText('内部备注', VISIT_NOTE_MAX),
      holdings: checkedHoldings.optional(),
      photos: attachmentIds('照片', MAX_PHOTOS),
      location: location.optional(),
      nextFollowUpDate: date('下次回访日期').optional(),
      needs: z.array(needInput).max(MAX_NEEDS).default([]).describe('发现的需求'),
    }),
    output: stationVisit,
  },
  /**
   * Visits, newest first: a liaison or chief the station's (optionally one company's); company
   * staff their company's (the company view); an admin any station's or company's.
   */
  listVisits: {
    input: z.object({ ...visitFilters, ...pageInput }),
    output: pageOf(visitItem),
  },
  /** The visits as filtered, every one, as an Excel workbook: a chief the station's, an admin any. */
  exportVisits: { input: z.object(visitFilters), output: exported },
  getVisit: { input: z.object({ visitId: id('走访记录') }), output: visitDetail },
  /**
   * 我的回访: a liaison's or expert's own follow-ups at the station they act for, a chief's the
   * station's — due today, overdue, upcoming (by due date) or done — with the open counts.
   */
  listFollowUps: {
    input: z.object({
      view: z.enum(FOLLOW_UP_VIEWS).default('today').describe('回访范围'),
      ...pageInput,
    }),
    output: pageOf(followUp).extend({
      counts: z.object({ today: z.number().int(), overdue: z.number().int(), upcoming: z.number().int() }),
    }),
  },
  /** The station's follow-ups, open and done, by due date, as an Excel workbook (the chief's). */
  exportFollowUps: { input: z.object({}), output: exported },
  /** Records a follow-up as done with its 回访记录 (once: a second completion is a CONFLICT). */
  completeFollowUp: {
    input: z.object({
      clientRequestId,
      followUpId: id('回访'),
      record: text('回访记录', FOLLOW_UP_RECORD_MAX, FOLLOW_UP_RECORD_MIN),
    }),
    output: followUp,
  },
} as const;
