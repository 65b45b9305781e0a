/**
 * 政策与动态 (?kind=&stationId=): published articles, newest first — every one, or one column's
 * (政策解读, 工作动态, 通知公告, 典型案例), the city's and every station's or one station's when the
 * link names it; paginated. Public: anyone may read, signed in or not. On WeChat it offers to
 * subscribe to the pushes.
 */
import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { ARTICLE_KIND, type ArticleKind } from '@core/enums';
import { ChipRow } from '@/components/ChipRow';
import { usePagedList } from '@/hooks/usePagedList';
import { useListGestures } from '@/hooks/usePageRefresh';
import { oneOfParam, usePageParams } from '@/hooks/usePageParams';
import { canSubscribe, requestSubscriptions } from '@/lib/subscribe';
import { listArticles } from '@/services/content';
import { ArticleList } from '@/packages/content/components/ArticleList';
import { KIND_CHIPS } from '@/packages/content/lib/labels';
import '@/packages/content/styles.scss';

/**
 * On WeChat: the policies and trainings a station pushes arrive as a message too, once the
 * reader allowed it from a tap (WeChat sends one message per allowance).
 */
function SubscribeBar() {
  if (!canSubscribe('policy')) return null;
  const subscribe = () =>
    void requestSubscriptions('policy').then((asked) => {
      if (asked) void Taro.showToast({ title: '已订阅推送', icon: 'success' });
    });
  return (
    <View className="article-page__subscribe" data-testid="policy-subscribe">
      <Text>有新的政策和培训推送时，微信通知我</Text>
      <Button size="small" type="primary" fill="outline" onClick={subscribe}>
        订阅
      </Button>
    </View>
  );
}

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
      <SubscribeBar />
      <ArticleList list={list} emptyText={kind ? `暂无${ARTICLE_KIND.labels[kind]}` : '暂无文章'} />
    </View>
  );
}
