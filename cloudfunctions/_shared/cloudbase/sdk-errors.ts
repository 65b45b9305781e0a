/**
 * Recognising the CloudBase failures the Store maps to port results.
 *
 * wx-server-sdk rewraps every server error as `Error{errCode: number, errMsg}`: the server's
 * string code (e.g. DATABASE_DUPLICATE_WRITE) is mapped through a table that lacks most database
 * codes (they become -501001 / -502001), and only the server's message text survives in errMsg.
 * So these tests read the message, and also the raw code in case a caller hands us an unwrapped
 * node-sdk error.
 */

interface SdkErrorLike {
  errCode?: unknown;
  errMsg?: unknown;
  message?: unknown;
  code?: unknown;
}

const texts = (e: unknown): string[] => {
  const err = (e ?? {}) as SdkErrorLike;
  return [err.errMsg, err.message, err.code].filter((v): v is string => typeof v === 'string');
};

/**
 * A unique-key violation (the `_id` or a unique index). CloudBase's database is MongoDB: the
 * message carries MongoDB's "E11000 duplicate key error"; the server's own code for it is
 * DATABASE_DUPLICATE_WRITE (docs.cloudbase.net/error-code/DATABASE_DUPLICATE_WRITE).
 */
const DUPLICATE = /\bE11000\b|duplicate key|DATABASE_DUPLICATE_WRITE/i;
export function isDuplicateKey(e: unknown): boolean {
  const err = (e ?? {}) as SdkErrorLike;
  return err.code === 11000 || texts(e).some((t) => DUPLICATE.test(t));
}

/**
 * `doc(id).get()` on a missing document: wx-server-sdk (unless the database was created with
 * `throwOnNotFound: false`) throws the string `document with _id <id> does not exist`, wrapped as
 * `Error{errCode: -1, errMsg: 'document.get:fail document with _id <id> does not exist'}`.
 */
export function isMissingDocument(e: unknown, id: string): boolean {
  const needle = `document with _id ${id} does not exist`;
  return (e as SdkErrorLike | null)?.errCode === -1 && texts(e).some((t) => t.endsWith(needle));
}

/** Storage's "no such file": node-sdk's error keeps its code through the downloadFile wrapper. */
export const STORAGE_FILE_NONEXIST = -503003;
export function isMissingFile(e: unknown): boolean {
  const err = (e ?? {}) as SdkErrorLike;
  return err.code === 'STORAGE_FILE_NONEXIST' || err.errCode === STORAGE_FILE_NONEXIST;
}
