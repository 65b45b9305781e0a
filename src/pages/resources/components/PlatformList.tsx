/**
 * Public retrieval platforms (004 appendix A). A mini program cannot open outside websites,
 * so tapping one copies its address for the browser.
 */
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { ListStatus } from '@/components/ListStatus';
import { useLoad } from '@/hooks/useLoad';
import { toastError } from '@/lib/feedback';
import { listPlatforms } from '@/services/directory';

async function copyUrl(url: string) {
  try {
    await Taro.setClipboardData({ data: url });
    await Taro.showToast({ title: '网址已复制，请在浏览器中打开', icon: 'none', duration: 2000 });
  } catch (e) {
    toastError(e);
  }
}

export function PlatformList() {
  const { data, loading, error, reload } = useLoad(() => listPlatforms({}), []);
  const items = data ?? [];
  return (
    <View className="resource-list">
      <Text className="resource-list__hint">点击条目复制网址，在浏览器中打开</Text>
      {items.map((p, i) => (
        <View key={p.id} className="resource-list__row" data-testid="platform" onClick={() => void copyUrl(p.url)}>
          <Text className="resource-list__index">{i + 1}</Text>
          <View className="resource-list__body">
            <Text className="resource-list__title">{p.name}</Text>
            <Text className="resource-list__sub">{p.url}</Text>
          </View>
        </View>
      ))}
      <ListStatus
        loading={loading}
        error={error}
        empty={items.length === 0}
        emptyText="暂无检索平台"
        onRetry={() => void reload()}
      />
    </View>
  );
}
