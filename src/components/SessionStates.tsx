/**
 * What a page shows before it knows who the user is: a sign-in prompt for a guest (H5), and
 * loading / error-with-retry while 我的 profile loads. Shared by 我的 and role-gated pages.
 */
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button, Loading } from '@nutui/nutui-react-taro';
import { ROUTES } from '../lib/routes';
import './SessionStates.scss';

export function SignInPrompt({ text, testId }: { text: string; testId?: string }) {
  return (
    <View className="session-state" data-testid={testId}>
      <Text className="session-state__text">{text}</Text>
      <Button type="primary" block onClick={() => void Taro.navigateTo({ url: ROUTES.login })}>
        登录
      </Button>
      <Button block fill="outline" onClick={() => void Taro.navigateTo({ url: ROUTES.register })}>
        注册新账号
      </Button>
    </View>
  );
}

export function ProfileLoading({ error, onRetry }: { error: string | null; onRetry: () => void }) {
  return (
    <View className="session-state">
      {error ? (
        <>
          <Text className="session-state__error">{error}</Text>
          <Button size="small" onClick={onRetry}>
            重新加载
          </Button>
        </>
      ) : (
        <Loading>加载中…</Loading>
      )}
    </View>
  );
}
