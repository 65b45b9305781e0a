/**
 * 我的's ways to get (another) role, from the one table of tools (src/lib/tools.ts, group
 * 'join'): 输入邀请码, 加入企业, 登记我的企业 — each only to whom it applies. The work tools are on 工作台.
 */
import Taro from '@tarojs/taro';
import { Cell, CellGroup } from '@nutui/nutui-react-taro';
import type { MembershipView } from '@core/contract';
import { describeTool, toolsFor } from '@/lib/tools';

export function JoinEntries({ acting }: { acting: MembershipView | null }) {
  const entries = toolsFor(acting).filter((e) => e.group === 'join');
  if (!entries.length) return null;
  return (
    <CellGroup title="加入与登记">
      {entries.map((e) => (
        <Cell
          key={e.id}
          data-entry={e.id}
          title={e.title}
          description={describeTool(e, acting)}
          onClick={() => void Taro.navigateTo({ url: e.url(acting) })}
        />
      ))}
    </CellGroup>
  );
}
