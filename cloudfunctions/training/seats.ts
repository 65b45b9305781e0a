/**
 * Seats and the waitlist, settled by the database. Every change of who holds a seat runs in ONE
 * transaction over the session document and the sign-ups it touches:
 *
 *  - taking a place: read the session, take `seq = signupSeq + 1`, a seat iff one is free and
 *    nobody waits, write the sign-up, move the counters. On the host the SQLite adapter runs
 *    transactions one after another (a mutex); on CloudBase two transactions writing the same
 *    session conflict and one is retried. Either way no two sign-ups see the same counters, so
 *    the seats are never exceeded and `seq` is the order the database took them in.
 *  - giving a seat back: the first waiting (lowest seq) takes it in the same transaction. Who is
 *    first is a query, which a transaction cannot run, so it is read just before and re-read
 *    inside by id; if it changed meanwhile the whole step is tried again.
 */
import { AppError, isAppError } from '../../core/errors';
import type { Store, TxStore } from '../../core/ports';
import { nextGetsSeat } from '../../core/rules/training';
import type { SignupDoc, TrainingSessionDoc } from '../../core/store/docs';
import { historyWith, putSignup } from '../_shared/signups';
import { SESSION_NOT_FOUND } from '../_shared/training-sessions';

export const ALREADY_SIGNED_UP = '您已报名该培训';

/** What a new sign-up (or a renewed one) carries. */
export type Person = Pick<
  SignupDoc,
  | '_id'
  | 'sessionId'
  | 'stationId'
  | 'userId'
  | 'name'
  | 'companyId'
  | 'companyName'
  | 'title'
  | 'mobile'
  | 'source'
  | 'requestKey'
>;

/** Thrown inside a transaction when the first-waiting read before it is out of date. */
class StaleWaitlist extends Error {}
/** Thrown inside a transaction when the database refused a second sign-up of the same id. */
class DuplicateSignup extends Error {}
/** Thrown inside takePlace's first transaction: not the usual sign-up, so read first. */
class ReadFirst extends Error {}

const MAX_ATTEMPTS = 8;

async function sessionIn(tx: TxStore, sessionId: string): Promise<TrainingSessionDoc> {
  const s = await tx.get<TrainingSessionDoc>('trainings', sessionId);
  if (!s) throw new AppError('NOT_FOUND', SESSION_NOT_FOUND);
  return s;
}

function alreadySignedUp(existing: SignupDoc): AppError {
  const where = existing.status === 'waitlisted' ? '，目前在候补名单中' : '';
  return new AppError('CONFLICT', `${ALREADY_SIGNED_UP}${where}`);
}

/** The first waiting sign-up of a session (served by the (sessionId, status, seq) index). */
async function firstWaiting(store: Store, sessionId: string, limit = 1): Promise<SignupDoc[]> {
  return store.find<SignupDoc>('signups', {
    where: { sessionId, status: 'waitlisted' },
    orderBy: [['seq', 'asc']],
    limit,
  });
}

/**
 * Signs `person` up: a seat while one is free and nobody waits, else the waitlist. A person
 * whose earlier sign-up was cancelled signs up again on the same document with a new `seq`.
 * `closedReason` is judged on the session as the transaction reads it (and may itself refuse,
 * by throwing): that read is the only one, so a caller need not read the session first. The
 * sign-up's station is the session's.
 *
 * The usual sign-up (nobody with this id yet, sign-up open) does not read the sign-up first: its
 * insert is the check, as in a check-in. On CloudBase every read in a transaction is a round trip,
 * so this saves one of the six it then makes. Anything else — a second submission, a cancelled
 * sign-up taken up again, a refusal — is settled by a second transaction that reads first
 * (takePlaceReadingFirst), so a replay is still answered with its place even once sign-up closed.
 */
