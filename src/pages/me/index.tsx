/**
 * 我的: who I am, my messages, my roles (tap one to act for it), my company and its join code,
 * how to get another role, and signing out. What the acting role can do is on 工作台.
 */
import { useState } from 'react';
import Taro, { useDidShow } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Badge, Button, Cell, CellGroup, Tag } from '@nutui/nutui-react-taro';
import { COMPANY_STATUS, ROLE } from '@core/enums';
import type { MembershipView } from '@core/contract';
import { scopeLabel } from '@/lib/access';
import { useAppStore, isWeapp } from '@/store';
import { ProfileLoading, SignInPrompt } from '@/components/SessionStates';
import { useLoad } from '@/hooks/useLoad';
import { getCompany } from '@/services/account';
import { ROUTES } from '@/lib/routes';
import { confirm, toastError, toastOk } from '@/lib/feedback';
import { JoinEntries } from './JoinEntries';
import './index.scss';

function RoleRow({ m, acting, onPick }: { m: MembershipView; acting: boolean; onPick: () => void }) {
  return (
    <Cell
      className="me-role"
      data-testid="membership"
      title={
        <View className="me-role__title">
          <Text>{ROLE.labels[m.role]}</Text>
          {acting ? (
            <Tag type="primary" className="me-role__tag">
              当前身份
            </Tag>
          ) : null}
          {m.companyStatus && m.companyStatus !== 'confirmed' ? (
            <Tag type="warning" className="me-role__tag">
              {COMPANY_STATUS.labels[m.companyStatus]}
            </Tag>
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
    <CellGroup title="我的企业">
      <Cell title={c.name} description={`${c.stationName ?? ''} · ${COMPANY_STATUS.labels[c.status]}`} />
      {c.status === 'confirmed' && c.joinCode ? (
        <Cell
          title="企业加入码"
          description="同事在“加入企业”中输入即可加入，点击复制"
          extra={<Text data-testid="join-code">{c.joinCode}</Text>}
          onClick={() => void Taro.setClipboardData({ data: c.joinCode! })}
        />
      ) : null}
      {c.status === 'rejected' && c.reviewNote ? <Cell title="未通过原因" description={c.reviewNote} /> : null}
    </CellGroup>
  );
}

/** 消息, with how many of my notices are unread. */
function InboxEntry() {
  const unread = useAppStore((s) => s.unread);
  return (
    <CellGroup>
      <Cell
        title={
          unread ? (
            <View className="me-inbox" data-testid="unread-badge" data-count={unread}>
              <Badge value={unread} max={99} top="-4" right="-8" color="#f53f3f">
                <Text>消息</Text>
              </Badge>
            </View>
          ) : (
            <Text>消息</Text>
          )
        }
        description="预约提醒、变更与审核通知"
        onClick={() => void Taro.navigateTo({ url: ROUTES.inbox })}
      />
    </CellGroup>
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
      <CellGroup title="我的身份">
        {me.memberships.length === 0 ? (
          <Cell title="暂无身份" description="登记或加入企业，或输入工作站发放的邀请码" />
        ) : (
          me.memberships.map((m) => (
            <RoleRow key={m.id} m={m} acting={m.id === me.actingId} onPick={() => void pick(m)} />
          ))
        )}
      </CellGroup>
      {acting?.companyId ? <CompanyCard companyId={acting.companyId} /> : null}
      <JoinEntries acting={acting} />
      {!isWeapp() ? (
        <View className="me__footer">
          <Button block fill="outline" type="danger" onClick={() => void leave()}>
            退出登录
          </Button>
        </View>
      ) : null}
    </View>
  );
}
