/**
 * Reads an action needs before it decides, sent together. On CloudBase every Store call is a
 * network round trip, so independent reads in a row make the user wait once per read; sent
 * together they cost one wait. Their checks still answer in the order written: when several
 * refuse, the first in the list is the refusal the user sees, as when they ran one by one.
 */
export async function together<T extends readonly unknown[]>(
  steps: readonly [...{ [K in keyof T]: Promise<T[K]> }],
): Promise<T> {
  const settled = await Promise.allSettled(steps);
  const values: unknown[] = [];
  for (const s of settled) {
    if (s.status === 'rejected') throw s.reason;
    values.push(s.value);
  }
  return values as unknown as T;
}

/**
 * Starts a read now, to be taken later, after checks that must answer first (a permission):
 * resolves to a function that returns the read's value or throws its error. It never rejects,
 * so a read whose result is never taken cannot become an unhandled rejection.
 *
 * Never take it inside a Store transaction: on the host a read waits for the open commit group,
 * which the transaction holds until it ends, so the transaction would wait for the read and the
 * read for the transaction (tried for a visit log's station: the visit tests hung).
 */
export async function readAhead<T>(read: Promise<T>): Promise<() => T> {
  try {
    const value = await read;
    return () => value;
  } catch (e) {
    return () => {
      throw e;
    };
  }
}
