/**
 * 文章管理: the articles the acting role keeps — a chief their station's, an admin every one — in
 * every state, newest change first, by status; each with when it is (or will be) published.
 * 写文章 opens the editor; a card opens the article. Coming back from one reloads.
 */
import { useState } from 'react';
import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { ARTICLE_STATUS, type ArticleStatus } from '@core/enums';
import { ChipRow } from '@/components/ChipRow';
import { RoleGate } from '@/components/RoleGate';
import { usePagedList } from '@/hooks/usePagedList';
import { useListGestures, useReloadOnReturn } from '@/hooks/usePageRefresh';
import { useSession } from '@/hooks/useSession';
import { ROUTES } from '@/lib/routes';
import { listManagedArticles } from '@/services/content';
import { ArticleList } from '@/packages/content/components/ArticleList';
import { STATUS_CHIPS } from '@/packages/content/lib/labels';
import '@/packages/content/styles.scss';

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
      <ArticleList
        list={list}
        managed
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
