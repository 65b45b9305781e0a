/**
 * Trainings (培训, 004 §6.1.10, §7.3.2): a station chief publishes sessions; anyone signed in signs
 * up (a seat while seats remain, then the waitlist in arrival order); the chief keeps the list,
 * adds people by hand and exports it; attendance (check-ins) builds the station's talent pool
 * (人才库, §7.3.5 b).
 */
import { z } from 'zod';
import { SIGNUP_SOURCE, SIGNUP_STATUS, TRAINING_AUDIENCE, TRAINING_STATUS } from '../enums';
import { DEFAULT_TRAINING_QUESTIONNAIRE_ID, TRAINING_LIMITS as L } from '../rules/training';
import { clientRequestId, epochMs, exported, id, mobile, oneOf, optionalText, pageInput, pageOf, text } from './common';

const onlineUrl = z
  .string()
  .trim()
  .max(L.onlineUrl)
  .refine((v) => v === '' || /^https?:\/\/\S+$/i.test(v), { message: '请填写以 http:// 或 https:// 开头的链接' })
  .optional()
  .describe('线上链接');

/** What the chief fills in, when creating and when editing. */
const sessionFields = {
  courseId: id('课程').optional(),
  title: optionalText('培训主题', L.title),
  description: optionalText('培训简介', L.description),
  lecturer: text('主讲人', L.lecturer),
  startAt: epochMs('开始时间'),
  endAt: epochMs('结束时间'),
  venue: optionalText('培训地点', L.venue),
  onlineUrl,
  capacity: z.number().int().min(1).max(L.capacityMax).describe('人数上限'),
  signupDeadline: epochMs('报名截止时间'),
  allowWalkIns: z.boolean().default(false).describe('允许未报名者现场签到'),
  audience: oneOf(TRAINING_AUDIENCE.values, '报名范围').default('open'),
  questionnaireId: id('满意度问卷').default(DEFAULT_TRAINING_QUESTIONNAIRE_ID),
};

