/** One person of a sign-up list (the chief's): who, from where, how to reach them, their place. */
import { Text, View } from '@tarojs/components';
import type { Signup } from '@core/contract';
import { SIGNUP_SOURCE, labelOf } from '@core/enums';
import { PhoneLink } from '@/components/PhoneLink';
import { stampOf } from '../lib/format';
import './SignupCard.scss';

export function SignupCard({ signup: s }: { signup: Signup }) {
  return (
    <View className="signup-card" data-testid="signup" data-id={s.id} data-status={s.status}>
      <View className="signup-card__head">
        <Text className="signup-card__name">
          {s.name}
          {s.title ? <Text className="signup-card__title"> · {s.title}</Text> : null}
        </Text>
        <Text className="signup-card__place">
          {s.status === 'waitlisted' && s.waitlistPosition ? `候补第 ${s.waitlistPosition} 位` : `第 ${s.seq} 位报名`}
        </Text>
      </View>
      <Text className="signup-card__line">{s.companyName}</Text>
      <View className="signup-card__line">
        <PhoneLink phone={s.mobile} />
      </View>
      <Text className="signup-card__line signup-card__line--muted">
        {labelOf(SIGNUP_SOURCE, s.source)} · {stampOf(s.createdAt)}
        {s.checkedInAt ? ` · 已签到 ${stampOf(s.checkedInAt)}` : ''}
        {s.cancelledAt ? ` · 取消于 ${stampOf(s.cancelledAt)}` : ''}
      </Text>
    </View>
  );
}
