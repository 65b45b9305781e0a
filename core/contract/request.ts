/**
 * Service requests (服务需求, 004 §6): a company raises one from the catalogue (or a site visit
 * finds one); the station accepts it, works it and closes it with a result; the company follows
 * its status and rates it once closed. The steps are the state machine's
 * (core/rules/request-flow.ts).
 *
 * Two published shapes of one request, told apart by `view`: station staff and admins get the
 * `station` view, with the internal note and who did each step; company staff get the `company`
 * view, whose schema has neither, so output validation strips them even if a handler passed
 * them along.
 */
import { z } from 'zod';
import { ASSIGNEE_KIND, REQUEST_SOURCE, REQUEST_STATUS, REQUEST_URGENCY, SERVICE_CATEGORY } from '../enums';
import {
  AGENCY_CONTACT_MAX,
  AGENCY_NAME_MAX,
  REPORT_MINUTES_MAX,
  REPORT_TEXT_MAX,
  REPORT_TEXT_MIN,
  REQUEST_DESCRIPTION_MAX,
  REQUEST_DESCRIPTION_MIN,
  REQUEST_NOTE_MAX,
  REQUEST_REASON_MAX,
  REQUEST_RESULT_MAX,
  REQUEST_RESULT_MIN,
  REQUEST_STEPS,
} from '../rules/request-flow';
import {
  attachmentIds,
  attachmentView,
  clientRequestId,
  date,
  epochMs,
  exported,
  givenRatingFields,
  id,
  oneOf,
  optionalText,
  pageInput,
  pageOf,
  ratingStateFields,
  text,
} from './common';

const requestId = id('服务需求');
const status = oneOf(REQUEST_STATUS.values, '状态');
const category = oneOf(SERVICE_CATEGORY.values, '需求类别');
const urgency = oneOf(REQUEST_URGENCY.values, '紧急程度');

/** What every shape of a request publishes. */
const summaryFields = {
  id: z.string(),
  stationId: z.string(),
  stationName: z.string(),
  companyId: z.string(),
  companyName: z.string(),
  category,
  description: z.string(),
  urgency,
  status,
  source: oneOf(REQUEST_SOURCE.values, '来源'),
  handlerName: z.string().optional(),
  /** Who it is assigned to now (an expert, a liaison or an agency's name). */
  assigneeKind: oneOf(ASSIGNEE_KIND.values, '指派对象类型').optional(),
  assigneeName: z.string().optional(),
  /** While waiting for the assignee's answer: when it is due (core/rules/sla.ts). */
  respondBy: epochMs('响应期限').optional(),
  /** The answer is overdue (marked by the timer). */
  overdue: z.boolean(),
  attachmentCount: z.number().int(),
  createdByName: z.string(),
  createdAt: epochMs('提交时间'),
  updatedAt: epochMs('更新时间'),
  closedAt: epochMs('办结时间').optional(),
};

/** A request in a list (the queue, 我的服务需求): no history, no attachment URLs. */
export const requestSummary = z.object(summaryFields);
export type RequestSummary = z.infer<typeof requestSummary>;

const companyHistoryEntry = z.object({
  at: epochMs('时间'),
  byName: z.string(),
  event: z.string(),
  status,
  note: z.string().optional(),
});
const stationHistoryEntry = companyHistoryEntry.extend({ by: z.string() });

/** The written service report as the company reads it (no internal note). */
const reportFields = {
  situation: z.string(),
  advice: z.string(),
  outcome: z.string(),
  minutesSpent: z.number().int(),
  attachments: z.array(attachmentView),
  byName: z.string(),
  at: epochMs('报告时间'),
};
export const companyReport = z.object(reportFields);
export const stationReport = z.object({ ...reportFields, internalNote: z.string().optional() });

