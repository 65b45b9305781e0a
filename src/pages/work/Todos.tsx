/**
 * 工作台's to-dos: what waits for the acting role, each with its live count (stats.workbench),
 * opening the list it counts. Late ones with a count show in red; loading and a failed load (with
 * a retry) show in place, so the tools below stay usable offline.
 */
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { TODO_TITLES, URGENT_TODOS, type TodoId } from '@core/rules/todos';
import type { Loaded } from '@/hooks/useLoad';
import { TODO_LINKS } from '@/lib/todos';

export function Todos({ todos }: { todos: Loaded<{ todos: Array<{ id: TodoId; count: number }> }> }) {
  const items = todos.data?.todos ?? [];
  return (
    <View className="work-todos" data-testid="todos">
      <Text className="work__heading">待办</Text>
      {todos.error ? (
        <View className="work-todos__state" data-testid="todos-error" onClick={() => void todos.reload()}>
          待办加载失败：{todos.error}（点此重试）
        </View>
      ) : !todos.data ? (
        <View className="work-todos__state">待办加载中…</View>
      ) : items.length === 0 ? (
        <View className="work-todos__state">当前身份没有待办事项</View>
      ) : (
        <View className="work-todos__grid">
          {items.map((t) => (
            <View
              key={t.id}
              className={`work-todo${t.count > 0 && URGENT_TODOS.has(t.id) ? ' work-todo--urgent' : ''}${t.count === 0 ? ' work-todo--none' : ''}`}
              data-testid="todo"
              data-todo={t.id}
              data-count={t.count}
              onClick={() => void Taro.navigateTo({ url: TODO_LINKS[t.id] })}
            >
              <Text className="work-todo__count">{t.count}</Text>
              <Text className="work-todo__title">{TODO_TITLES[t.id]}</Text>
            </View>
          ))}
        </View>
      )}
    </View>
  );
}
