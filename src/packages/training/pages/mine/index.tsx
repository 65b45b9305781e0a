/** 我的培训: my sign-ups, latest first — the session, my status or place in line, whether I checked in. */
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Tag } from '@nutui/nutui-react-taro';
import type { MyTraining } from '@core/contract';
import { ListStatus } from '@/components/ListStatus';
import { ProfileLoading, SignInPrompt } from '@/components/SessionStates';
import { usePagedList } from '@/hooks/usePagedList';
import { useListGestures, useReloadOnReturn } from '@/hooks/usePageRefresh';
import { ROUTES } from '@/lib/routes';
import { myTrainings } from '@/services/training';
import { useSession } from '@/hooks/useSession';
import { placeOf, signupStatusLabel, whenOf } from '@/packages/training/lib/format';
import '@/packages/training/components/SessionCard.scss';
import '@/packages/training/training.scss';

function statusOf(t: MyTraining): { text: string; type: 'success' | 'warning' | 'default' | 'primary' } {
  if (t.session.status === 'cancelled') return { text: '培训已取消', type: 'default' };
  if (t.checkedIn) return { text: '已签到', type: 'primary' };
  const s = t.signup;
  if (s.status === 'waitlisted') return { text: `候补第 ${s.waitlistPosition ?? ''} 位`, type: 'warning' };
  return { text: signupStatusLabel(s.status), type: s.status === 'confirmed' ? 'success' : 'default' };
}

function Mine() {
  const list = usePagedList((page, pageSize) => myTrainings({ page, pageSize }), []);
  useListGestures(list);
  useReloadOnReturn(list.reload);
  return (
    <>
      {list.items.map((t) => {
        const status = statusOf(t);
        return (
          <View
            key={t.signup.id}
            className="session-card"
            data-testid="my-training"
            data-id={t.session.id}
            onClick={() => void Taro.navigateTo({ url: ROUTES.trainingSession(t.session.id) })}
          >
            <View className="session-card__head">
              <Text className="session-card__title">{t.session.title}</Text>
              <Tag type={status.type}>{status.text}</Tag>
            </View>
            <Text className="session-card__line">{whenOf(t.session.startAt, t.session.endAt)}</Text>
            <Text className="session-card__line">
              {t.session.stationName} · {placeOf(t.session)}
            </Text>
          </View>
        );
      })}
      <ListStatus
        loading={list.loading}
        error={list.error}
        empty={!list.loading && list.items.length === 0}
        emptyText="还没有报名过培训"
        onRetry={() => void list.reload()}
        loadingMore={list.loadingMore}
        hasMore={list.hasMore}
      />
    </>
  );
}

export default function MyTrainingsPage() {
  const { signedIn, me, meState, meError, loadMe } = useSession();
  return (
    <View className="training-page" style={{ paddingTop: '24px' }}>
      {!signedIn ? (
        <SignInPrompt text="登录后查看我报名的培训" />
      ) : !me ? (
        <ProfileLoading error={meState === 'error' ? meError : null} onRetry={() => void loadMe()} />
      ) : (
        <Mine />
      )}
    </View>
  );
}
