/**
 * 培训详情 (?sessionId=): the session, and what I can do with it — sign up (a seat, or the waitlist
 * when full), see my status and place in line, cancel until the deadline (after confirming), and
 * once it has started: 签到 and 评价. The session's chief (or an admin) also gets 编辑, 报名名单,
 * 定向推送 (until it ends) and 取消培训 (with a reason everyone signed up is told). The server
 * decides; its Chinese message is shown as it is.
 */
import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button, Tag } from '@nutui/nutui-react-taro';
import type { OutputOf, Signup } from '@core/contract';
import { TRAINING_LIMITS, TRAINING_TARGET_KIND } from '@core/rules/training';
import { TextField } from '@/components/FormField';
import { LoadStatus } from '@/components/ListStatus';
import { ProfileLoading, SignInPrompt } from '@/components/SessionStates';
import { useLoad } from '@/hooks/useLoad';
import { usePageParams } from '@/hooks/usePageParams';
import { usePullToReload, useReloadOnReturn } from '@/hooks/usePageRefresh';
import { confirm, toastError, toastInfo, toastOk } from '@/lib/feedback';
import { ROUTES } from '@/lib/routes';
import { cancelSession, cancelSignup, getSession } from '@/services/training';
import { ServiceError } from '@/services/errors';
import { useSession } from '@/hooks/useSession';
import { SessionDetails } from '@/packages/training/components/SessionDetails';
import { SignupForm } from '@/packages/training/components/SignupForm';
import { signupStatusLabel, stampOf, whenOf } from '@/packages/training/lib/format';
import '@/packages/training/training.scss';
import './index.scss';

type Loaded = OutputOf<'training', 'getSession'>;
const go = (url: string) => () => void Taro.navigateTo({ url });