/** What both detail views publish beyond the summary. */
const detailFields = {
  ...summaryFields,
  assigneeId: z.string().optional(),
  agency: z.object({ name: z.string(), contact: z.string() }).optional(),
  assignNote: z.string().optional(),
  assignedAt: epochMs('指派时间').optional(),
  visitId: z.string().optional(),
  handlerId: z.string().optional(),
  result: z.string().optional(),
  cancelReason: z.string().optional(),
  followUpDate: z.string().optional(),
  /** The uploads with URLs to load them (temporary on CloudBase). */
  attachments: z.array(attachmentView),
  /** The steps the caller may take now (server-judged: status and policy); the pages offer only these. */
  steps: z.array(oneOf(REQUEST_STEPS, '可办理操作')),
};

export const companyRequest = z.object({
  view: z.literal('company'),
  ...detailFields,
  history: z.array(companyHistoryEntry),
  report: companyReport.optional(),
});
export const stationRequest = z.object({
  view: z.literal('station'),
  ...detailFields,
  history: z.array(stationHistoryEntry),
  report: stationReport.optional(),
  internalNote: z.string().optional(),
  createdBy: z.string(),
});
export const serviceRequest = z.discriminatedUnion('view', [stationRequest, companyRequest]);
export type ServiceRequest = z.infer<typeof serviceRequest>;
export type StationRequest = z.infer<typeof stationRequest>;

/** A company's rating of a closed request, as everyone who may read it sees it. */
export const requestRating = z.object({
  ...ratingStateFields,
  requestId: z.string(),
  stationId: z.string(),
  stationName: z.string(),
  companyId: z.string(),
  companyName: z.string(),
  category,
  handlerName: z.string().optional(),
});
export type RequestRating = z.infer<typeof requestRating>;

const step = <T extends z.ZodRawShape>(extra: T) => z.object({ requestId, ...extra });

/** Someone the request may be assigned to, as the station's picker lists them (best match first). */
export const assigneeCandidate = z.object({
  kind: oneOf(['expert', 'liaison'] as const, '指派对象类型'),
  userId: z.string(),
  name: z.string(),
  organisation: z.string().optional(),
  /** The request's category is among their specialities. */
  matchesCategory: z.boolean(),
  /** The request's company's industry is among theirs. */
  matchesIndustry: z.boolean(),
  /** Requests assigned to them and not yet closed. */
  openCount: z.number().int(),
  /** Unavailable now (marked by the expert), with until when. */
  unavailableUntil: z.string().optional(),
});
export type AssigneeCandidate = z.infer<typeof assigneeCandidate>;

/** The queue's filters: the list's and its export's. */
const queueFilters = {
  stationId: id('服务站点').optional(),
  companyId: id('企业').optional(),
  status: status.optional(),
  category: category.optional(),
  urgency: urgency.optional(),
  /** Only requests whose assignee's answer is overdue. */
  overdue: z.boolean().optional().describe('仅看逾期'),
};

