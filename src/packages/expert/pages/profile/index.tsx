/**
 * 专家资料: the volunteer expert's own roster entry (004 §8). Its status first — 尚未提交, 待备案,
 * 已备案, 已退回 with the admin's reason — then the form with the conduct commitment that must be
 * ticked to submit, 暂停接单 for a period, and 申请退出 (a reason, then a confirmation: the
 * expert role ends at once, so 我的 is reloaded).
 */
import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { MyExpertProfile } from '@core/contract';
import { shanghaiDate } from '@core/rules/time';
import { LoadStatus } from '@/components/ListStatus';
import { RoleGate } from '@/components/RoleGate';
import { useLoad } from '@/hooks/useLoad';
import { useSession, type Session } from '@/hooks/useSession';
import { confirm, toastError, toastOk } from '@/lib/feedback';
import { ROUTES } from '@/lib/routes';
import { getMyProfile, leaveRoster } from '@/services/expert';
import { AwaySection } from '@/packages/expert/components/AwaySection';
import { ProfileForm } from '@/packages/expert/components/ProfileForm';
import { ReasonPanel, reasonError } from '@/packages/expert/components/ReasonPanel';
import { statusLabel } from '@/packages/expert/lib/labels';
import '@/packages/expert/expert.scss';

function StatusBanner({ profile }: { profile: MyExpertProfile | null }) {
  const text = !profile
    ? '请完善专家资料并提交备案，备案后工作站方可向您指派服务需求'
    : profile.status === 'submitted'
      ? '资料已提交，等待管理员备案'
      : profile.status === 'filed'
        ? '您已备案为志愿服务专家，工作站可向您指派服务需求'
        : profile.status === 'returned'
          ? `资料被退回：${profile.returnReason ?? ''}。请修改后重新提交`
          : '';
  return (
    <View className={`expert-banner expert-banner--${profile?.status ?? 'none'}`} data-testid="profile-status">
      <Text className="expert-banner__status">{profile ? statusLabel(profile.status) : '尚未提交'}</Text>
      <Text className="expert-banner__text">{text}</Text>
    </View>
  );
}

function Leave({ session }: { session: Session }) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const onConfirm = async () => {
    const problem = reasonError('退出原因', reason);
    setError(problem);
    if (problem) return;
    if (!(await confirm('申请退出专家库', '退出后将不再接受指派，志愿服务专家身份立即失效，确定退出吗？'))) return;
    setBusy(true);
    try {
      await leaveRoster({ reason });
      toastOk('已退出专家库');
      await session.loadMe();
      void Taro.switchTab({ url: ROUTES.me });
    } catch (e) {
      toastError(e);
    } finally {
      setBusy(false);
    }
  };
  if (!open) {
    return (
      <View className="expert-section">
        <Button fill="outline" type="danger" block data-testid="leave" onClick={() => setOpen(true)}>
          申请退出专家库
        </Button>
      </View>
    );
  }
  return (
    <ReasonPanel
      title="申请退出专家库"
      label="退出原因"
      placeholder="请说明退出原因"
      confirmText="确认退出"
      reason={reason}
      onReason={setReason}
      error={error}
      busy={busy}
      onConfirm={() => void onConfirm()}
      onClose={() => setOpen(false)}
    />
  );
}

function Profile({ session }: { session: Session }) {
  const loaded = useLoad(() => getMyProfile({}), []);
  const [saved, setSaved] = useState<MyExpertProfile | null>(null);
  if (loaded.loading || loaded.error) return <LoadStatus loaded={loaded} missing="" />;
  const profile = saved ?? loaded.data;
  const stations = (session.me?.memberships ?? [])
    .filter((m) => m.role === 'expert' && m.stationId)
    .map((m) => ({ id: m.stationId!, name: m.stationName ?? m.stationId! }));
  return (
    <>
      <StatusBanner profile={profile} />
      <ProfileForm
        key={profile?.commitmentAcceptedAt ?? 0}
        profile={profile}
        stations={stations}
        displayName={session.me?.user.displayName ?? ''}
        onSaved={setSaved}
      />
      {profile ? <AwaySection profile={profile} today={shanghaiDate(Date.now())} onSaved={setSaved} /> : null}
      {profile ? <Leave session={session} /> : null}
    </>
  );
}

export default function ExpertProfilePage() {
  const session = useSession();
  return (
    <View className="expert-page">
      <RoleGate session={session} needs={['expert', 'getMyProfile']} what="填写专家资料">
        <Profile key={session.acting?.id ?? ''} session={session} />
      </RoleGate>
    </View>
  );
}
