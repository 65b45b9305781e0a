/**
 * One training session in a list: title, when (Shanghai time), where, who teaches, and the seats
 * in words. The chief's variant adds the sign-up counts and the attendance rate.
 */
import { Text, View } from '@tarojs/components';
import { Tag } from '@nutui/nutui-react-taro';
import type { TrainingSession } from '@core/contract';
import { placeOf, rateText, seatsText, whenOf } from '../lib/format';
import './SessionCard.scss';

export interface SessionCardProps {
  session: TrainingSession;
  /** The chief's view: counts and attendance instead of the station name. */
  manage?: boolean;
  onOpen: (sessionId: string) => void;
}

export function SessionCard({ session: s, manage, onOpen }: SessionCardProps) {
  const full = s.status === 'published' && s.seatsLeft === 0;
  return (
    <View
      className={`session-card session-card--${s.status}`}
      data-testid="session"
      data-id={s.id}
      onClick={() => onOpen(s.id)}
    >
      <View className="session-card__head">
        <Text className="session-card__title">{s.title}</Text>
        <Tag type={s.status === 'cancelled' ? 'default' : full ? 'warning' : 'success'}>
          <Text data-testid="seats">{seatsText(s)}</Text>
        </Tag>
      </View>
      <Text className="session-card__line">{whenOf(s.startAt, s.endAt)}</Text>
      <Text className="session-card__line">
        {manage ? '' : `${s.stationName} · `}
        {placeOf(s)}
      </Text>
      <Text className="session-card__line session-card__line--muted">主讲：{s.lecturer}</Text>
      {manage ? (
        <Text className="session-card__line session-card__line--stats" data-testid="session-stats">
          已报名 {s.confirmedCount}/{s.capacity} · 候补 {s.waitlistCount} · 签到 {s.checkedInCount} · 到课率{' '}
          {rateText(s.attendanceRate)}
        </Text>
      ) : null}
    </View>
  );
}
