/** Publishes an article now, or at a later time (listed from then on). Not a withdrawn one. */
import { AppError } from '../../../core/errors';
import type { ArticleDoc } from '../../../core/store/docs';
import { mustGet } from '../../_shared/records';
import { handler } from '../../_shared/runtime';
import { indexArticle } from '../../_shared/search-index';
import { articleTarget } from '../access';
import { articleView } from '../views';

export default handler('content', 'publishArticle', async (ctx, input) => {
  const article = await mustGet<ArticleDoc>(ctx.store, 'articles', input.articleId);
  ctx.authorize(articleTarget(article));
  if (article.status === 'withdrawn') throw new AppError('CONFLICT', '文章已撤回，不能再发布');
  const now = ctx.clock.now();
  const publishAt = Math.max(now, input.publishAt ?? now);
  const set = { status: 'published' as const, publishAt, updatedAt: now };
  await ctx.store.update('articles', { _id: article._id }, { set });
  await ctx.audit('publish', article._id, { publishAt });
  await indexArticle(ctx.store, { ...article, ...set });
  return articleView(ctx.files, { ...article, ...set }, true);
});
