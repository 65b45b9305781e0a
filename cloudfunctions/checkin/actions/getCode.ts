/**
 * The code on the chief's check-in screen: a token for the current 30 s window, drawn by the
 * platform (a mini program code on CloudBase, a QR code of the H5 URL on the host). The screen
 * asks again when `refreshInMs` has passed; the previous code keeps working for one more window.
 */
import { AppError } from '../../../core/errors';
import { CHECKIN_MESSAGES, CHECKIN_SCAN_PAGE, checkinPhase, checkinWindowOf } from '../../../core/rules/checkin-token';
import type { Store } from '../../../core/ports';
import type { TrainingSessionDoc } from '../../../core/store/docs';
import { handler } from '../../_shared/runtime';
import { loadSession } from '../../_shared/training-sessions';
import { checkinKey, issueToken } from '../token';

/**
 * The session's short code, made by the first call: set only where none is set yet, then read
 * back, so two screens opened at once end up showing the same one.
 */
async function withCheckinCode(
  store: Store,
  session: TrainingSessionDoc,
  fresh: () => string,
): Promise<TrainingSessionDoc & { checkinCode: string }> {
  if (session.checkinCode) return session as TrainingSessionDoc & { checkinCode: string };
  await store.update('trainings', { _id: session._id, checkinCode: null }, { set: { checkinCode: fresh() } });
  const current = await loadSession(store, session._id);
  if (!current.checkinCode) throw new Error('check-in code not set');
  return current as TrainingSessionDoc & { checkinCode: string };
}

export default handler('checkin', 'getCode', async (ctx, input) => {
  const found = await loadSession(ctx.store, input.sessionId);
  ctx.authorize({ stationId: found.stationId });
  const now = ctx.clock.now();
  if (found.status === 'cancelled') throw new AppError('CONFLICT', CHECKIN_MESSAGES.cancelled);
  if (checkinPhase(found, now) === 'ended') throw new AppError('CONFLICT', CHECKIN_MESSAGES.ended);
  if (!ctx.codes) throw new Error('this platform draws no page codes');

  // 8 of the id's 20 random base64url characters: 48 bits.
  const session = await withCheckinCode(ctx.store, found, () => ctx.ids.id().slice(0, 8));
  const key = await checkinKey(ctx.store, ctx.clock);
  const { token, expiresAt } = issueToken(key, session, now);
  const code = await ctx.codes.draw({ page: CHECKIN_SCAN_PAGE, scene: token, query: { token } });
  const { opensAt, closesAt } = checkinWindowOf(session);
  return {
    sessionId: session._id,
    title: session.title,
    startAt: session.startAt,
    endAt: session.endAt,
    opensAt,
    closesAt,
    token,
    expiresAt,
    refreshInMs: expiresAt - now,
    image: code.image,
    kind: code.kind,
    ...(code.url ? { url: code.url } : {}),
  };
});
