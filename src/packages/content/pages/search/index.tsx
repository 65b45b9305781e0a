/**
 * 搜索 (?q=): one search over published 政策与动态, service stations and service items, opened from
 * 首页's search box with its words. Hits are grouped by kind, each group with its count and
 * 查看更多 (that kind paged further); each hit opens its own page. Public: signed in or not.
 */
import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { SEARCH_KIND } from '@core/enums';
import { SEARCH_QUERY_MAX } from '@core/rules/search-terms';
import { ListStatus } from '@/components/ListStatus';
import { SearchBox } from '@/components/SearchBox';
import { usePageParams } from '@/hooks/usePageParams';
import { SearchGroup } from './SearchGroup';
import { useSearch } from './useSearch';
import './index.scss';

function Results({ query, result }: { query: string; result: ReturnType<typeof useSearch> }) {
  const { status, groups, terms, error } = result;
  if (status === 'idle') {
    return (
      <Text className="search-page__hint" data-testid="search-idle">
        输入关键词，搜索政策与动态、服务站点和服务事项
      </Text>
    );
  }
  if (status === 'invalid') {
    return (
      <Text className="search-page__invalid" data-testid="search-invalid">
        {error}
      </Text>
    );
  }
  if (!groups) {
    return (
      <ListStatus
        loading={status === 'loading'}
        error={error}
        empty
        emptyText=""
        onRetry={() => void result.reload()}
      />
    );
  }
  const found = SEARCH_KIND.values.filter((kind) => groups[kind].total > 0);
  return (
    <>
      <Text className="search-page__terms" data-testid="search-terms">
        按词搜索：{terms.join(' ')}
      </Text>
      {found.length === 0 ? (
        <ListStatus loading={false} error={null} empty emptyText={`未找到与“${query}”相关的内容`} />
      ) : (
        found.map((kind) => (
          <SearchGroup
            key={kind}
            kind={kind}
            group={groups[kind]}
            onMore={() => void result.loadMore(kind)}
            onOpen={(hit) => void Taro.navigateTo({ url: hit.link }).catch(() => undefined)}
          />
        ))
      )}
    </>
  );
}

export default function SearchPage() {
  const params = usePageParams();
  const [query, setQuery] = useState((params.q ?? '').trim());
  const result = useSearch(query);
  const submit = (words: string) => {
    // The same words again: search again (something may have been published meanwhile).
    if (words === query) void result.reload();
    else setQuery(words);
  };
  return (
    <View className="search-page">
      <View className="search-page__top">
        <SearchBox initial={params.q ?? ''} maxLength={SEARCH_QUERY_MAX} onSearch={submit} />
      </View>
      <Results query={query} result={result} />
    </View>
  );
}
