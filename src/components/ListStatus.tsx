/**
 * The states every list shows around its items: first load, error with retry, empty,
 * loading more, and the end of the list. The pictures are drawn locally: NutUI's default ones
 * load from a remote site, which an offline phone or the closed host network cannot reach.
 */
import { View, Text } from '@tarojs/components';
import { Button, Empty, Loading } from '@nutui/nutui-react-taro';
import type { Loaded } from '../hooks/useLoad';
import './ListStatus.scss';

export interface ListStatusProps {
  loading: boolean;
  error: string | null;
  empty: boolean;
  emptyText: string;
  onRetry?: () => void;
  loadingMore?: boolean;
  hasMore?: boolean;
}

export function ListStatus(props: ListStatusProps) {
  const { loading, error, empty, emptyText, onRetry, loadingMore, hasMore } = props;
  if (loading && empty) {
    return (
      <View className="list-status" data-testid="list-loading">
        <Loading>加载中…</Loading>
      </View>
    );
  }
  if (error) {
    return (
      <View className="list-status" data-testid="list-error">
        <Empty
          image={<View className="list-status__image list-status__image--error" />}
          title="加载失败"
          description={error}
          size="small"
        />
        {onRetry && (
          <Button size="small" type="primary" fill="outline" onClick={onRetry}>
            重新加载
          </Button>
        )}
      </View>
    );
  }
  if (empty) {
    return (
      <View className="list-status" data-testid="list-empty">
        <Empty image={<View className="list-status__image" />} title={emptyText} size="small" />
      </View>
    );
  }
  if (loadingMore) {
    return (
      <View className="list-status list-status--more">
        <Loading>加载更多…</Loading>
      </View>
    );
  }
  if (hasMore === false) {
    return (
      <View className="list-status list-status--more">
        <Text className="list-status__end">没有更多了</Text>
      </View>
    );
  }
  return null;
}

/**
 * What a page shows while the one thing it loads (useLoad) is not there: loading, the error with
 * a retry, or `missing` when the answer was that there is no such thing.
 */
export function LoadStatus({ loaded, missing }: { loaded: Loaded<unknown>; missing: string }) {
  return (
    <ListStatus
      loading={loaded.loading}
      error={loaded.error}
      empty
      emptyText={missing}
      onRetry={() => void loaded.reload()}
    />
  );
}