export const request = {
  /**
   * Company staff raise a request for their company: at its own station, or at the station
   * named (the 提交服务需求 button of a station page). Attachments must be the caller's uploads.
   */
  createRequest: {
    input: z.object({
      clientRequestId,
      stationId: id('服务站点').optional(),
      category,
      description: text('需求描述', REQUEST_DESCRIPTION_MAX, REQUEST_DESCRIPTION_MIN),
      urgency: urgency.default('normal'),
      attachments: attachmentIds('附件'),
    }),
    output: serviceRequest,
  },
  /**
   * Requests the acting role may see, one page at a time: company staff their company's; a
   * liaison or chief the station's queue; an admin all (or one station's). Filters by status,
   * category, urgency and company; newest first, or most urgent first.
   */
  listRequests: {
    input: z.object({
      ...queueFilters,
      order: z.enum(['newest', 'urgency', 'due']).default('newest').describe('排序'),
      /** Only the requests assigned to the caller (我的指派: an expert's or a liaison's own). */
      assignedToMe: z.boolean().optional().describe('仅看指派给我的'),
      ...pageInput,
    }),
    output: pageOf(requestSummary),
  },
  /**
   * The queue as filtered, every request of it, newest first, as an Excel workbook: a liaison or
   * chief the station's, an admin all (or one station's).
   */
  exportRequests: { input: z.object(queueFilters), output: exported },
  getRequest: { input: step({}), output: serviceRequest },
  /** 受理: a liaison (or the chief) of the station takes it from the queue and becomes its handler. */
  acceptRequest: { input: step({}), output: serviceRequest },
  /** 开始办理 */
  startRequest: { input: step({}), output: serviceRequest },
  /**
   * 办结: with the result the company reads, an internal note it never sees, and optionally a
   * follow-up date (a 回访 is then owed by the handler, created with the closing).
   */
  closeRequest: {
    input: step({
      result: text('办理结果', REQUEST_RESULT_MAX, REQUEST_RESULT_MIN),
      followUpDate: date('回访日期').optional(),
      internalNote: optionalText('内部备注', REQUEST_NOTE_MAX),
    }),
    output: serviceRequest,
  },
  /** The people the station may assign the request to, best match and lightest load first. */
  suggestAssignees: {
    input: step({}),
    output: z.object({ items: z.array(assigneeCandidate) }),
  },
  /**
   * 指派: the station assigns the request to a filed expert or a liaison of the station (who must
   * answer within two days), or refers it to an outside agency (name and contact recorded). A
   * reassignment while waiting is allowed and kept in the history.
   */
  assignRequest: {
    input: step({
      assignee: z.discriminatedUnion('kind', [
        z.object({ kind: z.literal('expert'), userId: id('专家') }),
        z.object({ kind: z.literal('liaison'), userId: id('联络员') }),
        z.object({
          kind: z.literal('agency'),
          name: text('机构名称', AGENCY_NAME_MAX),
          contact: text('机构联系方式', AGENCY_CONTACT_MAX),
        }),
      ]),
      note: optionalText('指派说明', REQUEST_NOTE_MAX),
      /**
       * The request's updatedAt as the caller saw it: a request changed since (another chief
       * assigned it meanwhile) is refused with CONFLICT naming the current assignee.
       */
      seenUpdatedAt: epochMs('页面数据时间'),
    }),
    output: serviceRequest,
  },
  /** The assignee's answer: accept (the request is theirs to work), or decline with a reason (back to the queue). */
  respondAssignment: {
    input: step({
      decision: z.enum(['accept', 'decline']).describe('答复'),
      reason: optionalText('谢绝原因', REQUEST_REASON_MAX),
    }),
    output: serviceRequest,
  },
  /**
   * 服务报告: the assignee (or, for an agency, the station) closes the request with a written
   * report; the company reads all of it but the internal note.
   */
  reportRequest: {
    input: step({
      situation: text('基本情况', REPORT_TEXT_MAX, REPORT_TEXT_MIN),
      advice: text('意见建议', REPORT_TEXT_MAX, REPORT_TEXT_MIN),
      outcome: text('办理结果', REPORT_TEXT_MAX, REPORT_TEXT_MIN),
      minutesSpent: z.number().int().min(1).max(REPORT_MINUTES_MAX).describe('用时（分钟）'),
      attachments: attachmentIds('附件'),
      internalNote: optionalText('内部备注', REQUEST_NOTE_MAX),
    }),
    output: serviceRequest,
  },
  /** 撤回: the company its own (reason optional), the station with a reason the company is told. */
  cancelRequest: {
    input: step({ reason: optionalText('撤回原因', REQUEST_REASON_MAX) }),
    output: serviceRequest,
  },
  /**
   * Rates a closed request: its company's staff, once per request (later calls change it for
   * 24 h after it was first given). 2 stars or fewer asks the station's chiefs to follow up, once.
   */
  rateRequest: {
    input: step(givenRatingFields),
    output: requestRating,
  },
  /** The rating of one request (null until given), and whether the caller may give or change it now. */
  getRequestRating: {
    input: step({}),
    output: z.object({ rating: requestRating.nullable(), canRate: z.boolean() }),
  },
} as const;
