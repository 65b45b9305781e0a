/**
 * Shows its children only to someone signed in and (when `roles` is given) acting in one of the
 * allowed roles; anyone else is told why in Chinese and where to go: to log in (H5 guest), or to
 * 我的 to switch identity (or to register / join a company). The roles come from the policy
 * (`needs`: the action the page cannot work without) or, for a page narrower than the policy,
 * are named (`roles`).
 */
import type { ReactNode } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { ROLE, type Role } from '@core/enums';
import { ROUTES } from '../lib/routes';
import { rolesFor, type ActionRef } from '../lib/access';
import { ProfileLoading, SignInPrompt } from './SessionStates';
import type { Session } from '../hooks/useSession';
import './RoleGate.scss';

export interface RoleGateProps {
  session: Session;
  /** Without it (and without `needs`), anyone signed in. */
  roles?: Role[];
  /** The action the page needs: the roles the policy admits for it (a 'user' action: anyone signed in). */
  needs?: ActionRef;
  /** What the page does, e.g. "预约咨询". */
  what: string;
  children: ReactNode;
}

export function RoleGate({ session, roles: named, needs, what, children }: RoleGateProps) {
  const { signedIn, me, meState, meError, loadMe, acting } = session;
  const roles = named ?? (needs ? (rolesFor(needs) ?? undefined) : undefined);

  if (!signedIn) return <SignInPrompt text={`登录后即可${what}`} testId="gate-login" />;
  if (!me) return <ProfileLoading error={meState === 'error' ? meError : null} onRetry={() => void loadMe()} />;
  if (!roles) return <>{children}</>;

  if (!acting || !roles.includes(acting.role)) {
    const labels = roles.map((r) => ROLE.labels[r]);
    const need = labels.length > 1 ? `${labels.slice(0, -1).join('、')}或${labels[labels.length - 1]}` : labels[0];
    const now = acting
      ? `您当前的身份是${ROLE.labels[acting.role]}${acting.companyName || acting.stationName ? `（${acting.companyName ?? acting.stationName}）` : ''}。`
      : '您还没有可用的身份。';
    const how = roles.includes('company')
      ? '请在“我的”中切换为企业用户；还没有企业身份的，可在“我的”中登记或加入企业。'
      : '请在“我的”中切换身份。';
    return (
      <View className="role-gate" data-testid="gate-role">
        <Text className="role-gate__title">
          {what}需以{need}身份进行
        </Text>
        <Text className="role-gate__text">
          {now}
          {how}
        </Text>
        <Button type="primary" block onClick={() => void Taro.switchTab({ url: ROUTES.me })}>
          前往“我的”切换身份
        </Button>
      </View>
    );
  }

  return <>{children}</>;
}
