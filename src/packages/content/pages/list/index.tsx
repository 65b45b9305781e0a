/**
 * 政策与动态 (?kind=&stationId=): published articles, newest first — every one, or one column's
 * (政策解读, 工作动态, 通知公告, 典型案例), the city's and every station's or one station's when the
 * link names it; paginated. Public: anyone may read, signed in or not.
 */
import { useState } from 'react';
import { View } from '@tarojs/components';
import { ARTICLE_KIND, type ArticleKind } from '@core/enums';
import { ChipRow } from '@/components/ChipRow';
import { usePagedList } from '@/hooks/usePagedList';
import { useListGestures } from '@/hooks/usePageRefresh';
import { oneOfParam, usePageParams } from '@/hooks/usePageParams';
import { listArticles } from '@/services/content';
import { ArticleList } from '@/packages/content/components/ArticleList';
import { KIND_CHIPS } from '@/packages/content/lib/labels';
import '@/packages/content/styles.scss';

export default function ArticlesPage() {
  const params = usePageParams();
  const stationId = params.stationId ?? '';
  const [kind, setKind] = useState<ArticleKind | ''>(oneOfParam(params.kind, ARTICLE_KIND.values));
  const list = usePagedList(
    (page, pageSize) =>
      listArticles({ ...(kind ? { kind } : {}), ...(stationId ? { stationId } : {}), page, pageSize }),
    [kind, stationId],
  );
  useListGestures(list);
  return (
    <View className="article-page">
      <ChipRow chips={KIND_CHIPS} value={kind} onChange={setKind} testId="kind-filter" />
      <ArticleList list={list} emptyText={kind ? `暂无${ARTICLE_KIND.labels[kind]}` : '暂无文章'} />
    </View>
  );
}
