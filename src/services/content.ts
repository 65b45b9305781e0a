/** content: one typed function per action (政策与动态: articles read by anyone, kept by the chief and admin). */
import { call } from './call';

export const listArticles = call('content', 'listArticles');
export const getArticle = call('content', 'getArticle');
export const listManagedArticles = call('content', 'listManagedArticles');
export const saveArticle = call('content', 'saveArticle');
export const publishArticle = call('content', 'publishArticle');
export const withdrawArticle = call('content', 'withdrawArticle');
export const home = call('content', 'home');
export const search = call('content', 'search');
export const previewPush = call('content', 'previewPush');
export const sendPush = call('content', 'sendPush');
export const listPushes = call('content', 'listPushes');
