/**
 * Consultations (004 §6.1.3), first part: consultants' availability, the slots it offers,
 * booking, cancelling and rescheduling. Times are epoch ms; days are Shanghai dates.
 */
import { z } from 'zod';
import { BOOKING_STATUS, CHANNEL, SERVICE_CATEGORY } from '../enums';
import * as LIMIT from '../rules/consult-limits';
import { isClock } from '../rules/time';
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

// Labels live in core/enums.ts (zod-free, so pages can show them without the contract library).
const CHANNELS = CHANNEL.values;
const BOOKING_STATUSES = BOOKING_STATUS.values;

const clock = (label: string) => z.string().refine(isClock, { message: '时间格式应为 HH:mm' }).describe(label);
const slotMinutes = z.number().int().min(LIMIT.SLOT_MINUTES_MIN).max(LIMIT.SLOT_MINUTES_MAX).describe('每个时段分钟数');
const channel = oneOf(CHANNELS, '咨询方式');

/** "Every Monday and Wednesday 09:00–12:00, 30-minute slots, on site in room 201." */
export const weeklyRule = z
  .object({
    weekdays: z.array(z.number().int().min(1).max(7)).min(1).max(7).describe('星期'),
    start: clock('开始时间'),
    end: clock('结束时间'),
    slotMinutes,
    channel,
    location: optionalText('地点', LIMIT.PLACE_MAX),
  })
  .refine((r) => r.start < r.end, { message: '结束时间须晚于开始时间', path: ['end'] });

export type WeeklyRule = z.infer<typeof weeklyRule>;

/** A day off (leave, holiday), or extra hours on one date. */
export const dateException = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('off'), date: date('日期'), note: optionalText('说明', LIMIT.EXCEPTION_NOTE_MAX) }),
  z
    .object({
      kind: z.literal('extra'),
      date: date('日期'),
      start: clock('开始时间'),
      end: clock('结束时间'),
      slotMinutes,
      channel,
      location: optionalText('地点', LIMIT.PLACE_MAX),
      note: optionalText('说明', LIMIT.EXCEPTION_NOTE_MAX),
    })
    .refine((r) => r.start < r.end, { message: '结束时间须晚于开始时间', path: ['end'] }),
]);

export type DateException = z.infer<typeof dateException>;

export const availability = z.object({
  stationId: z.string(),
  consultantId: z.string(),
  consultantName: z.string(),
  rules: z.array(weeklyRule),
  exceptions: z.array(dateException),
  updatedAt: epochMs('更新时间'),
});
export type Availability = z.infer<typeof availability>;

/** A station's booking rules (DEFAULT_BOOKING_RULES in core/rules/slots.ts when it set none). */
export const bookingRules = z.object({
  /** A slot must start at least this long after now. */
  minNoticeMinutes: z.number().int().min(0).max(LIMIT.MIN_NOTICE_MINUTES_MAX).describe('最短提前预约分钟数'),
  /** …and at most this many days ahead. */
  horizonDays: z.number().int().min(1).max(LIMIT.HORIZON_DAYS_MAX).describe('可预约天数'),
  /** Open (not yet held or cancelled) bookings one company may hold at one station. */
  maxOpenPerCompany: z.number().int().min(1).max(LIMIT.MAX_OPEN_PER_COMPANY_MAX).describe('每家企业未完成预约上限'),
});
export type BookingRules = z.infer<typeof bookingRules>;

export const consultant = z.object({ id: z.string(), name: z.string(), role: z.enum(['liaison', 'expert', 'chief']) });

export const slot = z.object({
  consultantId: z.string(),
  consultantName: z.string(),
  start: epochMs('开始'),
  end: epochMs('结束'),
  channel,
  location: z.string().optional(),
});
export type SlotView = z.infer<typeof slot>;

export const booking = z.object({
  id: z.string(),
  stationId: z.string(),
  stationName: z.string(),
  companyId: z.string(),
  companyName: z.string(),
  bookedBy: z.string(),
  bookedByName: z.string(),
  consultantId: z.string(),
  consultantName: z.string(),
  start: epochMs('开始'),
  end: epochMs('结束'),
  channel,
  location: z.string().optional(),
  topic: oneOf(SERVICE_CATEGORY.values, '咨询主题'),
  question: z.string(),
  /**
   * The booker's attachments with URLs to load them: filled only where one booking is read
   * (getBooking), since CloudBase URLs cost a storage call per read; lists and the results of changes answer [].
   */
  attachments: z.array(attachmentView),
  status: oneOf(BOOKING_STATUSES, '状态'),
  /** Who changed what and when: booked, rescheduled, cancelled… (kept, never rewritten). */
  history: z.array(
    z.object({ at: z.number(), by: z.string(), byName: z.string(), event: z.string(), note: z.string().optional() }),
  ),
  cancelReason: z.string().optional(),
  createdAt: epochMs('创建时间'),
});
export type Booking = z.infer<typeof booking>;

