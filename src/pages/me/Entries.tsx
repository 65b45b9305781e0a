/**
 * 我的 entries drawn from the one table (./entries.ts): what the acting role can do, then how to
 * get another role. Only 待发送 is drawn differently: with the count of visits waiting on this phone.
 */
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Badge, Cell, CellGroup } from '@nutui/nutui-react-taro';
import type { MembershipView } from '@core/contract';
import { useOutbox } from '@/hooks/useOutbox';
import { describeEntry, entriesFor, type EntryGroup, type MeEntry } from './entries';

const GROUP_TITLES: Record<EntryGroup, string> = { work: '服务与管理', join: '加入与登记' };

interface OutboxCellProps {
  entry: MeEntry;
  description: string;
  userId: string;
  onClick: () => void;
}

function OutboxCell({ entry, description, userId, onClick }: OutboxCellProps) {
  const outbox = useOutbox(userId);
  if (!outbox.length) return <Cell title={entry.title} description={description} onClick={onClick} />;
  return (
    <Cell
      title={
        <View className="me-inbox" data-testid="outbox-badge" data-count={outbox.length}>
          <Badge value={outbox.length} max={99} top="-4" right="-8" color="#ff7d00">
            <Text>{entry.title}</Text>
          </Badge>
        </View>
      }
      description="无网络时提交的走访记录，联网后自动发送"
      onClick={onClick}
    />
  );
}

export function MeEntries({ acting, userId }: { acting: MembershipView | null; userId: string }) {
  const entries = entriesFor(acting);
  const groups = (['work', 'join'] as const)
    .map((g) => ({ g, items: entries.filter((e) => e.group === g) }))
    .filter((x) => x.items.length > 0);
  return (
    <>
      {groups.map(({ g, items }) => (
        <CellGroup key={g} title={GROUP_TITLES[g]}>
          {items.map((e) => {
            const go = () => void Taro.navigateTo({ url: e.url(acting) });
            return e.id === 'outbox' ? (
              <OutboxCell key={e.id} entry={e} description={describeEntry(e, acting)} userId={userId} onClick={go} />
            ) : (
              <Cell key={e.id} data-entry={e.id} title={e.title} description={describeEntry(e, acting)} onClick={go} />
            );
          })}
        </CellGroup>
      ))}
    </>
  );
}
