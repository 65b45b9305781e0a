/**
 * Edits a session (its station's chief, or an admin). In one transaction over the session as it
 * is now: a cancelled session stays as it is, the capacity never drops below the seats taken.
 * A higher capacity then gives the new seats to the waitlist in order; everyone signed up
 * (seated or waiting) is told when the time or the place changed.
 */
import { AppError } from '../../../core/errors';
import type { SignupDoc, TrainingSessionDoc } from '../../../core/store/docs';
import { findAll } from '../../_shared/paging';
import { handler } from '../../_shared/runtime';
import { invalidField } from '../../_shared/errors';
import { sessionContent, type SessionContent } from '../form';
import { changedNotices, movedInTimeOrPlace, promotedNotices } from '../notices';
import { fillSeats } from '../seats';
import { loadSession, SESSION_NOT_FOUND } from '../../_shared/training-sessions';
import { sessionTarget } from '../sessions';
import { sessionView } from '../views';

/** Optional fields the form may clear: removed from the document rather than set to nothing. */
const CLEARABLE = ['courseId', 'venue', 'onlineUrl'] as const;

function patchOf(content: SessionContent) {
  const set: Record<string, unknown> = {};
  const unset: string[] = [];
  for (const [key, value] of Object.entries(content)) {
    if (value === undefined) {
      if ((CLEARABLE as readonly string[]).includes(key)) unset.push(key);
    } else set[key] = value;
  }
  return { set, unset };
}

export default handler('training', 'updateSession', async (ctx, input) => {
  const caller = ctx.requireCaller();
  const before = await loadSession(ctx.store, input.sessionId);
  ctx.authorize(sessionTarget(before));
  const now = ctx.clock.now();
  const { sessionId, ...form } = input;
  // Moving the start is judged like a new session; keeping it (a session under way) is allowed.
  const content = await sessionContent(ctx.store, before.stationId, form, now, form.startAt !== before.startAt);
  const { set, unset } = patchOf(content);

  const after = await ctx.store.transaction(async (tx) => {
    const current = await tx.get<TrainingSessionDoc>('trainings', sessionId);
    if (!current) throw new AppError('NOT_FOUND', SESSION_NOT_FOUND);
    if (current.status === 'cancelled') throw new AppError('CONFLICT', '该培训已取消，不能再修改');
    if (content.capacity < current.confirmedCount) {
      throw invalidField(
        'capacity',
        '人数上限',
        `已有 ${current.confirmedCount} 人报名成功，人数上限不能少于 ${current.confirmedCount}`,
      );
    }
    await tx.updateById('trainings', sessionId, {
      set: { ...set, updatedAt: now, updatedBy: caller.userId },
      ...(unset.length ? { unset } : {}),
    });
    const updated: TrainingSessionDoc = { ...current, ...content, updatedAt: now, updatedBy: caller.userId };
    for (const key of unset) delete updated[key];
    return updated;
  });
  await ctx.audit('update', sessionId, { capacity: after.capacity, startAt: after.startAt });

  const promoted = after.capacity > before.capacity ? await fillSeats(ctx.store, sessionId, now) : [];
  if (movedInTimeOrPlace(before, after)) {
    const signedUp = await findAll<SignupDoc>(ctx.store, 'signups', {
      sessionId,
      status: { $in: ['confirmed', 'waitlisted'] },
    });
    await ctx.notifyAll(changedNotices(after, signedUp));
  }
  await ctx.notifyAll(promotedNotices(after, promoted));
  return sessionView(promoted.length ? await loadSession(ctx.store, sessionId) : after);
});
