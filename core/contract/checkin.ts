/**
 * Check-in at the venue (现场签到, 004 §7.3.2 attendance records): the chief's screen shows a code
 * that changes every 30 s; a trainee scans it and is checked in once; the chief checks in people
 * without a phone by hand and watches the count.
 *
 * The check-in actions take no clientRequestId: a check-in's id is `<sessionId>:<person>`, so a
 * retry or a second scan meets the first check-in and is answered with it (`already`), which is
 * what a request log would do — without turning twenty quick scans into "still processing" errors.
 */
import { z } from 'zod';
import { SIGNUP_SOURCE, SIGNUP_STATUS } from '../enums';
import { epochMs, id, mobile, oneOf, optionalText, pageInput, pageOf, text } from './common';

const sessionId = id('培训场次');

/** What a scan or a manual check-in answers: the first check-in, now or earlier (`already`). */
export const checkinResult = z.object({
  sessionId: z.string(),
  title: z.string(),
  name: z.string(),
  /** True when this person was already checked in: `at` is the first time. */
  already: z.boolean(),
  at: epochMs('签到时间'),
  late: z.boolean(),
  walkIn: z.boolean(),
});
export type CheckinResult = z.infer<typeof checkinResult>;

/** The screen's counts: from the session's counters, never by counting documents. */
export const liveCount = z.object({
  sessionId: z.string(),
  /** Checked in so far (sign-ups and walk-ins). */
  checkedIn: z.number().int(),
  /** Signed up in advance with a confirmed seat (walk-ins not included). */
  signedUp: z.number().int(),
  walkIns: z.number().int(),
  /** Confirmed (signed up or walk-in) and not checked in yet. */
  notYet: z.number().int(),
  capacity: z.number().int(),
  seatsLeft: z.number().int(),
  /** The latest check-ins, newest first. */
  recent: z.array(
    z.object({ name: z.string(), companyName: z.string(), at: z.number(), late: z.boolean(), walkIn: z.boolean() }),
  ),
});
export type LiveCount = z.infer<typeof liveCount>;

export const ATTENDEE_FILTERS = ['pending', 'checkedIn', 'waitlisted'] as const;
export type AttendeeFilter = (typeof ATTENDEE_FILTERS)[number];

/** One row of the chief's sign-up list on the manual check-in page. */
export const attendee = z.object({
  signupId: z.string(),
  name: z.string(),
  companyName: z.string(),
  mobile: z.string(),
  status: oneOf(SIGNUP_STATUS.values, '报名状态'),
  source: oneOf(SIGNUP_SOURCE.values, '报名方式'),
  checkedInAt: z.number().optional(),
  late: z.boolean().optional(),
});
export type Attendee = z.infer<typeof attendee>;

export const checkin = {
  /**
   * The code on the chief's screen: a fresh token every 30 s (`refreshInMs` until the next one),
   * drawn as a mini program code on WeChat, a QR code of the H5 check-in URL elsewhere.
   */
  getCode: {
    input: z.object({ sessionId }),
    output: z.object({
      sessionId: z.string(),
      title: z.string(),
      startAt: z.number(),
      endAt: z.number(),
      /** Scans are accepted from `opensAt` (30 min before the start) to `closesAt` (the end). */
      opensAt: z.number(),
      closesAt: z.number(),
      token: z.string(),
      /** When this code is replaced on the screen (it is still accepted for one more window). */
      expiresAt: z.number(),
      /** Milliseconds from the server's now to `expiresAt`: the client counts down on its own clock. */
      refreshInMs: z.number().int(),
      /** The picture as a data URL: a PNG on the host, the image WeChat returns on CloudBase. */
      image: z.string(),
      kind: z.enum(['miniprogram', 'url']),
      /** What the QR code holds (kind 'url'). */
      url: z.string().optional(),
    }),
  },
  /**
   * A trainee's scan. `sessionId`: the session the scan page was opened for (from the session's
   * page), so a code of another session is refused; absent when the code itself opened the page.
   */
  checkIn: {
    input: z.object({
      token: z.string().trim().min(1).max(64).describe('签到码'),
      sessionId: sessionId.optional(),
    }),
    output: checkinResult,
  },
  /** The chief checks someone in by hand: from the sign-up list, or a walk-in by name and mobile. */
  manualCheckIn: {
    input: z
      .object({
        sessionId,
        signupId: id('报名记录').optional(),
        walkIn: z
          .object({
            name: text('姓名', 30),
            mobile: mobile('手机号'),
            companyName: text('单位名称', 60),
            title: optionalText('职务', 30),
          })
          .optional()
          .describe('现场登记'),
      })
      .refine((v) => (v.signupId ? 1 : 0) + (v.walkIn ? 1 : 0) === 1, {
        message: '请从报名名单中选择一人，或填写现场登记信息',
        path: ['signupId'],
      }),
    output: checkinResult,
  },
  getLiveCount: { input: z.object({ sessionId }), output: liveCount },
  /** The sign-up list for manual check-in: not checked in yet, checked in, or waitlisted. */
  listAttendees: {
    input: z.object({
      sessionId,
      filter: oneOf(ATTENDEE_FILTERS, '名单').default('pending'),
      keyword: optionalText('姓名或手机号', 30),
      ...pageInput,
    }),
    output: pageOf(attendee),
  },
} as const;