export async function takePlace(
  store: Store,
  applicant: Omit<Person, 'stationId'>,
  by: string,
  now: number,
  closedReason: (s: TrainingSessionDoc) => string | null,
): Promise<{ signup: SignupDoc; session: TrainingSessionDoc }> {
  try {
    return await store.transaction(async (tx) => {
      const s = await sessionIn(tx, applicant.sessionId);
      const decline = () => new ReadFirst();
      let closed: string | null;
      try {
        closed = closedReason(s);
      } catch {
        throw decline();
      }
      if (closed) throw decline();
      return newPlace(tx, s, { ...applicant, stationId: s.stationId }, null, { by, now }, decline);
    });
  } catch (e) {
    if (!(e instanceof ReadFirst)) throw e;
  }
  return takePlaceReadingFirst(store, applicant, by, now, closedReason);
}

/**
 * Writes the next place in `s` (a seat or the waitlist) and moves the counters. When the database
 * refuses the sign-up's insert (one with its id exists), throws `onDuplicate()` instead.
 */
async function newPlace(
  tx: TxStore,
  s: TrainingSessionDoc,
  person: Person,
  existing: SignupDoc | null,
  at: { by: string; now: number },
  onDuplicate: () => Error,
): Promise<{ signup: SignupDoc; session: TrainingSessionDoc }> {
  const seq = s.signupSeq + 1;
  const status = nextGetsSeat(s) ? 'confirmed' : 'waitlisted';
  const history = historyWith(existing, at.now, at.by, status);
  const signup = await putSignup(tx, existing, { ...person, status, seq, history, createdAt: at.now }).catch(
    (e: unknown) => {
      if (isAppError(e) && e.code === 'CONFLICT') throw onDuplicate();
      throw e;
    },
  );
  const counter = status === 'confirmed' ? 'confirmedCount' : 'waitlistCount';
  await tx.updateById('trainings', s._id, { inc: { signupSeq: 1, [counter]: 1 } });
  return { signup, session: { ...s, signupSeq: seq, [counter]: s[counter] + 1 } };
}

/** takePlace when the person may have a sign-up already: read it first, then decide. */
async function takePlaceReadingFirst(
  store: Store,
  applicant: Omit<Person, 'stationId'>,
  by: string,
  now: number,
  closedReason: (s: TrainingSessionDoc) => string | null,
): Promise<{ signup: SignupDoc; session: TrainingSessionDoc }> {
  try {
    return await store.transaction(async (tx) => {
      const s = await sessionIn(tx, applicant.sessionId);
      const person: Person = { ...applicant, stationId: s.stationId };
      const existing = await tx.get<SignupDoc>('signups', person._id);
      // The same submission again (a double tap, a retry after a crash that left no answer): it
      // already took its place, so answer with that place — even once sign-up has closed since.
      if (existing && person.requestKey && existing.requestKey === person.requestKey) {
        return { signup: existing, session: s };
      }
      const closed = closedReason(s);
      if (closed) throw new AppError('CONFLICT', closed);
      if (existing && existing.status !== 'cancelled') throw alreadySignedUp(existing);
      return newPlace(tx, s, person, existing, { by, now }, () => new DuplicateSignup());
    });
  } catch (e) {
    if (!(e instanceof DuplicateSignup)) throw e;
    // The same person twice at the same moment: the database refused the second insert.
    const existing = await store.get<SignupDoc>('signups', applicant._id);
    // The same submission (a double tap): once more, the transaction answers with the place taken.
    if (existing && applicant.requestKey && existing.requestKey === applicant.requestKey) {
      return takePlaceReadingFirst(store, applicant, by, now, closedReason);
    }
    throw existing ? alreadySignedUp(existing) : new AppError('CONFLICT', ALREADY_SIGNED_UP);
  }
}

/**
 * Cancels a sign-up. A confirmed one gives its seat to the first waiting (lowest seq), who is
 * returned as `promoted`, in the same transaction. `check` refuses on the state it reads.
 */
