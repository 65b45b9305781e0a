/**
 * What the people on a booking are told, in their inbox. Times are written in Shanghai wall
 * clock time (formatShanghai), whatever the server's time zone.
 */
import { CHANNEL, SERVICE_CATEGORY } from '../../core/enums';
import type { Caller, Notice } from '../../core/ports';
import type { BookingDoc } from '../../core/store/docs';
import { bookingLink, othersOn, slotText } from '../_shared/booking-notices';

export function bookedNotice(b: BookingDoc): Notice {
  return {
    userId: b.consultantId,
    kind: 'booking.booked',
    title: '新的咨询预约',
    body: `${b.companyName}（${b.bookedByName}）预约了 ${slotText(b)} 的${CHANNEL.labels[b.channel]}咨询，主题：${
      SERVICE_CATEGORY.labels[b.topic]
    }`,
    link: bookingLink(b),
  };
}

export function cancelledNotices(b: BookingDoc, actor: Caller, reason: string | undefined): Notice[] {
  const why = reason ? `，原因：${reason}` : '';
  return othersOn([b], actor).map((userId) => ({
    userId,
    kind: 'booking.cancelled',
    title: '咨询预约已取消',
    body: `${b.companyName} ${slotText(b)} 与${b.consultantName}的咨询已由${actor.displayName}取消${why}`,
    link: bookingLink(b),
  }));
}

export function rescheduledNotices(before: BookingDoc, after: BookingDoc, actor: Caller): Notice[] {
  const who = after.consultantId === before.consultantId ? '' : `，咨询人员改为${after.consultantName}`;
  return othersOn([before, after], actor).map((userId) => ({
    userId,
    kind: 'booking.rescheduled',
    title: '咨询预约已改期',
    body: `${after.companyName}的咨询由 ${slotText(before)} 改到 ${slotText(after)}${who}（${actor.displayName}操作）`,
    link: bookingLink(after),
  }));
}