/** My sign-up: its status, my place in line, and what I can do now. */
function MySignup({ data, onChanged }: { data: Loaded; onChanged: () => Promise<void> }) {
  const { session: s, mySignup } = data;
  const [busy, setBusy] = useState(false);
  const signup = mySignup!;
  const now = Date.now();
  const started = now >= s.startAt;
  const canCancel = s.status === 'published' && now <= s.signupDeadline;

  const cancel = async () => {
    if (busy) return;
    const what = signup.status === 'confirmed' ? '您的名额将让给候补的人，' : '';
    if (!(await confirm('取消报名', `确定取消报名「${s.title}」吗？${what}取消后可在截止前重新报名。`))) return;
    setBusy(true);
    try {
      await cancelSignup({ sessionId: s.id });
      toastOk('已取消报名');
      await onChanged();
    } catch (e) {
      toastError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <View className="training-page__card my-signup" data-testid="my-signup" data-status={signup.status}>
      <View className="my-signup__head">
        <Text className="training-page__section">我的报名</Text>
        <Tag type={signup.status === 'confirmed' ? 'success' : signup.status === 'waitlisted' ? 'warning' : 'default'}>
          <Text data-testid="my-status">
            {signup.status === 'waitlisted' && signup.waitlistPosition
              ? `候补第 ${signup.waitlistPosition} 位`
              : signupStatusLabel(signup.status)}
          </Text>
        </Tag>
      </View>
      <Text className="training-page__text">
        {signup.name} · {signup.companyName} · {signup.mobile}
      </Text>
      {signup.status === 'waitlisted' ? (
        <Text className="training-page__text">有人取消后按候补顺序自动递补，递补成功会通知您。</Text>
      ) : null}
      {signup.checkedInAt ? <Text className="training-page__text">已于 {stampOf(signup.checkedInAt)} 签到</Text> : null}
      <View className="training-page__buttons my-signup__buttons">
        {signup.status === 'confirmed' && started && s.status === 'published' ? (
          <>
            <Button type="primary" onClick={go(ROUTES.checkin(s.id))}>
              签到
            </Button>
            <Button fill="outline" type="primary" onClick={go(ROUTES.survey(TRAINING_TARGET_KIND, s.id))}>
              评价
            </Button>
          </>
        ) : null}
        {canCancel && !started ? (
          <Button fill="outline" type="danger" loading={busy} onClick={() => void cancel()}>
            取消报名
          </Button>
        ) : null}
      </View>
    </View>
  );
}

/** Sign up, or why not (signed out, closed, cancelled). */
function SignUpPart({ data, onChanged }: { data: Loaded; onChanged: (s: Signup) => void }) {
  const { signedIn, me, meState, meError, loadMe, acting } = useSession();
  const s = data.session;
  const now = Date.now();
  if (s.status === 'cancelled') return null;
  if (now > s.signupDeadline) {
    return <Text className="training-page__note">报名已于 {stampOf(s.signupDeadline)} 截止。</Text>;
  }
  if (!signedIn) return <SignInPrompt text="登录后即可报名培训" testId="gate-login" />;
  if (!me) return <ProfileLoading error={meState === 'error' ? meError : null} onRetry={() => void loadMe()} />;
  return (
    <>
      {s.seatsLeft === 0 ? (
        <Text className="training-page__note" data-testid="full-note">
          名额已满，现在报名将进入候补名单，有人取消后按顺序递补。
        </Text>
      ) : null}
      {s.audience === 'station' ? (
        <Text className="training-page__note">本次培训仅限{s.stationName}服务企业的员工报名。</Text>
      ) : null}
      <SignupForm
        sessionId={s.id}
        defaultName={me.user.displayName}
        actingCompany={acting?.role === 'company' ? acting.companyName : undefined}
        onDone={onChanged}
      />
    </>
  );
}

/** The chief's tools: edit, the sign-up list, 定向推送 until it ends, cancel the session with a reason. */
function ChiefTools({ data, onChanged }: { data: Loaded; onChanged: () => Promise<void> }) {
  const s = data.session;
  const [panel, setPanel] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const cancellable = s.status === 'published' && Date.now() < s.endAt;

  const cancel = async () => {
    if (busy) return;
    if (!reason.trim()) {
      setError('请填写取消原因');
      toastInfo('请填写取消原因');
      return;
    }
    const people = s.confirmedCount + s.waitlistCount;
    if (
      !(await confirm(
        '取消培训',
        `确定取消 ${whenOf(s.startAt, s.endAt)} 的「${s.title}」吗？将通知已报名的 ${people} 人。`,
      ))
    )
      return;
    setBusy(true);
    try {
      await cancelSession({ sessionId: s.id, reason: reason.trim() });
      setPanel(false);
      toastOk('培训已取消');
      await onChanged();
    } catch (e) {
      if (e instanceof ServiceError && e.fields.reason) setError(e.fields.reason);
      toastError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <View className="training-page__card" data-testid="chief-tools">
      <Text className="training-page__section">培训管理</Text>
      {panel ? (
        <View data-testid="cancel-panel">
          <TextField
            name="reason"
            label="取消原因"
            value={reason}
            onChange={(v) => {
              setReason(v);
              setError(undefined);
            }}
            error={error}
            placeholder="将告知所有已报名的人"
            maxLength={TRAINING_LIMITS.reason}
            multiline
            required
          />
          <View className="training-page__buttons">
            <Button fill="outline" onClick={() => setPanel(false)}>
              不取消
            </Button>
            <Button type="danger" loading={busy} onClick={() => void cancel()}>
              确认取消
            </Button>
          </View>
        </View>
      ) : (
        <View className="training-page__buttons chief-tools__buttons">
          <Button type="primary" onClick={go(ROUTES.trainingSignups(s.id))}>
            报名名单
          </Button>
          {s.status === 'published' ? (
            <Button fill="outline" type="primary" onClick={go(ROUTES.checkinScreen(s.id))}>
              签到二维码
            </Button>
          ) : null}
          <Button fill="outline" type="primary" onClick={go(ROUTES.surveyResults(TRAINING_TARGET_KIND, s.id))}>
            评价结果
          </Button>
          {s.status === 'published' ? (
            <Button fill="outline" type="primary" onClick={go(ROUTES.trainingEdit(s.id))}>
              编辑
            </Button>
          ) : null}
          {/* Not over yet: its chief may still tell matching companies about it. */}
          {cancellable ? (
            <Button fill="outline" type="primary" onClick={go(ROUTES.push('training', s.id))}>
              定向推送
            </Button>
          ) : null}
          {cancellable ? (
            <Button fill="outline" type="danger" onClick={() => setPanel(true)}>
              取消培训
            </Button>
          ) : null}
        </View>
      )}
    </View>
  );
}

function SessionView({ sessionId }: { sessionId: string }) {
  const { signedIn, me } = useSession();
  // Reload when who I am changes (signed in, switched identity): my sign-up and tools depend on it.
  const loaded = useLoad(() => getSession({ sessionId }), [sessionId, signedIn, me?.actingId]);
  usePullToReload(loaded.reload);
  useReloadOnReturn(loaded.reload);
  const data = loaded.data;
  if (!data) {
    return <LoadStatus loaded={loaded} missing="培训不存在" />;
  }
  const active = data.mySignup && data.mySignup.status !== 'cancelled';
  return (
    <View>
      <SessionDetails session={data.session} />
      {active ? (
        <MySignup data={data} onChanged={loaded.reload} />
      ) : (
        <SignUpPart
          data={data}
          onChanged={(signup) => {
            if (signup.status === 'confirmed') toastOk('报名成功');
            else toastInfo(`名额已满，已进入候补第 ${signup.waitlistPosition ?? ''} 位`);
            void loaded.reload();
          }}
        />
      )}
      {data.canManage ? <ChiefTools data={data} onChanged={loaded.reload} /> : null}
    </View>
  );
}

export default function TrainingSessionPage() {
  const { sessionId = '' } = usePageParams();
  return (
    <View className="training-page session-page">
      <SessionView sessionId={sessionId} />
    </View>
  );
}