/** A booking of a consultant's day, with its archive record's id once one was written. */
export const dayBooking = booking.extend({ recordId: z.string().optional() });
export type DayBooking = z.infer<typeof dayBooking>;

/** The bookings' filters: the list's and its export's. */
const bookingFilters = {
  status: oneOf(BOOKING_STATUSES, '状态').optional(),
  from: epochMs('开始').optional(),
  to: epochMs('结束').optional(),
};

export const consult = {
  getAvailability: {
    input: z.object({ stationId: id('站点'), consultantId: id('咨询人员') }),
    output: availability,
  },
  saveAvailability: {
    input: z.object({
      stationId: id('站点'),
      consultantId: id('咨询人员'),
      rules: z.array(weeklyRule).max(20).describe('每周安排'),
      exceptions: z.array(dateException).max(100).describe('例外日期'),
    }),
    output: availability,
  },
  getBookingRules: { input: z.object({ stationId: id('站点') }), output: bookingRules },
  setBookingRules: { input: z.object({ stationId: id('站点'), ...bookingRules.shape }), output: bookingRules },
  listConsultants: {
    input: z.object({ stationId: id('站点') }),
    output: z.array(consultant),
  },
  /**
   * Everyone who consults at the station (its liaisons, experts and chiefs), by name, and whether
   * they have published a pattern yet: the chief's picker of whose consulting time to edit.
   */
  listStationMembers: {
    input: z.object({ stationId: id('站点') }),
    output: z.array(consultant.extend({ hasPattern: z.boolean() })),
  },
  /** Free slots from `from` for `days` days: per-day counts (the calendar) and the slots. */
  listSlots: {
    input: z.object({
      stationId: id('站点'),
      consultantId: id('咨询人员').optional(),
      from: date('开始日期'),
      days: z.number().int().min(1).max(31).default(7).describe('天数'),
    }),
    output: z.object({ days: z.array(z.object({ date: z.string(), free: z.number().int() })), slots: z.array(slot) }),
  },
  book: {
    input: z.object({
      clientRequestId,
      stationId: id('站点'),
      consultantId: id('咨询人员'),
      slotStart: epochMs('预约时段'),
      topic: oneOf(SERVICE_CATEGORY.values, '咨询主题'),
      question: text('问题描述', LIMIT.BOOKING_QUESTION_MAX, LIMIT.BOOKING_QUESTION_MIN),
      attachments: attachmentIds('附件'),
    }),
    output: booking,
  },
  cancelBooking: {
    input: z.object({ bookingId: id('预约'), reason: optionalText('取消原因', LIMIT.CANCEL_REASON_MAX) }),
    output: booking,
  },
  rescheduleBooking: {
    input: z.object({ bookingId: id('预约'), consultantId: id('咨询人员').optional(), slotStart: epochMs('新时段') }),
    output: booking,
  },
  getBooking: { input: z.object({ bookingId: id('预约') }), output: booking },
  /** Company staff: their company's; a consultant: their own; a chief: the station's; admin: all. */
  listBookings: {
    input: z.object({ ...bookingFilters, ...pageInput }),
    output: pageOf(booking),
  },
  /** The bookings as filtered, every one, soonest first, as an Excel workbook: a chief the station's, an admin all. */
  exportBookings: { input: z.object(bookingFilters), output: exported },
  /**
   * 今日咨询: the acting consultant's bookings of one Shanghai day (today by default), soonest
   * first, every status; a chief's covers the whole station. `now` is the server's clock, so the
   * page knows which consultations have started (and may be marked as no-show).
   */
  listMyDay: {
    input: z.object({ date: date('日期').optional() }),
    output: z.object({ date: z.string(), now: epochMs('当前时间'), bookings: z.array(dayBooking) }),
  },
  /** The company did not come: only once the consultation has started; frees the company's quota. */
  markNoShow: { input: z.object({ bookingId: id('预约') }), output: booking },
} as const;
