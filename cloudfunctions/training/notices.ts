/**
 * What people signed up to a training are told, in their inbox. Times are Shanghai wall-clock
 * time (formatShanghai), whatever the server's time zone.
 */
import type { Notice } from '../../core/ports';
import { formatShanghai } from '../../core/rules/time';
import type { SignupDoc, TrainingSessionDoc } from '../../core/store/docs';
import { sessionLink } from './sessions';

/** "2025年3月10日 星期一 09:00–11:30" (a second date when it ends on another day). */
function timeText(s: Pick<TrainingSessionDoc, 'startAt' | 'endAt'>): string {
  const sameDay = formatShanghai(s.startAt, 'YYYY-MM-DD') === formatShanghai(s.endAt, 'YYYY-MM-DD');
  const end = formatShanghai(s.endAt, sameDay ? 'HH:mm' : 'YYYY年M月D日 HH:mm');
  return `${formatShanghai(s.startAt, 'YYYY年M月D日 dddd HH:mm')}–${end}`;
}

/** "中关村会议室 / 线上：https://…" */
function placeText(s: Pick<TrainingSessionDoc, 'venue' | 'onlineUrl'>): string {
  return [s.venue, s.onlineUrl ? `线上：${s.onlineUrl}` : ''].filter(Boolean).join(' / ');
}

/** Whether an edit moved the session in time or place (what the people signed up must know). */
export function movedInTimeOrPlace(before: TrainingSessionDoc, after: TrainingSessionDoc): boolean {
  return (
    before.startAt !== after.startAt ||
    before.endAt !== after.endAt ||
    (before.venue ?? '') !== (after.venue ?? '') ||
    (before.onlineUrl ?? '') !== (after.onlineUrl ?? '')
  );
}

/**
 * One notice about session `s` to each person with an account among `signups` (someone added
 * by hand has none to notify), linking to the session, with its title, time and place as facts.
 */
function tellSignedUp(
  s: TrainingSessionDoc,
  signups: SignupDoc[],
  notice: Pick<Notice, 'kind' | 'title' | 'body'>,
): Notice[] {
  const accounts = new Set(signups.flatMap((x) => (x.userId ? [x.userId] : [])));
  const facts = { title: s.title, time: timeText(s), place: placeText(s) };
  return [...accounts].map((userId) => ({ ...notice, userId, link: sessionLink(s._id), facts }));
}

export const changedNotices = (after: TrainingSessionDoc, signups: SignupDoc[]): Notice[] =>
  tellSignedUp(after, signups, {
    kind: 'training.changed',
    title: '培训时间或地点有变更',
    body: `您报名的「${after.title}」已调整为：${timeText(after)}，${placeText(after)}`,
  });

export const cancelledNotices = (s: TrainingSessionDoc, signups: SignupDoc[], reason: string): Notice[] =>
  tellSignedUp(s, signups, {
    kind: 'training.cancelled',
    title: '培训已取消',
    body: `您报名的「${s.title}」（${timeText(s)}）已取消，原因：${reason}`,
  });

export const promotedNotices = (s: TrainingSessionDoc, promoted: SignupDoc[]): Notice[] =>
  tellSignedUp(s, promoted, {
    kind: 'training.promoted',
    title: '候补成功，您已获得培训名额',
    body: `您候补的「${s.title}」（${timeText(s)}，${placeText(s)}）有了空余名额，已为您报名成功`,
  });
