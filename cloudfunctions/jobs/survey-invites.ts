/**
 * After a training ends, everyone checked in at it is asked to rate it — an inbox notice and,
 * on CloudBase, a subscribe message (the Notifier does both) — exactly once however many job
 * runs overlap: the lock document `survey_invites/training:<sessionId>:<userId>` is inserted
 * FIRST; only the run whose insert succeeds notifies (a CONFLICT: another run already did).
 * If a run dies between the insert and the notice, that invitation is lost rather than sent twice.
 *
 * Sessions are those ended within SURVEY_INVITE_LOOKBACK_MS (trainings index status+endAt): a
 * late check-in is still invited on a later run, and a first start of the job never writes to
 * people about trainings of long ago. Who was invited already is read first (one query per
 * session) so repeated runs do not retry an insert per person every time.
 */
import { isAppError } from '../../core/errors';
import type { Notice } from '../../core/ports';
import { SURVEY_INVITE_LOOKBACK_MS, surveyLink } from '../../core/rules/survey';
import { formatShanghai } from '../../core/rules/time';
import type { CheckinDoc, TrainingSessionDoc } from '../../core/store/docs';
import { MAX_LIMIT } from '../../core/store/query';
import { findAll } from '../_shared/paging';
import type { HandlerContext } from '../_shared/runtime';

export const SURVEY_INVITE_KIND = 'survey.invite';

/** The lock of one invitation (one per person per session). */
export interface SurveyInviteDoc {
  _id: string;
  targetKind: 'training';
  targetId: string;
  userId: string;
  sentAt: number;
  [key: string]: unknown;
}

export const inviteId = (sessionId: string, userId: string) => `training:${sessionId}:${userId}`;

/** Invitations sent at once (each is an insert and a notice). */
const PARALLEL = 10;

export function surveyInviteNotice(s: TrainingSessionDoc, userId: string): Notice {
  const day = formatShanghai(s.startAt, 'M月D日');
  return {
    userId,
    kind: SURVEY_INVITE_KIND,
    title: `请评价培训：${s.title}`,
    body: `感谢您参加${day}${s.stationName}的培训「${s.title}」。请花一分钟为本次培训打分，并告诉我们下次想学的主题；提交后24小时内可修改。`,
    link: surveyLink('training', s._id),
    facts: {
      title: s.title,
      time: formatShanghai(s.startAt, 'YYYY年M月D日 HH:mm'),
      station: s.stationName,
      lecturer: s.lecturer,
    },
  };
}

async function invite(ctx: HandlerContext, s: TrainingSessionDoc, userId: string, now: number): Promise<boolean> {
  const lock: SurveyInviteDoc = {
    _id: inviteId(s._id, userId),
    targetKind: 'training',
    targetId: s._id,
    userId,
    sentAt: now,
  };
  try {
    await ctx.store.insert<SurveyInviteDoc>('survey_invites', lock);
  } catch (e) {
    if (isAppError(e) && e.code === 'CONFLICT') return false; // already invited
    throw e;
  }
  await ctx.notifyAll([surveyInviteNotice(s, userId)]);
  return true;
}

async function inviteSession(ctx: HandlerContext, s: TrainingSessionDoc, now: number): Promise<number> {
  const [checkins, invited] = await Promise.all([
    findAll<CheckinDoc>(ctx.store, 'checkins', { sessionId: s._id }, [['at', 'asc']]),
    findAll<SurveyInviteDoc>(ctx.store, 'survey_invites', { targetKind: 'training', targetId: s._id }),
  ]);
  const done = new Set(invited.map((i) => i.userId));
  // People checked in by hand without an account (no userId) have no inbox to write to.
  const due = [...new Set(checkins.map((c) => c.userId).filter((u): u is string => !!u && !done.has(u)))];
  let sent = 0;
  for (let i = 0; i < due.length; i += PARALLEL) {
    const results = await Promise.all(due.slice(i, i + PARALLEL).map((userId) => invite(ctx, s, userId, now)));
    sent += results.filter(Boolean).length;
  }
  return sent;
}

export async function sendSurveyInvites(
  ctx: HandlerContext,
  pageSize = MAX_LIMIT,
): Promise<{ sessions: number; sent: number }> {
  const now = ctx.clock.now();
  const where = { status: 'published', endAt: { $gt: now - SURVEY_INVITE_LOOKBACK_MS, $lte: now } };
  let sessions = 0;
  let sent = 0;
  for (let skip = 0; ; skip += pageSize) {
    const page = await ctx.store.find<TrainingSessionDoc>('trainings', {
      where,
      orderBy: [
        ['endAt', 'asc'],
        ['_id', 'asc'],
      ],
      skip,
      limit: pageSize,
    });
    for (const s of page) sent += await inviteSession(ctx, s, now);
    sessions += page.length;
    if (page.length < pageSize) break;
  }
  if (sent > 0) ctx.log.info('survey invitations sent', { sent, sessions });
  return { sessions, sent };
}