export async function givePlaceBack(
  store: Store,
  signupId: string,
  by: string,
  now: number,
  check: (s: TrainingSessionDoc, signup: SignupDoc) => void,
): Promise<{ signup: SignupDoc; promoted: SignupDoc | null; session: TrainingSessionDoc }> {
  const current = await store.get<SignupDoc>('signups', signupId);
  if (!current) throw new AppError('NOT_FOUND', '没有找到您的报名记录，请刷新后重试');
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const [candidate] = await firstWaiting(store, current.sessionId);
    try {
      return await store.transaction(async (tx) => {
        const s = await sessionIn(tx, current.sessionId);
        const mine = await tx.get<SignupDoc>('signups', signupId);
        if (!mine) throw new AppError('NOT_FOUND', '没有找到您的报名记录，请刷新后重试');
        check(s, mine);
        if (mine.status === 'cancelled') throw new AppError('CONFLICT', '该报名已取消');
        const history = historyWith(mine, now, by, 'cancelled');
        await tx.updateById('signups', mine._id, { set: { status: 'cancelled', cancelledAt: now, history } });
        const cancelled: SignupDoc = { ...mine, status: 'cancelled', cancelledAt: now, history };

        if (mine.status === 'waitlisted') {
          await tx.updateById('trainings', s._id, { inc: { waitlistCount: -1 } });
          return { signup: cancelled, promoted: null, session: { ...s, waitlistCount: s.waitlistCount - 1 } };
        }
        const next = candidate && candidate._id !== mine._id ? await promoteIn(tx, candidate._id, now) : null;
        if (candidate && !next) throw new StaleWaitlist();
        if (next) {
          // One out, one in: the seats taken stay the same, one fewer waits.
          await tx.updateById('trainings', s._id, { inc: { waitlistCount: -1 } });
          return { signup: cancelled, promoted: next, session: { ...s, waitlistCount: s.waitlistCount - 1 } };
        }
        await tx.updateById('trainings', s._id, { inc: { confirmedCount: -1 } });
        return { signup: cancelled, promoted: null, session: { ...s, confirmedCount: s.confirmedCount - 1 } };
      });
    } catch (e) {
      if (e instanceof StaleWaitlist) continue;
      throw e;
    }
  }
  throw new AppError('CONFLICT', '报名名单正在变动，请稍后重试');
}

/** Moves a waiting sign-up to a seat, or null when it no longer waits (read inside the transaction). */
async function promoteIn(tx: TxStore, signupId: string, now: number): Promise<SignupDoc | null> {
  const w = await tx.get<SignupDoc>('signups', signupId);
  if (!w || w.status !== 'waitlisted') return null;
  const history = historyWith(w, now, 'system', 'promoted');
  await tx.updateById('signups', w._id, { set: { status: 'confirmed', promotedAt: now, history } });
  return { ...w, status: 'confirmed', promotedAt: now, history };
}

/**
 * Gives free seats to the waiting, first come first served (after the capacity was raised, or
 * to heal a session left with free seats and a waitlist). Returns who got a seat.
 */
export async function fillSeats(store: Store, sessionId: string, now: number): Promise<SignupDoc[]> {
  const promoted: SignupDoc[] = [];
  const BATCH = 20;
  for (let round = 0; round < 200; round++) {
    const waiting = await firstWaiting(store, sessionId, BATCH);
    if (waiting.length === 0) return promoted;
    let batch: SignupDoc[] | null;
    try {
      batch = await store.transaction(async (tx) => {
        const s = await sessionIn(tx, sessionId);
        const free = s.capacity - s.confirmedCount;
        if (free <= 0 || s.status !== 'published') return null;
        const moved: SignupDoc[] = [];
        for (const w of waiting.slice(0, free)) {
          const next = await promoteIn(tx, w._id, now);
          if (!next) throw new StaleWaitlist();
          moved.push(next);
        }
        await tx.updateById('trainings', sessionId, {
          inc: { confirmedCount: moved.length, waitlistCount: -moved.length },
        });
        return moved;
      });
    } catch (e) {
      if (e instanceof StaleWaitlist) continue;
      throw e;
    }
    if (!batch) return promoted;
    promoted.push(...batch);
    if (batch.length < waiting.length) return promoted;
  }
  return promoted;
}
