/** Labels of the consultation enums (core/enums.ts, zod-free) as the consult pages use them. */
import type { Booking } from '@core/contract';
import { BOOKING_STATUS, CHANNEL, SERVICE_CATEGORY, labelOf } from '@core/enums';

export type Channel = Booking['channel'];
export type BookingStatus = Booking['status'];
export type Topic = Booking['topic'];

export const CHANNELS: readonly Channel[] = CHANNEL.values;

export const channelLabel = (c: string | undefined) => labelOf(CHANNEL, c);
export const statusLabel = (s: string) => labelOf(BOOKING_STATUS, s);
export const topicLabel = (t: string) => labelOf(SERVICE_CATEGORY, t);

/** The filter chips of the bookings list, in the order people look for them. */
export const STATUS_FILTER: BookingStatus[] = ['booked', 'cancelled', 'done', 'no_show'];

/**
 * The topics a company can book a consultation on: the basic services of 004 §6.1 (the
 * mobile-studio services are applied for with a studio, not booked).
 */
export const TOPICS = SERVICE_CATEGORY.values
  .filter((v) => !v.startsWith('studio_'))
  .map((value) => ({ value: value as Topic, label: SERVICE_CATEGORY.labels[value] }));

/** A history entry's event in Chinese (unknown events are shown as they are). */
const EVENTS: Record<string, string> = {
  booked: '预约',
  rescheduled: '改约',
  cancelled: '取消预约',
  no_show: '标记未到场',
  done: '完成咨询',
};
export const eventLabel = (event: string) => EVENTS[event] ?? event;
