/**
 * The cards of a complaint list with the states every list shows around them (loading, error and
 * retry, empty, loading more, the end); a card opens the complaint. The pages own the loading.
 */
import Taro from '@tarojs/taro';
import { Text } from '@tarojs/components';
import type { ComplaintSummary } from '@core/contract';
import { PagedListStatus } from '@/components/ListStatus';
import type { PagedList } from '@/hooks/usePagedList';
import { ROUTES } from '@/lib/routes';
import { ComplaintCard } from './ComplaintCard';

interface ComplaintListProps {
  list: PagedList<ComplaintSummary>;
  emptyText: string;
  withComplainant?: boolean;
}

export function ComplaintList({ list, emptyText, withComplainant }: ComplaintListProps) {
  return (
    <>
      {list.items.length ? (
        <Text className="complaint-list__count" data-testid="complaint-count">
          共 {list.total} 条投诉
        </Text>
      ) : null}
      {list.items.map((c) => (
        <ComplaintCard
          key={c.id}
          complaint={c}
          withComplainant={withComplainant}
          onOpen={(id) => void Taro.navigateTo({ url: ROUTES.complaint(id) })}
        />
      ))}
      <PagedListStatus list={list} emptyText={emptyText} />
    </>
  );
}
