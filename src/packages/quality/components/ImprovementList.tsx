/**
 * The cards of an improvement list with the states every list shows around them (loading, error
 * and retry, empty, loading more, the end). A card completed here shows as the server answered
 * it, without reloading the list. The page owns the loading.
 */
import { Text } from '@tarojs/components';
import type { ImprovementView } from '@core/contract';
import { PagedListStatus } from '@/components/ListStatus';
import type { PagedList } from '@/hooks/usePagedList';
import { ImprovementCard } from './ImprovementCard';

interface ImprovementListProps {
  list: PagedList<ImprovementView>;
  /** Cards completed since the list loaded, by id. */
  updated: Record<string, ImprovementView>;
  onUpdated: (item: ImprovementView) => void;
  canComplete: (item: ImprovementView) => boolean;
  withStation: boolean;
  emptyText: string;
}

export function ImprovementList({
  list,
  updated,
  onUpdated,
  canComplete,
  withStation,
  emptyText,
}: ImprovementListProps) {
  return (
    <>
      {list.items.length ? (
        <Text className="quality-list__count" data-testid="improvement-count">
          共 {list.total} 项整改
        </Text>
      ) : null}
      {list.items.map((loaded) => {
        const item = updated[loaded.id] ?? loaded;
        return (
          <ImprovementCard
            key={item.id}
            item={item}
            canComplete={canComplete(item)}
            withStation={withStation}
            onUpdated={onUpdated}
          />
        );
      })}
      <PagedListStatus list={list} emptyText={emptyText} />
    </>
  );
}
