/**
 * The states every list shows around its items: first load, error with retry, empty,
 * loading more, and the end of the list. The pictures are drawn locally: NutUI's default ones
 * load from a remote site, which an offline phone or the closed host network cannot reach.
 * Drawn in NutUI Empty / Loading / Button's look without NutUI: the tab pages show these, and
 * NutUI's components would bring their library code into the main package.
 */
import type { PagedList } from '../hooks/usePagedList';
import { View, Text } from '@tarojs/components';
import type { ReactNode } from 'react';
import type { Loaded } from '../hooks/useLoad';
import { PlainButton } from './PlainButton';
import { Spinner } from './Spinner';
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

/** A picture with a title and a line under it, as NutUI's small Empty lays them out. */
function EmptyPicture({ title, description, error }: { title: string; description?: string; error?: boolean }) {
  return (
    <View className="list-status__empty">
      <View className="list-status__picture">
        <View className={`list-status__image${error ? ' list-status__image--error' : ''}`} />
      </View>
      <Text className="list-status__title">{title}</Text>
      {description ? <Text className="list-status__description">{description}</Text> : null}
    </View>
  );
}

export function ListStatus(props: ListStatusProps) {
  const { loading, error, empty, emptyText, onRetry, loadingMore, hasMore } = props;
  if (loading && empty) {
    return (
      <View className="list-status" data-testid="list-loading">
        <Spinner text="加载中…" />
      </View>
    );
  }
  if (error) {
    return (
      <View className="list-status" data-testid="list-error">
        <EmptyPicture error title="加载失败" description={error} />
        {onRetry && (
          <PlainButton size="small" type="primary" fill="outline" onClick={onRetry}>
            重新加载
          </PlainButton>
        )}
      </View>
    );
  }
  if (empty) {
    return (
      <View className="list-status" data-testid="list-empty">
        <EmptyPicture title={emptyText} />
      </View>
    );
  }
  if (loadingMore) {
    return (
      <View className="list-status list-status--more">
        <Spinner text="加载更多…" />
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

export interface EditGateProps<T extends { canEdit: boolean }> {
  loaded: Loaded<T | null>;
  /** The page's wrapper class, so the status sits where the form would. */
  className: string;
  /** Shown when the thing to edit is not there. */
  missing: string;
  /** Shown when the acting role may not edit it. */
  forbidden: string;
  /** Whether what the editor needs is in what was loaded (default: it is). */
  present?: (data: T) => boolean;
  /** The editor, mounted once the values to start from are known. */
  children: (data: T) => ReactNode;
}

/**
 * An edit page's gate: the load's status until the thing to edit is there, then 没有权限 unless
 * the server says the acting role may edit it (`canEdit`), then the editor.
 */
export function EditGate<T extends { canEdit: boolean }>(p: EditGateProps<T>) {
  const { data } = p.loaded;
  if (!data || (p.present && !p.present(data))) {
    return (
      <View className={p.className}>
        <LoadStatus loaded={p.loaded} missing={p.missing} />
      </View>
    );
  }
  if (!data.canEdit) {
    return (
      <View className={p.className}>
        <ListStatus loading={false} error={null} empty emptyText={p.forbidden} />
      </View>
    );
  }
  return <>{p.children(data)}</>;
}

/** The status line of a paged list (usePagedList): loading, error with retry, empty, more, end. */
export function PagedListStatus({
  list,
  emptyText,
}: {
  list: Pick<PagedList<unknown>, 'items' | 'loading' | 'error' | 'reload' | 'loadingMore' | 'hasMore'>;
  emptyText: string;
}) {
  return (
    <ListStatus
      loading={list.loading}
      error={list.error}
      empty={!list.loading && list.items.length === 0}
      emptyText={emptyText}
      onRetry={() => void list.reload()}
      loadingMore={list.loadingMore}
      hasMore={list.hasMore}
    />
  );
}
