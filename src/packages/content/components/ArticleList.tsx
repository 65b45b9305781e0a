/**
 * The cards of an article list with the states every list shows around them (loading, error and
 * retry, empty, loading more, the end); a card opens the article. The pages own the loading.
 */
import Taro from '@tarojs/taro';
import type { ArticleSummary } from '@core/contract';
import { PagedListStatus } from '@/components/ListStatus';
import type { PagedList } from '@/hooks/usePagedList';
import { ROUTES } from '@/lib/routes';
import { ArticleCard } from './ArticleCard';

interface ArticleListProps {
  list: PagedList<ArticleSummary>;
  emptyText: string;
  managed?: boolean;
}

export function ArticleList({ list, emptyText, managed }: ArticleListProps) {
  return (
    <>
      {list.items.map((a) => (
        <ArticleCard
          key={a.id}
          article={a}
          managed={managed}
          onOpen={(id) => void Taro.navigateTo({ url: ROUTES.article(id) })}
        />
      ))}
      <PagedListStatus list={list} emptyText={emptyText} />
    </>
  );
}
