/** Public reference data (004 appendices A and B, the request catalogue), in display order. */
import type { CatalogueEntry, Course, Platform } from '../../../core/contract';
import type { Doc } from '../../../core/ports';
import type { CollectionName } from '../../../core/store/schema';
import { handler, type HandlerContext } from '../../_shared/runtime';

async function ordered<T>(ctx: HandlerContext, collection: CollectionName): Promise<T[]> {
  const docs = await ctx.store.find<Doc>(collection, { orderBy: [['order', 'asc']], limit: 200 });
  return docs.map(({ _id, ...rest }) => ({ id: _id, ...rest }) as T);
}

export const listPlatforms = handler('directory', 'listPlatforms', (ctx) => ordered<Platform>(ctx, 'platforms'));
export const listCourses = handler('directory', 'listCourses', (ctx) => ordered<Course>(ctx, 'courses'));
export const listCatalogue = handler('directory', 'listCatalogue', (ctx) => ordered<CatalogueEntry>(ctx, 'catalogue'));
