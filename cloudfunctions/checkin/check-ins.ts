/**
 * Checking one person in, once, settled by the database:
 *
 *  - the check-in's id is `<sessionId>:<person>` (person = userId, or `m:<mobile>` for someone
 *    without an account): the second insert of it is refused (CONFLICT) and answered with the
 *    first check-in's time — never an error, however many scans arrive at once;
 *  - a confirmed sign-up: the check-in's insert is the lock — only the scan that wins it marks the
 *    sign-up (checkedInAt, late) and moves the session's checkedInCount + 1, each one atomic
 *    single-document update. No transaction on purpose: a room scanning at once would queue on
 *    the session document (SQLite) or conflict over it and fail retries (CloudBase). The price:
 *    a function dying between the insert and the increment leaves the counter one short;
 *  - anyone else (not signed up, waitlisted, cancelled) is a walk-in: admitted only if the session
 *    allows walk-ins and a seat is free, taken with one conditional update
 *    `{_id, confirmedCount < capacity}` (confirmedCount + 1, walkInCount + 1) before the same
 *    transaction with the check-in, the walk-in sign-up (source 'walk_in', the next arrival
 *    number) and the counters. When it does not go through (a concurrent scan of the same person
 *    won), the seat is given back.
 */
import { AppError, isAppError } from '../../core/errors';
import type { Store, TxStore } from '../../core/ports';
import { CHECKIN_MESSAGES, checkinPhase, isLate } from '../../core/rules/checkin-token';
import type { CheckinDoc, SignupDoc, TrainingSessionDoc } from '../../core/store/docs';
import type { CheckinResult } from '../../core/contract/checkin';
import type { HandlerContext } from '../_shared/runtime';
import { historyWith, putSignup } from '../_shared/signups';
import { SESSION_NOT_FOUND } from '../_shared/training-sessions';

/** Scans and manual check-ins are taken from 30 minutes before the start to the end: why not now, or null. */
function closedProblem(session: TrainingSessionDoc, now: number): string | null {
  if (session.status === 'cancelled') return CHECKIN_MESSAGES.cancelled;
  const phase = checkinPhase(session, now);
  if (phase === 'early') return CHECKIN_MESSAGES.notOpen;
  if (phase === 'ended') return CHECKIN_MESSAGES.ended;
  return null;
}

/**
 * Who is being checked in: `_id` is their sign-up's (existing, or the one a walk-in gets:
 * `<sessionId>:<userId>` or `<sessionId>:m:<mobile>`), and it is their check-in's id too.
 */
export type Person = Pick<SignupDoc, '_id' | 'userId' | 'name' | 'mobile' | 'companyId' | 'companyName' | 'title'>;

function resultOf(session: TrainingSessionDoc, doc: CheckinDoc, already: boolean): CheckinResult {
  return {
    sessionId: session._id,
    title: session.title,
    name: doc.name,
    already,
    at: doc.at,
    late: doc.late,
    walkIn: doc.walkIn,
  };
}

/** Why someone without a confirmed seat cannot walk in: told to the trainee, or to the chief. */
function walkInRefusal(signup: SignupDoc | null, by: CheckinDoc['by']): string {
  const waitlisted = signup?.status === 'waitlisted';
  if (by === 'manual') {
    return waitlisted
      ? '该学员在候补名单中，本场不接受现场签到；如需签到，请先在培训设置中允许现场报名'
      : '该学员未报名，本场不接受现场报名；如需签到，请先在培训设置中允许现场报名';
  }
  if (waitlisted) return '您在候补名单中，尚未获得名额；本场不接受现场签到，请联系工作人员';
  return '您未报名本场培训，本场不接受现场报名，请联系工作人员';
}

/**
 * Writes a walk-in's check-in and moves the counters in one transaction; the walk-in seat is
 * already held (counters moved by the conditional update). Its only caller is the walk-in path.
 */
async function commit(
  tx: TxStore,
  session: TrainingSessionDoc,
  person: Person,
  doc: CheckinDoc,
  by: string,
): Promise<{ walkIn: boolean }> {
  const signup = await tx.get<SignupDoc>('signups', person._id);
  const confirmed = signup?.status === 'confirmed';
  const walkIn = !confirmed;
  await tx.insert<CheckinDoc>('checkins', { ...doc, walkIn });

  const checkedIn = { checkedInAt: doc.at, late: doc.late };
  if (confirmed) {
    await tx.updateById('signups', signup._id, { set: checkedIn });
    await tx.updateById('trainings', session._id, { inc: { checkedInCount: 1 } });
  } else if (signup?.status === 'waitlisted') {
    // Off the waitlist onto the walk-in seat.
    await tx.updateById('signups', signup._id, {
      set: { status: 'confirmed', ...checkedIn, history: historyWith(signup, doc.at, by, 'confirmed') },
    });
    await tx.updateById('trainings', session._id, { inc: { checkedInCount: 1, waitlistCount: -1 } });
  } else {
    // A new sign-up (or a cancelled one taken up again) with the next arrival number.
    const current = await tx.get<TrainingSessionDoc>('trainings', session._id);
    if (!current) throw new AppError('NOT_FOUND', SESSION_NOT_FOUND);
    await putSignup(tx, signup, {
      _id: person._id,
      sessionId: session._id,
      stationId: session.stationId,
      ...(person.userId ? { userId: person.userId } : {}),
      name: person.name,
      ...(person.companyId ? { companyId: person.companyId } : {}),
      companyName: person.companyName,
      title: person.title,
      mobile: person.mobile,
      status: 'confirmed',
      source: 'walk_in',
      seq: current.signupSeq + 1,
      ...checkedIn,
      createdAt: doc.at,
      history: historyWith(signup, doc.at, by, 'confirmed'),
    });
    await tx.updateById('trainings', session._id, { inc: { checkedInCount: 1, signupSeq: 1 } });
  }
  return { walkIn };
}

