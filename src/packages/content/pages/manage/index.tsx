/**
 * 文章管理: the articles the acting role keeps — a chief their station's, an admin every one — in
 * every state, newest change first, by status; each with when it is (or will be) published.
 * 写文章 opens the editor; a card opens the article, and a published one (already live) offers
 * 推送 to 定向推送. Coming back from one reloads.
 */
import { useState } from 'react';
import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { ArticleSummary } from '@core/contract';
import { ARTICLE_STATUS, type ArticleStatus } from '@core/enums';
import { ChipRow } from '@/components/ChipRow';
import { PagedListStatus } from '@/components/ListStatus';
import { RoleGate } from '@/components/RoleGate';
import { usePagedList } from '@/hooks/usePagedList';
import { useListGestures, useReloadOnReturn } from '@/hooks/usePageRefresh';
import { useSession } from '@/hooks/useSession';
import { ROUTES } from '@/lib/routes';
import { listManagedArticles } from '@/services/content';
import { ArticleCard } from '@/packages/content/components/ArticleCard';
import { STATUS_CHIPS, isScheduled } from '@/packages/content/lib/labels';
import '@/packages/content/styles.scss';
import './index.scss';

const go = (url: string) => void Taro.navigateTo({ url });

/** A managed article's card; a live one (published, its time come) with 推送 under it. */
function ManagedArticle({ article: a }: { article: ArticleSummary }) {
  const pushable = a.status === 'published' && !isScheduled(a, Date.now());
  return (
    <View className={pushable ? 'article-manage__item article-manage__item--actions' : 'article-manage__item'}>
      <ArticleCard article={a} managed onOpen={(id) => go(ROUTES.article(id))} />
      {pushable ? (
        <View className="article-manage__actions">
          <Button
            size="small"
            type="primary"
            fill="outline"
            data-testid="article-push"
            onClick={() => go(ROUTES.push('article', a.id))}
          >
            推送
          </Button>
        </View>
      ) : null}
    </View>
  );
}

function ManagedArticles() {
  const [status, setStatus] = useState<ArticleStatus | ''>('');
  const list = usePagedList(
    (page, pageSize) => listManagedArticles({ ...(status ? { status } : {}), page, pageSize }),
    [status],
  );
  useListGestures(list);
  useReloadOnReturn(list.reload);
  return (
    <>
      <View className="article-page__bar">
        <Button type="primary" block onClick={() => void Taro.navigateTo({ url: ROUTES.articleEdit() })}>
          写文章
        </Button>
      </View>
      <ChipRow chips={STATUS_CHIPS} value={status} onChange={setStatus} testId="status-filter" />
      {list.items.map((a) => (
        <ManagedArticle key={a.id} article={a} />
      ))}
      <PagedListStatus
        list={list}
        emptyText={status ? `没有${ARTICLE_STATUS.labels[status]}的文章` : '还没有文章，点「写文章」开始'}
      />
    </>
  );
}

export default function ArticleManagePage() {
  const session = useSession();
  return (
    <View className="article-page">
      <RoleGate session={session} needs={['content', 'listManagedArticles']} what="管理文章">
        <ManagedArticles key={session.acting?.id ?? ''} />
      </RoleGate>
    </View>
  );
}