export const trainingSession = z.object({
  id: z.string(),
  stationId: z.string(),
  stationName: z.string(),
  courseId: z.string().optional(),
  title: z.string(),
  description: z.string(),
  lecturer: z.string(),
  startAt: epochMs('开始时间'),
  endAt: epochMs('结束时间'),
  venue: z.string().optional(),
  onlineUrl: z.string().optional(),
  capacity: z.number().int(),
  signupDeadline: epochMs('报名截止时间'),
  allowWalkIns: z.boolean(),
  audience: oneOf(TRAINING_AUDIENCE.values, '报名范围'),
  questionnaireId: z.string(),
  status: oneOf(TRAINING_STATUS.values, '状态'),
  confirmedCount: z.number().int(),
  waitlistCount: z.number().int(),
  checkedInCount: z.number().int(),
  walkInCount: z.number().int(),
  seatsLeft: z.number().int(),
  /** Checked in ÷ confirmed (0…1); null before anyone is confirmed. */
  attendanceRate: z.number().nullable(),
  cancelReason: z.string().optional(),
  cancelledAt: z.number().optional(),
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type TrainingSession = z.infer<typeof trainingSession>;

export const signup = z.object({
  id: z.string(),
  sessionId: z.string(),
  name: z.string(),
  companyId: z.string().optional(),
  companyName: z.string(),
  title: z.string(),
  mobile: z.string(),
  status: oneOf(SIGNUP_STATUS.values, '报名状态'),
  source: oneOf(SIGNUP_SOURCE.values, '报名方式'),
  /** Place in arrival order. */
  seq: z.number().int(),
  /** While waitlisted: 1 = next to get a seat. */
  waitlistPosition: z.number().int().optional(),
  checkedInAt: z.number().optional(),
  late: z.boolean().optional(),
  createdAt: z.number(),
  cancelledAt: z.number().optional(),
  promotedAt: z.number().optional(),
});
export type Signup = z.infer<typeof signup>;

/** One of my trainings (我的培训): my sign-up and what I need of its session. */
export const myTraining = z.object({
  signup,
  session: trainingSession.pick({
    id: true,
    stationName: true,
    title: true,
    lecturer: true,
    startAt: true,
    endAt: true,
    venue: true,
    onlineUrl: true,
    status: true,
    questionnaireId: true,
  }),
  checkedIn: z.boolean(),
});
export type MyTraining = z.infer<typeof myTraining>;

/** One person of the station's talent pool: everyone who attended one of its trainings. */
export const talent = z.object({
  key: z.string(),
  name: z.string(),
  companyName: z.string(),
  title: z.string(),
  mobile: z.string(),
  attended: z.number().int(),
  courses: z.array(z.string()),
  lastAttendedAt: z.number(),
});
export type Talent = z.infer<typeof talent>;

/** A person signing up (or added by hand). */
const personFields = {
  name: text('姓名', L.name),
  title: optionalText('职务', L.personTitle),
  mobile: mobile('手机号'),
};

export const training = {
  /** A station chief (or an admin) publishes a session; it is open for sign-up at once. */
  createSession: {
    input: z.object({ clientRequestId, stationId: id('工作站'), ...sessionFields }),
    output: trainingSession,
  },
  /**
   * Edits a session. Capacity never below the confirmed seats; a higher capacity gives the new
   * seats to the waitlist in order. Everyone signed up is told when the time or place changes.
   */
  updateSession: {
    input: z.object({ sessionId: id('培训'), ...sessionFields }),
    output: trainingSession,
  },
  /** Cancels a session (status only; nothing deleted); everyone signed up is told why. */
  cancelSession: {
    input: z.object({ sessionId: id('培训'), reason: text('取消原因', L.reason) }),
    output: trainingSession,
  },
  /** Published sessions, public: upcoming (not ended) soonest first, or past ones latest first. */
  listSessions: {
    input: z.object({
      stationId: id('工作站').optional(),
      when: z.enum(['upcoming', 'past']).default('upcoming').describe('时间'),
      ...pageInput,
    }),
    output: pageOf(trainingSession),
  },
  /** 培训管理: all of a station's sessions (cancelled too), latest first, with attendance. */
  listStationSessions: {
    input: z.object({ stationId: id('工作站'), ...pageInput }),
    output: pageOf(trainingSession),
  },
  /** 培训管理 as an Excel workbook: every session of the station, latest first, with its counts. */
  exportSessions: { input: z.object({ stationId: id('工作站') }), output: exported },
  /** One session, public; signed in: my own sign-up too, and whether I may manage it. */
  getSession: {
    input: z.object({ sessionId: id('培训') }),
    output: z.object({ session: trainingSession, mySignup: signup.nullable(), canManage: z.boolean() }),
  },
  /**
   * Signs the caller up: a seat while seats remain, else the waitlist in arrival order. Company
   * staff sign up for the company they act for; anyone else names their company.
   */
  signUp: {
    input: z.object({
      clientRequestId,
      sessionId: id('培训'),
      ...personFields,
      companyName: optionalText('单位名称', L.companyName),
    }),
    output: signup,
  },
  /** The caller cancels their sign-up (until the deadline); a freed seat goes to the first waiting. */
  cancelSignup: {
    input: z.object({ sessionId: id('培训') }),
    output: signup,
  },
  /** The chief's list: one status at a time, in arrival order, with the count of each. */
  listSignups: {
    input: z.object({
      sessionId: id('培训'),
      status: oneOf(SIGNUP_STATUS.values, '报名状态').default('confirmed'),
      ...pageInput,
    }),
    output: pageOf(signup).extend({
      counts: z.object({ confirmed: z.number().int(), waitlisted: z.number().int(), cancelled: z.number().int() }),
    }),
  },
  /** The chief adds someone by hand (counted against capacity like any sign-up). */
  addSignup: {
    input: z.object({
      clientRequestId,
      sessionId: id('培训'),
      ...personFields,
      companyName: text('单位名称', L.companyName),
    }),
    output: signup,
  },
  /** The sign-up list as an Excel workbook (.xlsx). */
  exportSignups: { input: z.object({ sessionId: id('培训') }), output: exported },
  /** 我的培训: my sign-ups, latest first, with their sessions and whether I checked in. */
  myTrainings: { input: z.object({ ...pageInput }), output: pageOf(myTraining) },
  /** 人才库: who attended the station's trainings, by name, company or course. */
  talentPool: {
    input: z.object({ stationId: id('工作站'), keyword: optionalText('关键词', 50), ...pageInput }),
    output: pageOf(talent),
  },
  exportTalentPool: {
    input: z.object({ stationId: id('工作站'), keyword: optionalText('关键词', 50) }),
    output: exported,
  },
} as const;
