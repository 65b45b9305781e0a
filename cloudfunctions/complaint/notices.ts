/**
 * Who is told of each step of a complaint, in the inbox (and a subscribe message where the user
 * subscribed): the handler of a new one (the station's chiefs, or the admins for one about the
 * chief), the complainant of the answer and the review, the admins of an escalation, the person
 * it is passed on to. Nothing sent to the person names the complainant unless the handler shared it.
 */
import { COMPLAINT_SUBJECT } from '../../core/enums';
import { ROUTES } from '../../core/pages';
import type { Notice, Store } from '../../core/ports';
import { formatShanghai } from '../../core/rules/time';
import type { ComplaintDoc } from '../../core/store/docs';
import { complaintHandlerIds } from '../_shared/complaints';
import { overseerIds, stationChiefIds } from '../_shared/people';

const about = (c: ComplaintDoc) => `${COMPLAINT_SUBJECT.labels[c.subjectKind]}「${c.subjectLabel}」`;

function notice(c: ComplaintDoc, userIds: string[], kind: string, title: string, body: string): Notice[] {
  const facts = { station: c.stationName, subject: about(c), time: formatShanghai(c.updatedAt, 'YYYY年M月D日 HH:mm') };
  return [...new Set(userIds)].map((userId) => ({ userId, kind, title, body, link: ROUTES.complaint(c._id), facts }));
}

export async function filedNotices(store: Store, c: ComplaintDoc): Promise<Notice[]> {
  const due = c.dueAt === undefined ? '' : `，请于${formatShanghai(c.dueAt, 'M月D日 HH:mm')}前答复`;
  return notice(
    c,
    await complaintHandlerIds(store, c),
    'complaint.filed',
    '收到新的投诉',
    `${c.companyName}投诉${about(c)}${due}`,
  );
}

export async function stepNotices(store: Store, c: ComplaintDoc, step: string): Promise<Notice[]> {
  switch (step) {
    case 'answer':
      return notice(
        c,
        [c.complainantId],
        'complaint.answered',
        '您的投诉已答复',
        `您对${about(c)}的投诉已答复，请查看并确认是否满意`,
      );
    case 'escalate':
      return notice(
        c,
        await overseerIds(store, 'admin'),
        'complaint.escalated',
        '投诉提请复核',
        `${c.companyName}对${c.stationName}的答复不满意，提请复核：${about(c)}`,
      );
    case 'review':
      return notice(
        c,
        [c.complainantId, ...(c.route === 'chief' ? await stationChiefIds(store, c.stationId) : [])],
        'complaint.reviewed',
        '投诉复核已答复',
        `对${about(c)}的投诉已完成复核`,
      );
    case 'accept':
      return notice(
        c,
        c.answer ? [c.answer.by] : [],
        'complaint.accepted',
        '投诉人对答复满意',
        `${about(c)}的投诉已办结`,
      );
    default:
      return [];
  }
}

export function sharedNotices(c: ComplaintDoc): Notice[] {
  if (!c.sharedWithId) return [];
  return notice(
    c,
    [c.sharedWithId],
    'complaint.shared',
    '有一条涉及您的投诉',
    `${c.stationName}转交了一条涉及您的投诉，请查看并配合说明情况`,
  );
}
