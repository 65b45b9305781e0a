/** One kind's hits on the search page: its label and count, each hit a row, then 查看更多. */
import { Text, View } from '@tarojs/components';
import type { SearchHit } from '@core/contract';
import { SEARCH_KIND, type SearchKind } from '@core/enums';
import type { SearchGroupState } from './useSearch';

interface SearchGroupProps {
  kind: SearchKind;
  group: SearchGroupState;
  onMore: () => void;
  onOpen: (hit: SearchHit) => void;
}

export function SearchGroup({ kind, group, onMore, onOpen }: SearchGroupProps) {
  return (
    <View className="search-group" data-testid="search-group" data-kind={kind}>
      <View className="search-group__head">
        <Text className="search-group__title">{SEARCH_KIND.labels[kind]}</Text>
        <Text className="search-group__count">共 {group.total} 条</Text>
      </View>
      {group.items.map((hit) => (
        <View key={hit.id} className="search-hit" data-testid="search-hit" data-id={hit.id} onClick={() => onOpen(hit)}>
          <Text className="search-hit__title">{hit.title}</Text>
          {hit.snippet ? <Text className="search-hit__snippet">{hit.snippet}</Text> : null}
          {/* A station's hit is the station itself: its name is already the title. */}
          {hit.stationName && hit.stationName !== hit.title ? (
            <Text className="search-hit__station">{hit.stationName}</Text>
          ) : null}
        </View>
      ))}
      {group.error ? (
        <Text className="search-group__error" data-testid="search-more-error">
          {group.error}
        </Text>
      ) : null}
      {group.loadingMore ? (
        <Text className="search-group__more search-group__more--busy">加载中…</Text>
      ) : group.hasMore ? (
        <Text className="search-group__more" data-testid="search-more" onClick={onMore}>
          查看更多
        </Text>
      ) : null}
    </View>
  );
}
