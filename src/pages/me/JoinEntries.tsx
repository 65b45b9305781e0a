/**
 * 我的's ways to get (another) role, from the one table of tools (src/lib/tools.ts, group
 * 'join'): 输入邀请码, 加入企业, 登记我的企业 — each only to whom it applies. The work tools are on 工作台.
 */
import Taro from '@tarojs/taro';
import type { MembershipView } from '@core/contract';
import { PlainCell, PlainCellGroup } from '@/components/PlainCell';
import { describeTool, toolsFor } from '@/lib/tools';

export function JoinEntries({ acting }: { acting: MembershipView | null }) {
  const entries = toolsFor(acting).filter((e) => e.group === 'join');
  if (!entries.length) return null;
  return (
    <PlainCellGroup title="加入与登记">
      {entries.map((e) => (
        <PlainCell
          key={e.id}
          data-entry={e.id}
          title={e.title}
          description={describeTool(e, acting)}
          onClick={() => void Taro.navigateTo({ url: e.url(acting) })}
        />
      ))}
    </PlainCellGroup>
  );
}
