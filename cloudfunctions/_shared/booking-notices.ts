/**
 * What the people on a booking are told when it is closed: archived (done, from the archive
 * area) or marked as a no-show (consult). Everyone on the booking except whoever acted; times in
 * Shanghai wall-clock time (formatShanghai), whatever the server's time zone. The slot text and
 * the links are shared with consult's booking notices and the reminders (jobs).
 */
import { ROUTES } from '../../core/pages';
import type { Caller, Notice } from '../../core/ports';
import { formatShanghai } from '../../core/rules/time';
import type { BookingDoc } from '../../core/store/docs';
import { bookingRecordId } from './bookings';

/** "2025年3月10日 星期一 09:00–09:30" */
export const slotText = (b: Pick<BookingDoc, 'start' | 'end'>) =>
  `${formatShanghai(b.start, 'YYYY年M月D日 dddd HH:mm')}–${formatShanghai(b.end, 'HH:mm')}`;

/** The booking's page (预约详情), where a notice about it opens. */
export const bookingLink = (b: BookingDoc) => ROUTES.booking(b._id);

/** Everyone on the booking (before and after a change) except the person who acted. */
export function othersOn(bookings: BookingDoc[], actor: Caller): string[] {
  const ids = bookings.flatMap((b) => [b.bookedBy, b.consultantId]);
  return [...new Set(ids)].filter((id) => id !== actor.userId);
}

/** The archive record's page (咨询记录), where a notice about a record opens (archived, rated). */
export const recordLink = (recordId: string) => ROUTES.record(recordId);

export function noShowNotices(b: BookingDoc, actor: Caller): Notice[] {
  return othersOn([b], actor).map((userId) => ({
    userId,
    kind: 'booking.no_show',
    title: '咨询预约标记为未到场',
    body: `${b.companyName} ${slotText(b)} 与${b.consultantName}的咨询已由${actor.displayName}标记为未到场；如有疑问请联系工作站`,
    link: bookingLink(b),
  }));
}

export function archivedNotices(b: BookingDoc, actor: Caller): Notice[] {
  return othersOn([b], actor).map((userId) => ({
    userId,
    kind: 'record.archived',
    title: '咨询记录已归档',
    body: `${b.companyName} ${slotText(b)} 与${b.consultantName}的咨询已完成，答复意见已记入咨询档案`,
    link: recordLink(bookingRecordId(b._id)),
  }));
}
