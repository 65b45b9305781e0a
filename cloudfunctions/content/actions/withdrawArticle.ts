/** Withdraws an article: no longer listed or opened by readers, kept in the record (its editors still read it). */
import type { ArticleDoc } from '../../../core/store/docs';
import { mustGet } from '../../_shared/records';
import { handler } from '../../_shared/runtime';
import { indexArticle } from '../../_shared/search-index';
import { articleTarget } from '../access';
import { articleView } from '../views';

export default handler('content', 'withdrawArticle', async (ctx, input) => {
  const article = await mustGet<ArticleDoc>(ctx.store, 'articles', input.articleId);
  ctx.authorize(articleTarget(article));
  const now = ctx.clock.now();
  const set = { status: 'withdrawn' as const, withdrawnAt: now, updatedAt: now };
  await ctx.store.update('articles', { _id: article._id }, { set });
  await ctx.audit('withdraw', article._id, {});
  await indexArticle(ctx.store, { ...article, ...set });
  return articleView(ctx.files, { ...article, ...set }, true);
});
