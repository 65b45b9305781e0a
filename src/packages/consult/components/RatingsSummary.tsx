/** An average rating at a glance: "4.3", the stars, and how many ratings it is over. */
import { Text, View } from '@tarojs/components';
import { averageText, shownStars } from '@/lib/ratings';
import { RatingStars } from '@/components/RatingStars';
import './RatingsSummary.scss';

export interface RatingsSummaryProps {
  average: number | null;
  count: number;
  label: string;
}

export function RatingsSummary({ average, count, label }: RatingsSummaryProps) {
  return (
    <View className="ratings-summary" data-testid="ratings-summary">
      <Text className="ratings-summary__label">{label}</Text>
      <View className="ratings-summary__row">
        <Text className="ratings-summary__average" data-testid="rating-average">
          {averageText(average)}
        </Text>
        <RatingStars value={shownStars(average)} size="large" testId="average-stars" />
      </View>
      <Text className="ratings-summary__count" data-testid="rating-count">
        {count ? `共 ${count} 条评价` : '还没有企业评价'}
      </Text>
    </View>
  );
}
