/**
 * Stars (NutUI Rate): read-only to show a rating or an average (halves allowed), or to choose
 * 1–5 stars (a tap on a star sets it; never below one once chosen).
 */
import { View } from '@tarojs/components';
import { Rate } from '@nutui/nutui-react-taro';
import './RatingStars.scss';

export interface RatingStarsProps {
  value: number;
  /** Without it, the stars are read-only. */
  onChange?: (stars: number) => void;
  size?: 'small' | 'large';
  testId?: string;
}

export function RatingStars({ value, onChange, size = 'small', testId = 'rating-stars' }: RatingStarsProps) {
  return (
    <View className={`rating-stars rating-stars--${size}`} data-testid={testId} data-value={String(value)}>
      {onChange ? (
        <Rate count={5} min={1} value={value} onChange={(v) => onChange(Math.round(v))} />
      ) : (
        <Rate count={5} value={value} readOnly allowHalf />
      )}
    </View>
  );
}
