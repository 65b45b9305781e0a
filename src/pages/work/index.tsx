/**
 * 工作台: the acting role's home — who is working and for whom, the to-dos with live counts
 * (each opens its list), then the tools of the role grouped by task. Staff land here when the
 * app opens (app.ts); a guest is asked to sign in.
 */
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { ROLE } from '@core/enums';
import { useAppStore } from '@/store';
import { ProfileLoading, SignInPrompt } from '@/components/SessionStates';
import { useLoad } from '@/hooks/useLoad';
import { useReloadOnReturn } from '@/hooks/usePageRefresh';
import { workbench } from '@/services/stats';
import { scopeLabel } from '@/lib/access';
import { Todos } from './Todos';
import { ToolGrid } from './ToolGrid';
import './index.scss';

function Workbench({ userId, name }: { userId: string; name: string }) {
  const acting = useAppStore((s) => s.acting());
  const todos = useLoad(() => (acting ? workbench({}) : Promise.resolve({ todos: [] })), [acting?.id ?? '']);
  // Back from a list (a request accepted, a follow-up done) or another tab: the counts as they are now.
  useReloadOnReturn(todos.reload);
  usePullDownRefresh(() => {
    void todos.reload().finally(() => void Taro.stopPullDownRefresh());
  });
  return (
    <View className="work">
      <View className="work__header" data-testid="work-header">
        <Text className="work__role">{name}</Text>
        <Text className="work__scope">
          {acting
            ? `${ROLE.labels[acting.role]} · ${scopeLabel(acting)}`
            : '尚未加入企业或工作站，可在“我的”中登记或加入'}
        </Text>
      </View>
      {acting ? <Todos todos={todos} /> : null}
      <ToolGrid acting={acting} userId={userId} />
    </View>
  );
}

export default function WorkPage() {
  const { signedIn, me, meState, meError, loadMe } = useAppStore();
  useDidShow(() => {
    if (signedIn && !me) void loadMe();
  });
  if (!signedIn) return <SignInPrompt text="登录后查看待办事项和工作工具" />;
  if (!me) return <ProfileLoading error={meState === 'error' ? meError : null} onRetry={() => void loadMe()} />;
  return <Workbench userId={me.user.id} name={me.user.displayName} />;
}
