/**
 * Whose an article is: a station's (its chief's to keep, and any admin's), or the city's (no
 * station: the admins' only). The policy's rows decide; a city article's target names no station,
 * so only an 'any' scope (an admin) admits it.
 */
import type { ArticleDoc } from '../../core/store/docs';
import type { HandlerContext } from '../_shared/runtime';

export const articleTarget = (a: Pick<ArticleDoc, 'stationId'>) => ({
  ...(a.stationId ? { stationId: a.stationId } : {}),
});

/** Whether the caller may edit it (saveArticle's rule over its owner). */
export const mayEdit = (ctx: Pick<HandlerContext, 'may'>, a: Pick<ArticleDoc, 'stationId'>) =>
  ctx.may('content', 'saveArticle', articleTarget(a));

/** Listed to readers: published, and its time has come. */
export const isLive = (a: ArticleDoc, now: number) => a.status === 'published' && (a.publishAt ?? 0) <= now;
