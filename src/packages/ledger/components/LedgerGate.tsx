/**
 * Shows its children only to someone signed in and acting in one of the allowed roles; anyone
 * else is told why in Chinese and sent to 我的 to switch identity (or to log in, an H5 guest).
 */
import type { ReactNode } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { ROLE, type Role } from '../../../../core/enums';
import { ProfileLoading, SignInPrompt } from '../../../components/SessionStates';
import { ROUTES } from '../../../lib/routes';
import type { Session } from '../lib/session';
import './LedgerGate.scss';

export function LedgerGate(p: { session: Session; roles: Role[]; what: string; children: ReactNode }) {
  const { signedIn, me, meState, meError, loadMe, acting } = p.session;
  if (!signedIn) return <SignInPrompt text={`登录后即可${p.what}`} testId="gate-login" />;
  if (!me) return <ProfileLoading error={meState === 'error' ? meError : null} onRetry={() => void loadMe()} />;
  if (!acting || !p.roles.includes(acting.role)) {
    const need = p.roles.map((r) => ROLE.labels[r]).join('、');
    return (
      <View className="ledger-gate" data-testid="gate-role">
        <Text className="ledger-gate__title">
          {p.what}需以{need}身份进行
        </Text>
        <Text className="ledger-gate__text">
          {acting ? `您当前的身份是${ROLE.labels[acting.role]}。` : '您还没有可用的身份。'}请在“我的”中切换身份。
        </Text>
        <Button type="primary" block onClick={() => void Taro.switchTab({ url: ROUTES.me })}>
          前往“我的”切换身份
        </Button>
      </View>
    );
  }
  return <>{p.children}</>;
}
