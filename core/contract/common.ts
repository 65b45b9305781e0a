/**
 * Building blocks shared by every contract: labelled fields, ids, pages, phones.
 * Each field carries its Chinese label via `.describe()`, so INVALID_INPUT can name it.
 */
import { z } from 'zod';
import { useChineseMessages } from './messages';
import { MOBILE_PATTERN, PHONE_PATTERN } from '../rules/patterns';
import { isDate } from '../rules/time';
import { MAX_ATTACHMENTS } from '../rules/uploads';
import { RATING_TAG } from '../enums';
import { RATING_COMMENT_MAX, STARS_MAX, STARS_MIN } from '../rules/ratings';

useChineseMessages();

/** A trimmed single-line text of at most `max` characters; `min` 1 means required. */
export const text = (label: string, max: number, min = 1) => z.string().trim().min(min).max(max).describe(label);

/** Optional text: absent, or a string that may be empty. */
export const optionalText = (label: string, max: number) => z.string().trim().max(max).optional().describe(label);

export const id = (label = '编号') =>
  z
    .string()
    .trim()
    .min(1)
    .max(64)
    .regex(/^[A-Za-z0-9_:.-]+$/)
    .describe(label);

/**
 * Every create action takes one: the client makes it once per user intent, so a retry
 * (network dropped, button tapped twice) returns the first result instead of a second record.
 */
export const clientRequestId = z
  .string()
  .min(8)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/)
  .describe('请求编号');

export { PHONE_PATTERN, MOBILE_PATTERN } from '../rules/patterns';
export const phone = (label: string) => z.string().trim().regex(PHONE_PATTERN).describe(label);

export const mobile = (label = '手机号') => z.string().trim().regex(MOBILE_PATTERN).describe(label);

/** One enum from core/enums.ts. */
export const oneOf = <const T extends readonly [string, ...string[]]>(values: T, label: string) =>
  z.enum(values).describe(label);

export const epochMs = (label: string) => z.number().int().nonnegative().describe(label);

/** A calendar date "YYYY-MM-DD" (a Shanghai date where the contract says so). */
export const date = (label: string) =>
  z.string().refine(isDate, { message: '日期格式应为 YYYY-MM-DD' }).describe(label);

/** Paging input: pages are 1-based. */
export const pageInput = {
  page: z.number().int().min(1).max(10000).default(1).describe('页码'),
  pageSize: z.number().int().min(1).max(50).default(20).describe('每页条数'),
};

/** Paging output: items of one page plus the total, so lists can show "没有更多了". */
export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });

export type PageOf<T> = { items: T[]; total: number; page: number; pageSize: number };

export const empty = z.object({});
/** An export's answer: where to download the workbook and the name to save it as. */
export const exported = z.object({ url: z.string(), fileName: z.string() });
export const done = z.object({ done: z.literal(true) });

/**
 * Attachments: the ids of uploads (files.register's answer) the caller attaches. The handler
 * admits only the caller's own uploads (cloudfunctions/_shared/attachments.ts).
 */
export const attachmentIds = (label = '附件', max = MAX_ATTACHMENTS) =>
  z
    .array(id(label))
    // INVALID_INPUT puts the label in front: 「附件：最多 9 个」.
    .max(max, { message: `最多 ${max} 个` })
    .refine((ids) => new Set(ids).size === ids.length, { message: '不能重复' })
    .default([])
    .describe(label);

/** An attachment as the pages show it: `url` loads it (temporary on CloudBase). */
export const attachmentView = z.object({
  id: z.string(),
  name: z.string(),
  contentType: z.string(),
  size: z.number().int(),
  url: z.string(),
});
export type AttachmentView = z.infer<typeof attachmentView>;

/* Ratings: a company's word on a service it received (a consultation, a service request). */

const stars = z.number().int().min(STARS_MIN).max(STARS_MAX);

/** Quick tags of a rating. */
export const ratingTags = z
  .array(oneOf(RATING_TAG.values, '快捷标签'))
  .max(RATING_TAG.values.length)
  .refine((tags) => new Set(tags).size === tags.length, { message: '标签不能重复' })
  .default([])
  .describe('快捷标签');

/** What the company gives when it rates (rateRecord, rateRequest). */
export const givenRatingFields = {
  stars: stars.describe('评分'),
  tags: ratingTags,
  comment: optionalText('评价内容', RATING_COMMENT_MAX),
};

/**
 * What every rating view publishes about the rating itself (cloudfunctions/_shared/ratings.ts
 * ratingState); each view adds what it rates. `locked` and `editableUntil` follow the server's clock.
 */
export const ratingStateFields = {
  id: z.string(),
  stars,
  tags: z.array(oneOf(RATING_TAG.values, '快捷标签')),
  comment: z.string(),
  ratedByName: z.string(),
  ratedAt: epochMs('评价时间'),
  updatedAt: epochMs('修改时间'),
  edited: z.boolean(),
  editableUntil: epochMs('可修改截止时间'),
  locked: z.boolean(),
};
