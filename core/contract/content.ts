/**
 * Articles (政策解读, 工作动态, 通知公告, 典型案例): written in Markdown by a chief (their station's) or
 * an admin (the city's or any station's), published at once or at a set time, withdrawn (kept in
 * the record). Readers get the body as HTML sanitised on the server (cloudfunctions/content/
 * render.ts): no script, event attribute, javascript: link or SVG ever reaches a page. Read counts
 * count each signed-in reader once.
 */
import { z } from 'zod';
import {
  ARTICLE_KIND,
  ARTICLE_STATUS,
  DISTRICT,
  INDUSTRY,
  KEY_FLAG,
  PUSH_TARGET,
  SEARCH_KIND,
  SPECIAL_FREQUENCY,
} from '../enums';
import { SEARCH_QUERY_MAX } from '../rules/search-terms';
import { ARTICLE_BODY_MAX, ARTICLE_BODY_MIN, ARTICLE_TITLE_MAX } from '../rules/articles';
import { attachmentIds, attachmentView, clientRequestId, epochMs, id, oneOf, pageInput, pageOf, text } from './common';

const articleId = id('文章');
const kind = oneOf(ARTICLE_KIND.values, '栏目');

const summaryFields = {
  id: z.string(),
  kind,
  /** Absent: the city's. */
  stationId: z.string().optional(),
  source: z.string(),
  title: z.string(),
  summary: z.string(),
  coverUrl: z.string().optional(),
  status: oneOf(ARTICLE_STATUS.values, '状态'),
  /** Published, or due to be (a scheduled one's time is ahead). */
  publishAt: epochMs('发布时间').optional(),
  readCount: z.number().int(),
  updatedAt: epochMs('更新时间'),
};
export const articleSummary = z.object(summaryFields);
export type ArticleSummary = z.infer<typeof articleSummary>;

export const articleDetail = z.object({
  ...summaryFields,
  /** The sanitised HTML both renderers show (RichText on WeChat, the DOM on H5). */
  html: z.string(),
  attachments: z.array(attachmentView),
  /** The Markdown source: only to whoever may edit it. */
  markdown: z.string().optional(),
});
export type ArticleDetail = z.infer<typeof articleDetail>;

/**
 * Which companies a push reaches: within a dimension any of the chosen values, across dimensions
 * all of them; nothing chosen: every company in the caller's reach. `served*`: companies served
 * (a consultation, a visit or a service request) in that period.
 */
export const pushAudience = z
  .object({
    keyFlags: z.array(oneOf(KEY_FLAG.values, '重点企业类型')).max(KEY_FLAG.values.length).default([]),
    industries: z.array(oneOf(INDUSTRY.values, '行业')).max(INDUSTRY.values.length).default([]),
    districts: z.array(oneOf(DISTRICT.values, '所在区')).max(DISTRICT.values.length).default([]),
    servedFrom: epochMs('服务起始时间').optional(),
    servedTo: epochMs('服务截止时间').optional(),
  })
  .refine((a) => a.servedFrom === undefined || a.servedTo === undefined || a.servedFrom <= a.servedTo, {
    message: '服务期间的起始时间不能晚于截止时间',
    path: ['servedTo'],
  });
export type PushAudience = z.infer<typeof pushAudience>;

const pushTarget = z.object({ kind: oneOf(PUSH_TARGET.values, '推送内容'), id: id('推送内容') });

const pushReach = z.object({
  /** Companies that match. */
  companies: z.number().int(),
  /** Their staff who will get a notice now (each person once, however many companies they staff). */
  people: z.number().int(),
  /** Their staff an earlier push of the same article or training already reached: not notified again. */
  alreadyReached: z.number().int(),
});
export type PushReach = z.infer<typeof pushReach>;

export const pushRecord = z.object({
  id: z.string(),
  target: pushTarget,
  audience: z.object({
    keyFlags: z.array(z.string()),
    industries: z.array(z.string()),
    districts: z.array(z.string()),
    servedFrom: z.number().optional(),
    servedTo: z.number().optional(),
  }),
  /** The audience in words (「专精特新 · 海淀区」). */
  audienceLabel: z.string(),
  byName: z.string(),
  at: epochMs('推送时间'),
  status: z.enum(['sending', 'sent']),
  companies: z.number().int(),
  /** Notices this push wrote. */
  sent: z.number().int(),
});
export type PushRecord = z.infer<typeof pushRecord>;

