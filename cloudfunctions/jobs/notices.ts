/**
 * The reminder texts: what the company's booker and the consultant are told before a booked
 * consultation. Times are Shanghai wall-clock time (formatShanghai), whatever the server's zone.
 */
import { CHANNEL, SERVICE_CATEGORY } from '../../core/enums';
import type { Notice } from '../../core/ports';
import type { ReminderKind } from '../../core/rules/reminders';
import { formatShanghai, shanghaiDate } from '../../core/rules/time';
import type { BookingDoc } from '../../core/store/docs';
import { bookingLink, slotText } from '../_shared/booking-notices';

export const REMINDER_NOTICE_KIND: Record<ReminderKind, string> = {
  day: 'booking.reminder.day',
  hour: 'booking.reminder.hour',
};

/** "今天" or "明天" (a reminder looks at most 24 hours ahead), else the date. */
function dayWord(start: number, now: number): string {
  const today = shanghaiDate(now);
  const day = shanghaiDate(start);
  if (day === today) return '今天';
  if (day === shanghaiDate(now + 24 * 3600_000)) return '明天';
  return formatShanghai(start, 'M月D日');
}

/** One notice for the company's booker and one for the consultant (one, if they are the same person). */
export function reminderNotices(b: BookingDoc, kind: ReminderKind, now: number): Notice[] {
  const clock = formatShanghai(b.start, 'HH:mm');
  // "将于明天 09:00 开始", "将于一小时后（09:00）开始"
  const when = kind === 'hour' ? `一小时后（${clock}）` : `${dayWord(b.start, now)} ${clock} `;
  const how = `${CHANNEL.labels[b.channel]}咨询${b.location ? `，地点：${b.location}` : ''}`;
  const title = kind === 'hour' ? `咨询提醒：${clock} 开始` : `咨询提醒：${dayWord(b.start, now)} ${clock}`;
  const facts = {
    time: formatShanghai(b.start, 'YYYY年M月D日 HH:mm'),
    station: b.stationName,
    consultant: b.consultantName,
    company: b.companyName,
    topic: SERVICE_CATEGORY.labels[b.topic],
    place: b.location ?? `${CHANNEL.labels[b.channel]}咨询`,
  };
  const common = { kind: REMINDER_NOTICE_KIND[kind], title, link: bookingLink(b), facts };
  const notices: Notice[] = [
    {
      ...common,
      userId: b.bookedBy,
      body: `您预约的咨询将于${when}开始：${slotText(b)}，${b.stationName}，咨询人员${b.consultantName}，${how}。如需取消或改期，请尽早操作。`,
    },
  ];
  if (b.consultantId !== b.bookedBy) {
    notices.push({
      ...common,
      userId: b.consultantId,
      body: `${b.companyName}（${b.bookedByName}）的咨询将于${when}开始：${slotText(b)}，主题：${
        SERVICE_CATEGORY.labels[b.topic]
      }，${how}。`,
    });
  }
  return notices;
}
