/**
 * 我的: who I am, my messages, my roles (tap one to act for it), my company and its join code,
 * how to get another role, and signing out. What the acting role can do is on 工作台.
 * A tab page, so in the main package: drawn with the Plain* components, not NutUI's.
 */
import { useState } from 'react';
import Taro, { useDidShow } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { COMPANY_STATUS, ROLE } from '@core/enums';
import type { MembershipView } from '@core/contract';
import { scopeLabel } from '@/lib/access';
import { useAppStore, isWeapp } from '@/store';
import { PlainButton } from '@/components/PlainButton';
import { PlainCell, PlainCellGroup } from '@/components/PlainCell';
import { PlainTag } from '@/components/PlainTag';
import { ProfileLoading, SignInPrompt } from '@/components/SessionStates';
import { useLoad } from '@/hooks/useLoad';
import { getCompany } from '@/services/account';
import { ROUTES } from '@/lib/routes';
import { confirm, toastError, toastOk } from '@/lib/feedback';
import { JoinEntries } from './JoinEntries';
import './index.scss';

function RoleRow({ m, acting, onPick }: { m: MembershipView; acting: boolean; onPick: () => void }) {
  return (
    <PlainCell
      className="me-role"
      data-testid="membership"
      title={
        <View className="me-role__title">
          <Text>{ROLE.labels[m.role]}</Text>
          {acting ? (
            <PlainTag type="primary" className="me-role__tag">
              当前身份
            </PlainTag>
          ) : null}
          {m.companyStatus && m.companyStatus !== 'confirmed' ? (
            <PlainTag type="warning" className="me-role__tag">
              {COMPANY_STATUS.labels[m.companyStatus]}
            </PlainTag>
          ) : null}
        </View>
      }
      description={scopeLabel(m)}
      extra={acting ? '' : '切换'}
      onClick={acting ? undefined : onPick}
    />
  );
}

/** The company I act for: its status, and the join code colleagues need. */
function CompanyCard({ companyId }: { companyId: string }) {
  const company = useLoad(() => getCompany({ companyId }), [companyId]);
  if (!company.data) return null;
  const c = company.data;
  return (
    <PlainCellGroup title="我的企业">
      <PlainCell title={c.name} description={`${c.stationName ?? ''} · ${COMPANY_STATUS.labels[c.status]}`} />
      {c.status === 'confirmed' && c.joinCode ? (
        <PlainCell
          title="企业加入码"
          description="同事在“加入企业”中输入即可加入，点击复制"
          extra={<Text data-testid="join-code">{c.joinCode}</Text>}
          onClick={() => void Taro.setClipboardData({ data: c.joinCode! })}
        />
      ) : null}
      {c.status === 'rejected' && c.reviewNote ? <PlainCell title="未通过原因" description={c.reviewNote} /> : null}
    </PlainCellGroup>
  );
}

/** 消息, with how many of my notices are unread. */
function InboxEntry() {
  const unread = useAppStore((s) => s.unread);
  return (
    <PlainCellGroup>
      <PlainCell
        title={
          unread ? (
            <View className="me-inbox" data-testid="unread-badge" data-count={unread}>
              <Text>消息</Text>
              <Text className="me-inbox__count">{unread > 99 ? '99+' : unread}</Text>
            </View>
          ) : (
            <Text>消息</Text>
          )
        }
        description="预约提醒、变更与审核通知"
        onClick={() => void Taro.navigateTo({ url: ROUTES.inbox })}
      />
    </PlainCellGroup>
  );
}

export default function MePage() {
  const { signedIn, me, meState, meError, loadMe, switchActing, signOut } = useAppStore();
  const acting = useAppStore((s) => s.acting());
  const [switching, setSwitching] = useState(false);

  useDidShow(() => {
    void loadMe();
    void useAppStore.getState().loadUnread();
  });

  if (!signedIn) return <SignInPrompt text="登录后可登记企业、加入工作站、管理服务" />;
  if (!me) return <ProfileLoading error={meState === 'error' ? meError : null} onRetry={() => void loadMe()} />;

  const pick = async (m: MembershipView) => {
    if (switching) return;
    setSwitching(true);
    try {
      await switchActing(m.id);
      toastOk(`已切换为${ROLE.labels[m.role]}`);
    } catch (e) {
      toastError(e);
    } finally {
      setSwitching(false);
    }
  };

  const leave = async () => {
    if (await confirm('退出登录', '确定要退出当前账号吗？')) {
      await signOut().catch(toastError);
    }
  };

  return (
    <View className="me">
      <View className="me__header">
        <Text className="me__name" data-testid="me-name">
          {me.user.displayName}
        </Text>
        <Text className="me__sub">
          {acting ? `${ROLE.labels[acting.role]} · ${scopeLabel(acting)}` : '尚未加入企业或工作站'}
        </Text>
      </View>
      <InboxEntry />
      <PlainCellGroup title="我的身份">
        {me.memberships.length === 0 ? (
          <PlainCell title="暂无身份" description="登记或加入企业，或输入工作站发放的邀请码" />
        ) : (
          me.memberships.map((m) => (
            <RoleRow key={m.id} m={m} acting={m.id === me.actingId} onPick={() => void pick(m)} />
          ))
        )}
      </PlainCellGroup>
      {acting?.companyId ? <CompanyCard companyId={acting.companyId} /> : null}
      <JoinEntries acting={acting} />
      {!isWeapp() ? (
        <View className="me__footer">
          <PlainButton block fill="outline" type="danger" onClick={() => void leave()}>
            退出登录
          </PlainButton>
        </View>
      ) : null}
    </View>
  );
}