/** One thing a search found. */
export const searchHit = z.object({
  kind: oneOf(SEARCH_KIND.values, '类别'),
  id: z.string(),
  title: z.string(),
  /** A line of context (an article's summary, a station's address, an item's content). */
  snippet: z.string(),
  /** The page it opens (core/pages.ts). */
  link: z.string(),
  stationName: z.string().optional(),
  at: z.number().optional(),
});
export type SearchHit = z.infer<typeof searchHit>;

const searchGroup = z.object({ items: z.array(searchHit), total: z.number().int(), hasMore: z.boolean() });

export const homeView = z.object({
  /** The station the home page is about: the signed-in company's, else the first of the chosen district. */
  station: z
    .object({ id: z.string(), name: z.string(), phone: z.string(), address: z.string(), hours: z.string() })
    .nullable(),
  /** Latest published policy interpretations and news: the city's and that station's. */
  articles: z.array(articleSummary),
  /** Upcoming trainings open for sign-up (that station's first, then the city's). */
  trainings: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      stationName: z.string(),
      startAt: z.number(),
      seatsLeft: z.number(),
    }),
  ),
  /** That station's published special services of the year (年度专项服务清单). */
  specialServices: z.array(
    z.object({ id: z.string(), content: z.string(), frequency: oneOf(SPECIAL_FREQUENCY.values, '频次') }),
  ),
  specialYear: z.number().int(),
});
export type HomeView = z.infer<typeof homeView>;

export const content = {
  /** 首页 in one call (signed in or not). */
  home: {
    input: z.object({ district: oneOf(DISTRICT.values, '所在区').optional() }),
    output: homeView,
  },
  /**
   * One Chinese search over published articles, stations and service items, grouped by kind. The
   * query is cut into words (core/rules/search-terms.ts) and every word must match a whole word
   * of the entry. With `kind`, one group paged further.
   */
  search: {
    input: z.object({
      q: text('关键词', SEARCH_QUERY_MAX),
      kind: oneOf(SEARCH_KIND.values, '类别').optional(),
      ...pageInput,
    }),
    output: z.object({
      /** The words searched for. */
      terms: z.array(z.string()),
      article: searchGroup,
      station: searchGroup,
      item: searchGroup,
    }),
  },
  /** How many people a push would reach now (what sendPush will write). */
  previewPush: { input: z.object({ target: pushTarget, audience: pushAudience }), output: pushReach },
  /** Pushes an article or a training to the matching companies' staff; a retry never notifies anyone twice. */
  sendPush: {
    input: z.object({ clientRequestId, target: pushTarget, audience: pushAudience }),
    output: pushRecord,
  },
  /** The pushes of one article or training, newest first. */
  listPushes: { input: z.object({ target: pushTarget }), output: z.array(pushRecord) },
  /** Published articles, newest first: the city's and every station's, or one station's, of one kind. */
  listArticles: {
    input: z.object({ kind: kind.optional(), stationId: id('服务站点').optional(), ...pageInput }),
    output: pageOf(articleSummary),
  },
  /** One article: published to anyone; a draft or withdrawn one to whoever may edit it. Counts a signed-in reader once. */
  getArticle: { input: z.object({ articleId }), output: articleDetail },
  /** The articles the acting role keeps, every state, newest change first: a chief the station's, an admin all. */
  listManagedArticles: {
    input: z.object({ status: oneOf(ARTICLE_STATUS.values, '状态').optional(), ...pageInput }),
    output: pageOf(articleSummary),
  },
  /** Writes a draft (new, or an edit of one not yet withdrawn); `stationId` absent: the city's (admins only). */
  saveArticle: {
    input: z.object({
      clientRequestId,
      articleId: articleId.optional(),
      kind,
      stationId: id('服务站点').optional(),
      title: text('标题', ARTICLE_TITLE_MAX, 2),
      markdown: text('正文', ARTICLE_BODY_MAX, ARTICLE_BODY_MIN),
      cover: id('封面图片').optional(),
      attachments: attachmentIds('附件'),
    }),
    output: articleDetail,
  },
  /** Publishes now, or at `publishAt` (a scheduled article is listed from then on). */
  publishArticle: {
    input: z.object({ articleId, publishAt: epochMs('定时发布时间').optional() }),
    output: articleDetail,
  },
  /** Withdraws a published article: no longer listed, kept in the record. */
  withdrawArticle: { input: z.object({ articleId }), output: articleDetail },
} as const;
