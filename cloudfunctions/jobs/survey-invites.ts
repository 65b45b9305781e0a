/**
 * After a training ends, everyone checked in at it is asked to rate it — an inbox notice and,
 * on CloudBase, a subscribe message (the Notifier does both) — exactly once however many job
 * runs overlap (send-once.ts), with the lock `survey_invites/training:<sessionId>:<userId>`.
 *
 * Sessions are those ended within SURVEY_INVITE_LOOKBACK_MS (trainings index status+endAt): a
 * late check-in is still invited on a later run, and a first start of the job never writes to
 * people about trainings of long ago. Who was invited already is read first (one query per
 * session) so repeated runs do not retry an insert per person every time.
 */
import type { Notice } from '../../core/ports';
import { SURVEY_INVITE_LOOKBACK_MS, surveyLink } from '../../core/rules/survey';
import { formatShanghai } from '../../core/rules/time';
import type { CheckinDoc, TrainingSessionDoc } from '../../core/store/docs';
import { MAX_LIMIT } from '../../core/store/query';
import { findAll } from '../_shared/paging';
import type { HandlerContext } from '../_shared/runtime';
import { claim, eachPage, sendEach } from '../_shared/send-once';

const SURVEY_INVITE_KIND = 'survey.invite';

/** The lock of one invitation (one per person per session). */
interface SurveyInviteDoc {
  _id: string;
  targetKind: 'training';
  targetId: string;
  userId: string;
  sentAt: number;
  [key: string]: unknown;
}

const inviteId = (sessionId: string, userId: string) => `training:${sessionId}:${userId}`;

function surveyInviteNotice(s: TrainingSessionDoc, userId: string): Notice {
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
  if (!(await claim(ctx.store, 'survey_invites', lock))) return false; // already invited
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
  return sendEach(due, (userId) => invite(ctx, s, userId, now));
}

export async function sendSurveyInvites(
  ctx: HandlerContext,
  pageSize = MAX_LIMIT,
): Promise<{ sessions: number; sent: number }> {
  const now = ctx.clock.now();
  const where = { status: 'published', endAt: { $gt: now - SURVEY_INVITE_LOOKBACK_MS, $lte: now } };
  let sent = 0;
  const sessions = await eachPage<TrainingSessionDoc>(
    ctx.store,
    'trainings',
    where,
    [
      ['endAt', 'asc'],
      ['_id', 'asc'],
    ],
    pageSize,
    async (page) => {
      for (const s of page) sent += await inviteSession(ctx, s, now);
    },
  );
  if (sent > 0) ctx.log.info('survey invitations sent', { sent, sessions });
  return { sessions, sent };
}
