/**
 * What a page shows before it knows who the user is: a sign-in prompt for a guest (H5), and
 * loading / error-with-retry while 我的 profile loads. Shared by 我的 and role-gated pages.
 * Drawn without NutUI (PlainButton, Spinner): tab pages show these, in the main package.
 */
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { ROUTES } from '../lib/routes';
import { PlainButton } from './PlainButton';
import { Spinner } from './Spinner';
import './SessionStates.scss';

export function SignInPrompt({ text, testId }: { text: string; testId?: string }) {
  return (
    <View className="session-state" data-testid={testId}>
      <Text className="session-state__text">{text}</Text>
      <PlainButton type="primary" block onClick={() => void Taro.navigateTo({ url: ROUTES.login })}>
        登录
      </PlainButton>
      <PlainButton block fill="outline" onClick={() => void Taro.navigateTo({ url: ROUTES.register })}>
        注册新账号
      </PlainButton>
    </View>
  );
}

export function ProfileLoading({ error, onRetry }: { error: string | null; onRetry: () => void }) {
  return (
    <View className="session-state">
      {error ? (
        <>
          <Text className="session-state__error">{error}</Text>
          <PlainButton size="small" onClick={onRetry}>
            重新加载
          </PlainButton>
        </>
      ) : (
        <Spinner text="加载中…" />
      )}
    </View>
  );
}
