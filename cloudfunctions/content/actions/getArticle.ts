/**
 * One article. Readers (anyone, signed in or not) get a published one whose time has come; its
 * editors also a draft, a scheduled or a withdrawn one (with the Markdown). A signed-in reader is
 * counted once: their read is a document with a deterministic id, and only the insert that created
 * it moves the count.
 */
import { AppError } from '../../../core/errors';
import type { ArticleDoc } from '../../../core/store/docs';
import { insertIfAbsent } from '../../_shared/records';
import { handler } from '../../_shared/runtime';
import { isLive, mayEdit } from '../access';
import { articleView } from '../views';

export default handler('content', 'getArticle', async (ctx, input) => {
  const article = await ctx.store.get<ArticleDoc>('articles', input.articleId);
  const editable = !!article && !!ctx.caller && mayEdit(ctx, article);
  if (!article || (!isLive(article, ctx.clock.now()) && !editable)) {
    throw new AppError('NOT_FOUND', '文章不存在或已撤回');
  }
  let readCount = article.readCount;
  if (ctx.caller && isLive(article, ctx.clock.now())) {
    const first = await insertIfAbsent(ctx.store, 'article_reads', {
      _id: `${article._id}:${ctx.caller.userId}`,
      articleId: article._id,
      userId: ctx.caller.userId,
      at: ctx.clock.now(),
    });
    if (first) {
      await ctx.store.update('articles', { _id: article._id }, { inc: { readCount: 1 } });
      readCount += 1;
    }
  }
  return articleView(ctx.files, { ...article, readCount }, editable);
});
