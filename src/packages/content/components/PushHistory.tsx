/**
 * 推送记录: the earlier pushes of one article or training, newest first — when, who sent it, to
 * whom and how many it reached (发送中 while the notices are still going out).
 */
import { Text, View } from '@tarojs/components';
import type { PushRecord } from '@core/contract';
import { ListStatus } from '@/components/ListStatus';
import type { Loaded } from '@/hooks/useLoad';
import { historyLine } from '../lib/push';

export function PushHistory({ loaded }: { loaded: Loaded<PushRecord[]> }) {
  const pushes = loaded.data ?? [];
  return (
    <View className="push-page__card" data-testid="push-history">
      <Text className="push-page__section">推送记录</Text>
      {pushes.map((p) => (
        <View key={p.id} className="push-page__record" data-testid="push-record" data-status={p.status}>
          <Text className={`push-page__record-line${p.status === 'sending' ? ' push-page__record-line--sending' : ''}`}>
            {historyLine(p)}
          </Text>
        </View>
      ))}
      <ListStatus
        loading={loaded.loading}
        error={loaded.error}
        empty={!loaded.loading && pushes.length === 0}
        emptyText="还没有推送过"
        onRetry={() => void loaded.reload()}
      />
    </View>
  );
}
