/**
 * Articles (政策解读, 工作动态, 通知公告, 典型案例): written in Markdown by a chief (their station's) or
 * an admin (the city's or any station's), published at once or at a set time, withdrawn (kept in
 * the record). Readers get the body as HTML sanitised on the server (cloudfunctions/content/
 * render.ts): no script, event attribute, javascript: link or SVG ever reaches a page. Read counts
 * count each signed-in reader once.
 */
import { z } from 'zod';
import { ARTICLE_KIND, ARTICLE_STATUS } from '../enums';
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

export const content = {
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
