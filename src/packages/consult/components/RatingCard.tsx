/**
 * One rating in a list (我的评价, 本站评价): the stars, the quick tags, the comment, and whose
 * consultation it was — the company and when; for the chief also the consultant. Tapping it
 * opens the consultation's record.
 */
import { Text, View } from '@tarojs/components';
import { Tag } from '@nutui/nutui-react-taro';
import type { Rating } from '@core/contract';
import { stampOf } from '@/lib/format';
import { isLowRating, ratingTagLabel } from '@/lib/ratings';
import { categoryLabel } from '../lib/records';
import { RatingStars } from '@/components/RatingStars';
import './RatingCard.scss';

export interface RatingCardProps {
  rating: Rating;
  /** Show whose consultation it was (the chief's list covers every consultant). */
  showConsultant?: boolean;
  onOpen: (recordId: string) => void;
}

export function RatingCard({ rating: r, showConsultant, onOpen }: RatingCardProps) {
  return (
    <View className="rating-card" data-testid="rating" data-id={r.id} onClick={() => onOpen(r.recordId)}>
      <View className="rating-card__head">
        <RatingStars value={r.stars} />
        {isLowRating(r.stars) ? <Tag type="danger">需跟进</Tag> : null}
        <Text className="rating-card__when">{stampOf(r.ratedAt)}</Text>
      </View>
      {r.tags.length ? (
        <View className="rating-card__tags">
          {r.tags.map((t) => (
            <Text key={t} className="rating-card__tag">
              {ratingTagLabel(t)}
            </Text>
          ))}
        </View>
      ) : null}
      {r.comment ? (
        <Text className="rating-card__comment" data-testid="rating-comment">
          {r.comment}
        </Text>
      ) : null}
      <Text className="rating-card__who">
        {r.companyName}
        {showConsultant ? ` · ${r.consultantName}` : ''} · {categoryLabel(r.category)} · 咨询于 {stampOf(r.consultedAt)}
        {r.edited ? ' · 已修改' : ''}
      </Text>
    </View>
  );
}
