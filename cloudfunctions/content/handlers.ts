/**
 * content: articles (政策解读, 工作动态, 通知公告, 典型案例) — written in Markdown, rendered and
 * sanitised once on the server, published now or at a time, withdrawn, read counted once per
 * reader. One module per action.
 */
import type { Handlers } from '../_shared/runtime';
import getArticle from './actions/getArticle';
import home from './actions/home';
import listPushes from './actions/listPushes';
import previewPush from './actions/previewPush';
import search from './actions/search';
import sendPush from './actions/sendPush';
import listArticles from './actions/listArticles';
import listManagedArticles from './actions/listManagedArticles';
import publishArticle from './actions/publishArticle';
import saveArticle from './actions/saveArticle';
import withdrawArticle from './actions/withdrawArticle';

export const handlers: Handlers<'content'> = {
  listArticles,
  getArticle,
  listManagedArticles,
  saveArticle,
  publishArticle,
  withdrawArticle,
  home,
  search,
  previewPush,
  sendPush,
  listPushes,
};
