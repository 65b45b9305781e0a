/** content: one typed function per action (政策与动态: articles read by anyone, kept by the chief and admin). */
import { call } from './call';

export const listArticles = call('content', 'listArticles');
export const getArticle = call('content', 'getArticle');
export const listManagedArticles = call('content', 'listManagedArticles');
export const saveArticle = call('content', 'saveArticle');
export const publishArticle = call('content', 'publishArticle');
export const withdrawArticle = call('content', 'withdrawArticle');
