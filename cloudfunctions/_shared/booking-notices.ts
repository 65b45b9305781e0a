/**
 * What the people on a booking are told when it is closed: archived (done) or marked as a
 * no-show. Everyone on the booking except whoever acted; times in Shanghai wall-clock time.
 */
import type { Caller, Notice } from '../../core/ports';
import type { BookingDoc } from '../../core/store/docs';
import { bookingRecordId } from './ledger';
import { bookingLink, othersOn, slotText } from './notices';

export const recordLink = (recordId: string) =>
  `/packages/consult/pages/record/index?recordId=${encodeURIComponent(recordId)}`;

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