/** After a refused insert: the first check-in of the person (another scan won), or the error. */
async function firstCheckinOr(store: Store, session: TrainingSessionDoc, id: string, e: unknown) {
  if (isAppError(e) && e.code === 'CONFLICT') {
    const first = await store.get<CheckinDoc>('checkins', id);
    if (first) return resultOf(session, first, true);
  }
  throw e;
}

/** A confirmed sign-up: the insert decides who moves the counter (see the top of this file). */
async function checkInSignedUp(
  store: Store,
  session: TrainingSessionDoc,
  signup: SignupDoc,
  doc: CheckinDoc,
): Promise<CheckinResult> {
  try {
    await store.insert<CheckinDoc>('checkins', doc);
  } catch (e) {
    return firstCheckinOr(store, session, doc._id, e);
  }
  // Two single-document updates that do not depend on each other, sent together: on CloudBase the
  // trainee at the door waits one round trip for both.
  await Promise.all([
    store.update('signups', { _id: signup._id }, { set: { checkedInAt: doc.at, late: doc.late } }),
    store.update('trainings', { _id: session._id }, { inc: { checkedInCount: 1 } }),
  ]);
  return resultOf(session, doc, false);
}

export interface CheckinRequest {
  session: TrainingSessionDoc;
  person: Person;
  /** The person's sign-up when the caller has read it already (null: none); else read here. */
  signup?: SignupDoc | null;
  by: CheckinDoc['by'];
}

/**
 * Checks `person` in (or answers with their first check-in). The window (30 min before the
 * start to the end) is checked after "already", so a second scan always gets the first time.
 */
export async function checkInPerson(ctx: HandlerContext, req: CheckinRequest): Promise<CheckinResult> {
  const { session, person, by } = req;
  const { store } = ctx;
  const caller = ctx.requireCaller();
  const id = person._id;
  const now = ctx.clock.now();
  const closed = closedProblem(session, now);
  const signup = req.signup !== undefined ? req.signup : await store.get<SignupDoc>('signups', person._id);
  const needsSeat = signup?.status !== 'confirmed';
  const doc: CheckinDoc = {
    _id: id,
    sessionId: session._id,
    stationId: session.stationId,
    ...(person.userId ? { userId: person.userId } : {}),
    signupId: person._id,
    name: signup?.name ?? person.name,
    companyName: signup?.companyName ?? person.companyName,
    at: now,
    late: isLate(session, now),
    walkIn: needsSeat,
    by,
    byUserId: caller.userId,
  };
  // The common scan — a confirmed trainee while check-in is open — reads nothing first: a second
  // scan is told apart by the check-in's insert (CONFLICT → the first time). Every other case
  // looks for an earlier check-in first, so a second scan always gets the first time, even after
  // the end or when the session is full.
  if (!needsSeat && !closed) return checkInSignedUp(store, session, signup, doc);
  const earlier = await store.get<CheckinDoc>('checkins', id);
  if (earlier) return resultOf(session, earlier, true);
  if (closed) throw new AppError('CONFLICT', closed);

  // Only someone without a confirmed seat gets here (a walk-in).
  if (!session.allowWalkIns) throw new AppError('CONFLICT', walkInRefusal(signup, by));
  const took = await store.update(
    'trainings',
    { _id: session._id, status: 'published', confirmedCount: { $lt: session.capacity } },
    { inc: { confirmedCount: 1, walkInCount: 1 } },
  );
  if (took !== 1) throw new AppError('CONFLICT', '本场名额已满，无法现场签到，请联系工作人员');

  const giveSeatBack = () =>
    store.update('trainings', { _id: session._id }, { inc: { confirmedCount: -1, walkInCount: -1 } });

  let walkIn: boolean;
  try {
    ({ walkIn } = await store.transaction((tx) => commit(tx, session, person, doc, caller.userId)));
  } catch (e) {
    await giveSeatBack();
    return firstCheckinOr(store, session, id, e);
  }
  // Confirmed meanwhile (signed up between the read and the transaction): the seat was not needed.
  if (!walkIn) await giveSeatBack();
  return resultOf(session, { ...doc, walkIn }, false);
}
