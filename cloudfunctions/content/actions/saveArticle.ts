/**
 * Writes an article as a draft: new (its id drawn from the author and the request key, so a retry
 * is the same article), or an edit of one not withdrawn — a published one stays published with the
 * new text. The body is rendered and sanitised once here (render.ts). The city's articles (no
 * station) are the admins'; a station's its chief's.
 */
import { AppError, isAppError } from '../../../core/errors';
import { ARTICLE_SUMMARY_MAX } from '../../../core/rules/articles';
import type { ArticleDoc, StationDoc } from '../../../core/store/docs';
import { claimAttachments } from '../../_shared/attachments';
import { firstAttempt, mustGet, submissionId } from '../../_shared/records';
import { handler } from '../../_shared/runtime';
import { indexArticle } from '../../_shared/search-index';
import { articleTarget } from '../access';
import { renderArticle, summaryOf } from '../render';
import { articleView } from '../views';

export default handler('content', 'saveArticle', async (ctx, input) => {
  const caller = ctx.requireCaller();
  const existing = input.articleId ? await mustGet<ArticleDoc>(ctx.store, 'articles', input.articleId) : null;
  const stationId = existing ? existing.stationId : input.stationId;
  ctx.authorize(articleTarget({ stationId }));
  if (existing?.status === 'withdrawn') throw new AppError('CONFLICT', '文章已撤回，不能再编辑');
  const source = stationId
    ? (await mustGet<StationDoc>(ctx.store, 'stations', stationId)).name
    : '市知识产权公共服务中心';
  const [cover] = input.cover
    ? await claimAttachments(ctx, [input.cover], existing?.cover ? [existing.cover] : [], '封面图片')
    : [];
  const attachments = await claimAttachments(ctx, input.attachments, existing?.attachments ?? [], '附件');
  const now = ctx.clock.now();
  const fields = {
    kind: input.kind,
    title: input.title,
    markdown: input.markdown,
    html: renderArticle(input.markdown),
    summary: summaryOf(input.markdown, ARTICLE_SUMMARY_MAX),
    ...(cover ? { cover } : {}),
    attachments,
    updatedAt: now,
  };
  if (existing) {
    await ctx.store.update('articles', { _id: existing._id }, { set: fields });
    await ctx.audit('edit', existing._id, {});
    // A published article's new words are found at once; a draft is indexed when it is published.
    if (existing.status === 'published') await indexArticle(ctx.store, { ...existing, ...fields });
    return articleView(ctx.files, { ...existing, ...fields }, true);
  }
  const doc: ArticleDoc = {
    _id: submissionId('art:', caller.userId, input.clientRequestId),
    ...(stationId ? { stationId } : {}),
    source,
    ...fields,
    status: 'draft',
    readCount: 0,
    createdBy: caller.userId,
    createdByName: caller.displayName,
    createdAt: now,
  };
  try {
    await ctx.store.insert('articles', doc);
  } catch (e) {
    if (!(isAppError(e) && e.code === 'CONFLICT')) throw e;
    const first = await firstAttempt<ArticleDoc>(ctx.store, 'articles', doc._id, caller.userId);
    if (first) return articleView(ctx.files, first, true);
    throw new AppError('CONFLICT', '提交冲突，请重新提交');
  }
  await ctx.audit('create', doc._id, { kind: doc.kind, stationId: doc.stationId ?? null });
  return articleView(ctx.files, doc, true);
});
