/**
 * Shows its children to someone signed in (and, when `roles` is given, acting in one of them);
 * anyone else is told why in Chinese and where to go: to log in (H5 guest), or to 我的 to
 * switch identity.
 */
import type { ReactNode } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { ROLE, type Role } from '../../../../core/enums';
import { ProfileLoading, SignInPrompt } from '../../../components/SessionStates';
import { ROUTES } from '../../../lib/routes';
import type { Session } from '../lib/session';
import './SurveyGate.scss';

export interface SurveyGateProps {
  session: Session;
  /** Without it, anyone signed in. */
  roles?: Role[];
  /** What the page does, e.g. "填写问卷". */
  what: string;
  children: ReactNode;
}

export function SurveyGate({ session, roles, what, children }: SurveyGateProps) {
  const { signedIn, me, meState, meError, loadMe, acting } = session;
  if (!signedIn) return <SignInPrompt text={`登录后即可${what}`} testId="gate-login" />;
  if (!roles) return <>{children}</>;
  if (!me) return <ProfileLoading error={meState === 'error' ? meError : null} onRetry={() => void loadMe()} />;
  if (!acting || !roles.includes(acting.role)) {
    const need = roles.map((r) => ROLE.labels[r]).join('或');
    return (
      <View className="survey-gate" data-testid="gate-role">
        <Text className="survey-gate__title">
          {what}需以{need}身份进行
        </Text>
        <Text className="survey-gate__text">
          {acting ? `您当前的身份是${ROLE.labels[acting.role]}。` : '您还没有可用的身份。'}请在“我的”中切换身份。
        </Text>
        <Button type="primary" block onClick={() => void Taro.switchTab({ url: ROUTES.me })}>
          前往“我的”切换身份
        </Button>
      </View>
    );
  }
  return <>{children}</>;
}
