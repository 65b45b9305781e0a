/**
 * Writing a sign-up inside a transaction: the training area (sign-up, waitlist) and the check-in
 * (a walk-in gets a sign-up too) write it the same way, so its history reads the same.
 */
import type { TxStore } from '../../core/ports';
import type { SignupDoc, SignupHistoryEntry } from '../../core/store/docs';

/** The sign-up's history (none yet for a new one) with one more event: who, when. */
export const historyWith = (
  s: Pick<SignupDoc, 'history'> | null,
  at: number,
  by: string,
  event: SignupHistoryEntry['event'],
): SignupHistoryEntry[] => [...(s?.history ?? []), { at, by, event }];

/**
 * Writes `next` as the person's sign-up inside a transaction: a new document, or their cancelled
 * one taken up again in place (its history kept; the cancel and promotion marks, and a company
 * no longer named, removed). Returns the sign-up as stored. Sign-up and walk-in check-in alike.
 */
export async function putSignup(tx: TxStore, existing: SignupDoc | null, next: SignupDoc): Promise<SignupDoc> {
  if (!existing) {
    await tx.insert('signups', next);
    return next;
  }
  const { _id, ...fields } = next;
  const unset = ['cancelledAt', 'promotedAt', ...(fields.companyId ? [] : ['companyId'])];
  await tx.updateById('signups', _id, { set: fields, unset });
  const renewed: SignupDoc = { ...existing, ...fields };
  for (const key of unset) delete renewed[key];
  return renewed;
}
