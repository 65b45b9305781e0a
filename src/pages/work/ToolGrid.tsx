/**
 * 工作台's tools: the acting role's entries of the one table (src/lib/tools.ts), grouped by task,
 * each an icon (the character of its task on its section's colour) and a title. 待发送 carries
 * the count of visits waiting on this phone.
 */
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { MembershipView } from '@core/contract';
import { useOutbox } from '@/hooks/useOutbox';
import { TOOL_SECTIONS, toolsFor, type Tool, type ToolSection } from '@/lib/tools';

function ToolItem({ tool, acting, badge }: { tool: Tool; acting: MembershipView | null; badge?: number }) {
  return (
    <View
      className="work-tool"
      data-testid="tool"
      data-entry={tool.id}
      onClick={() => void Taro.navigateTo({ url: tool.url(acting) })}
    >
      <View className={`work-tool__icon work-tool__icon--${tool.section}`}>
        <Text>{tool.glyph}</Text>
        {badge ? (
          <Text className="work-tool__badge" data-testid="outbox-badge" data-count={badge}>
            {badge}
          </Text>
        ) : null}
      </View>
      <Text className="work-tool__title">{tool.title}</Text>
    </View>
  );
}

export function ToolGrid({ acting, userId }: { acting: MembershipView | null; userId: string }) {
  const outbox = useOutbox(userId);
  const tools = toolsFor(acting).filter((t) => t.group === 'work');
  const sections = (Object.keys(TOOL_SECTIONS) as ToolSection[])
    .map((s) => ({ s, items: tools.filter((t) => t.section === s) }))
    .filter((x) => x.items.length > 0);
  return (
    <View data-testid="tools">
      {sections.map(({ s, items }) => (
        <View key={s} className="work-section" data-section={s}>
          <Text className="work__heading">{TOOL_SECTIONS[s]}</Text>
          <View className="work-section__grid">
            {items.map((t) => (
              <ToolItem key={t.id} tool={t} acting={acting} badge={t.id === 'outbox' ? outbox.length : undefined} />
            ))}
          </View>
        </View>
      ))}
    </View>
  );
}
