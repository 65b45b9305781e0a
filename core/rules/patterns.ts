/**
 * Text patterns shared by the contracts and the forms. Plain regexes, no zod, so a page can
 * check input without pulling the contract library into its package.
 */

/** Mainland mobile, landline (区号-号码[-分机]), 400 numbers, or the 12345 hotline. */
export const PHONE_PATTERN = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(-\d{1,6})?|400-?\d{3}-?\d{4}|12345)$/;

export const MOBILE_PATTERN = /^1[3-9]\d{9}$/;
/** Digits of a mainland mobile (MOBILE_PATTERN): the most a mobile field takes. */
export const MOBILE_LENGTH = 11;
