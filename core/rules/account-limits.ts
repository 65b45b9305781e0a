/**
 * Limits of accounts (names, passwords, invitation and join codes, company reviews), shared by
 * the account and auth contracts and the pages' forms (zod-free), so a form refuses exactly what
 * the server refuses. A company's name and contact follow the ledger's limits (core/rules/ledger.ts).
 */

/** A person's name as shown (姓名). */
export const DISPLAY_NAME_MAX = 30;
export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 72;
/** An invitation code or a company's join code, as typed. */
export const CODE_MIN = 6;
export const CODE_MAX = 16;
/** 审核意见 of a company review. */
export const REVIEW_NOTE_MAX = 200;
/** A host login's user name (letters, digits, _ . -). */
export const USERNAME_MIN = 3;
export const USERNAME_MAX = 32;
