/** The articles the acting role keeps, in every state, latest change first: a chief the station's, an admin all. */
import type { ArticleDoc } from '../../../core/store/docs';
import type { Where } from '../../../core/store/query';
import { findPage } from '../../_shared/paging';
import { handler } from '../../_shared/runtime';
import { scopeWhere } from '../../_shared/scope';
import { articleSummaryView } from '../views';

export default handler('content', 'listManagedArticles', async (ctx, input) => {
  const caller = ctx.requireCaller();
  const where: Where = {
    ...scopeWhere('content', 'listManagedArticles', caller, { station: 'stationId' }),
    ...(input.status ? { status: input.status } : {}),
  };
  const page = await findPage<ArticleDoc, ArticleDoc>(
    ctx.store,
    'articles',
    where,
    [['updatedAt', 'desc']],
    input,
    (d) => d,
  );
  return { ...page, items: await Promise.all(page.items.map((d) => articleSummaryView(ctx.files, d))) };
});
