/**
 * Complaints (投诉, 004 §9.2): company staff complain about a station, a service their company
 * received (a booking, a consultation, a request, a training) or a person who served them; the
 * station's chief answers (the admin, when it is about the chief) within the admin's limit in
 * working days; the complainant accepts the answer or escalates it to the admin, whose review is
 * final (core/rules/complaint-flow.ts). Every step is kept in the history.
 *
 * One published shape: to the person complained about (once the handler passes the complaint on)
 * `complainantName` and `companyName` are COMPLAINANT_WITHHELD unless the handler chose to share
 * who complained, so nothing else can leak it.
 */
import { z } from 'zod';
import { COMPLAINT_ROUTE, COMPLAINT_STATUS, COMPLAINT_SUBJECT } from '../enums';
import {
  COMPLAINT_ANSWER_MAX,
  COMPLAINT_ANSWER_MIN,
  COMPLAINT_DAYS_MAX,
  COMPLAINT_DAYS_MIN,
  COMPLAINT_FACTS_MAX,
  COMPLAINT_FACTS_MIN,
  COMPLAINT_REASON_MAX,
  COMPLAINT_REASON_MIN,
  COMPLAINT_STEPS,
  COMPLAINT_WANTED_MAX,
} from '../rules/complaint-flow';
import {
  attachmentIds,
  attachmentView,
  clientRequestId,
  epochMs,
  id,
  oneOf,
  optionalText,
  pageInput,
  pageOf,
  text,
} from './common';

const complaintId = id('投诉');
const status = oneOf(COMPLAINT_STATUS.values, '状态');

/**
 * What the complaint is about, picked from the complainant's own records: the station (or its
 * chief in person), or one service the company received — and with `aboutPerson`, the person who
 * gave it (the consultant of a booking or consultation, the handler of a request).
 */
const subjectInput = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('station'),
    stationId: id('服务站点'),
    aboutChief: z.boolean().default(false).describe('投诉站长本人'),
  }),
  z.object({
    kind: z.enum(['booking', 'record', 'request']),
    refId: id('相关服务'),
    aboutPerson: z.boolean().default(false).describe('投诉服务人员'),
  }),
  z.object({ kind: z.literal('training'), refId: id('相关培训') }),
]);

const summaryFields = {
  id: z.string(),
  status,
  stationId: z.string(),
  stationName: z.string(),
  subject: z.object({ kind: oneOf(COMPLAINT_SUBJECT.values, '投诉对象'), label: z.string() }),
  /** The person complained about, when it is a person. */
  personName: z.string().optional(),
  route: oneOf(COMPLAINT_ROUTE.values, '处理人'),
  /** Who complained, or COMPLAINANT_WITHHELD (see the top comment). */
  complainantName: z.string(),
  companyName: z.string(),
  /** When the answer (or the review) is due, while one is owed. */
  dueAt: epochMs('答复期限').optional(),
  overdue: z.boolean(),
  createdAt: epochMs('投诉时间'),
  updatedAt: epochMs('更新时间'),
};

export const complaintSummary = z.object(summaryFields);
export type ComplaintSummary = z.infer<typeof complaintSummary>;

const reply = z.object({ text: z.string(), byName: z.string(), at: epochMs('时间') });

export const complaintDetail = z.object({
  ...summaryFields,
  facts: z.string(),
  wanted: z.string(),
  attachments: z.array(attachmentView),
  answer: reply.optional(),
  escalation: z.object({ reason: z.string(), at: epochMs('时间') }).optional(),
  review: reply.optional(),
  history: z.array(
    z.object({ at: epochMs('时间'), byName: z.string(), event: z.string(), note: z.string().optional() }),
  ),
  /** How the caller stands to it. */
  side: z.enum(['complainant', 'handler', 'person']),
  /** The steps the caller may take now (server-judged); the page offers only these. */
  steps: z.array(oneOf(COMPLAINT_STEPS, '可办理操作')),
  /** The handler may pass it to the person complained about (once). */
  canShare: z.boolean(),
  /** Passed on to the person complained about, and whether their identity went with it. */
  shared: z.object({ withName: z.string(), identity: z.boolean(), at: epochMs('时间') }).optional(),
});
export type ComplaintDetail = z.infer<typeof complaintDetail>;

const listFilters = {
  status: status.optional(),
  /** Only those whose answer is overdue now. */
  overdue: z.boolean().optional().describe('仅看超时'),
};

const answerText = (label: string) => text(label, COMPLAINT_ANSWER_MAX, COMPLAINT_ANSWER_MIN);

export const complaint = {
  /**
   * 投诉: about the station, a service the company received or a person who served it — the
   * record must be the caller's company's (a training: the caller's own sign-up). It goes to the
   * station's chief, or to the admin when it is about the chief.
   */
  fileComplaint: {
    input: z.object({
      clientRequestId,
      subject: subjectInput,
      facts: text('投诉事实', COMPLAINT_FACTS_MAX, COMPLAINT_FACTS_MIN),
      wanted: optionalText('诉求', COMPLAINT_WANTED_MAX),
      attachments: attachmentIds('证明材料'),
    }),
    output: complaintDetail,
  },
  /** 我的投诉: the caller's own complaints, newest first. */
  listMyComplaints: { input: z.object({ ...listFilters, ...pageInput }), output: pageOf(complaintSummary) },
  /**
   * 投诉处理: the complaints the acting role handles, newest first — a chief the station's (not
   * those about the chief), an admin every one (or one station's).
   */
  listComplaints: {
    input: z.object({ ...listFilters, stationId: id('服务站点').optional(), ...pageInput }),
    output: pageOf(complaintSummary),
  },
  /** 涉及我的投诉: those the handler passed on to the caller as the person complained about. */
  listSharedWithMe: { input: z.object(pageInput), output: pageOf(complaintSummary) },
  getComplaint: { input: z.object({ complaintId }), output: complaintDetail },
  /** The handler's answer (the chief, or the admin for one about the chief). */
  answerComplaint: { input: z.object({ complaintId, answer: answerText('答复内容') }), output: complaintDetail },
  /** The complainant is satisfied: the complaint is closed. */
  acceptAnswer: { input: z.object({ complaintId }), output: complaintDetail },
  /** The complainant is not satisfied: the admin reviews it. */
  escalateComplaint: {
    input: z.object({ complaintId, reason: text('复核理由', COMPLAINT_REASON_MAX, COMPLAINT_REASON_MIN) }),
    output: complaintDetail,
  },
  /** The admin's review of an escalated complaint: final, it closes it. */
  reviewComplaint: { input: z.object({ complaintId, answer: answerText('复核意见') }), output: complaintDetail },
  /**
   * Passes the complaint on to the person complained about, for their explanation; who complained
   * goes with it only when `revealIdentity`.
   */
  shareComplaint: {
    input: z.object({
      complaintId,
      revealIdentity: z.boolean().default(false).describe('告知投诉人身份'),
    }),
    output: complaintDetail,
  },
  /** The answer limit, in working days (shown on the form; the admin sets it). */
  getComplaintSettings: { input: z.object({}), output: z.object({ answerDays: z.number().int() }) },
  setComplaintSettings: {
    input: z.object({
      answerDays: z.number().int().min(COMPLAINT_DAYS_MIN).max(COMPLAINT_DAYS_MAX).describe('答复时限（工作日）'),
    }),
    output: z.object({ answerDays: z.number().int() }),
  },
} as const;
