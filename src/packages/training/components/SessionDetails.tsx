/** What a session is: when, where (an online link to copy), who teaches, for whom, until when to sign up. */
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Tag } from '@nutui/nutui-react-taro';
import type { TrainingSession } from '@core/contract';
import { DetailRow } from '@/components/DetailCard';
import { audienceLabel, seatsText, stampOf, whenOf } from '../lib/format';
import './SessionDetails.scss';

export function SessionDetails({ session: s }: { session: TrainingSession }) {
  const copyLink = () => void Taro.setClipboardData({ data: s.onlineUrl! });
  return (
    <View className="training-page__card session-details">
      <View className="session-details__head">
        <Text className="session-details__title" data-testid="session-title">
          {s.title}
        </Text>
        <Tag type={s.status === 'cancelled' ? 'default' : s.seatsLeft > 0 ? 'success' : 'warning'}>
          <Text data-testid="session-seats">{seatsText(s)}</Text>
        </Tag>
      </View>
      <DetailRow label="时间">
        <Text data-testid="session-when">{whenOf(s.startAt, s.endAt)}</Text>
      </DetailRow>
      {s.venue ? (
        <DetailRow label="地点">
          <Text>{s.venue}</Text>
        </DetailRow>
      ) : null}
      {s.onlineUrl ? (
        <DetailRow label="线上">
          <Text className="session-details__link" onClick={copyLink}>
            {s.onlineUrl}（点击复制）
          </Text>
        </DetailRow>
      ) : null}
      <DetailRow label="主讲">
        <Text>{s.lecturer}</Text>
      </DetailRow>
      <DetailRow label="主办">
        <Text>{s.stationName}</Text>
      </DetailRow>
      <DetailRow label="名额">
        <Text>
          {s.capacity} 人 · 已报名 {s.confirmedCount} 人{s.waitlistCount ? ` · 候补 ${s.waitlistCount} 人` : ''}
        </Text>
      </DetailRow>
      <DetailRow label="报名截止">
        <Text>{stampOf(s.signupDeadline)}</Text>
      </DetailRow>
      <DetailRow label="报名范围">
        <Text>{audienceLabel(s.audience)}</Text>
      </DetailRow>
      {s.status === 'cancelled' && s.cancelReason ? (
        <Text className="session-details__cancelled" data-testid="cancel-reason">
          本次培训已取消：{s.cancelReason}
        </Text>
      ) : null}
      {s.description ? <Text className="training-page__text session-details__desc">{s.description}</Text> : null}
    </View>
  );
}
