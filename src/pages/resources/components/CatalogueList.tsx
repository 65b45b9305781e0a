/** The service catalogue: the basic services (004 §6.1) and the mobile-studio services (001 §7). */
import { Text, View } from '@tarojs/components';
import type { CatalogueEntry } from '@core/contract';
import { ListStatus } from '@/components/ListStatus';
import { useLoad } from '@/hooks/useLoad';
import { listCatalogue } from '@/services/directory';

const GROUPS: Array<{ group: CatalogueEntry['group']; title: string }> = [
  { group: 'basic', title: '基础服务' },
  { group: 'studio', title: '流动工作室服务' },
];

export function CatalogueList() {
  const { data, loading, error, reload } = useLoad(() => listCatalogue({}), []);
  const items = data ?? [];
  return (
    <View className="resource-list">
      {items.length > 0
        ? GROUPS.map(({ group, title }) => {
            const entries = items.filter((e) => e.group === group);
            if (entries.length === 0) return null;
            return (
              <View key={group} className="resource-list__group" data-testid={`catalogue-${group}`}>
                <Text className="resource-list__group-title">
                  {title}（{entries.length}）
                </Text>
                {entries.map((entry) => (
                  <View key={entry.id} className="resource-list__row resource-list__row--plain">
                    <Text className="resource-list__title">{entry.label}</Text>
                  </View>
                ))}
              </View>
            );
          })
        : null}
      <ListStatus
        loading={loading}
        error={error}
        empty={items.length === 0}
        emptyText="暂无服务目录"
        onRetry={() => void reload()}
      />
    </View>
  );
}
