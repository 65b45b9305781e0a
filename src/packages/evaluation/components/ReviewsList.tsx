/** Every review of a station (the admin's): the reviewer, where the review stands, the total and the comment. */
import { Text, View } from '@tarojs/components';
import type { StationEvaluation } from '@core/contract';
import { DetailCard } from '@/components/DetailCard';
import { stampOf } from '@/lib/format';
import { ReviewStatusTag } from './StatusTags';

export function ReviewsList({ reviews }: { reviews: StationEvaluation['reviews'] }) {
  return (
    <DetailCard title={`专家评审（${reviews.length}）`} testId="reviews">
      {reviews.length ? null : <Text className="eval-answer__line">尚未分配评审专家</Text>}
      {reviews.map((r, i) => (
        <View key={`${r.reviewerName}-${i}`} className="eval-review" data-testid="review">
          <View className="eval-review__head">
            <Text className="eval-review__name">{r.reviewerName}</Text>
            <ReviewStatusTag status={r.status} />
          </View>
          {r.status === 'conflict' ? null : (
            <Text className="eval-answer__line" data-testid="review-total">
              合计：{r.total === null ? '—' : `${r.total} 分`}
              {r.submittedAt !== undefined ? ` · ${stampOf(r.submittedAt)} 提交` : ''}
            </Text>
          )}
          {r.comment ? <Text className="eval-answer__line">评审意见：{r.comment}</Text> : null}
        </View>
      ))}
    </DetailCard>
  );
}
