/** Published articles whose time has come, newest first (all, by kind, by station), for anyone. */
import type { ArticleDoc } from '../../../core/store/docs';
import type { Where } from '../../../core/store/query';
import { findPage } from '../../_shared/paging';
import { handler } from '../../_shared/runtime';
import { articleSummaryView } from '../views';

export default handler('content', 'listArticles', async (ctx, input) => {
  const where: Where = {
    ...(input.stationId ? { stationId: input.stationId } : {}),
    ...(input.kind ? { kind: input.kind } : {}),
    status: 'published',
    publishAt: { $lte: ctx.clock.now() },
  };
  const page = await findPage<ArticleDoc, ArticleDoc>(
    ctx.store,
    'articles',
    where,
    [['publishAt', 'desc']],
    input,
    (d) => d,
  );
  return { ...page, items: await Promise.all(page.items.map((d) => articleSummaryView(ctx.files, d))) };
});
