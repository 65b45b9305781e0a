/**
 * What a questionnaire is about, at the top of the page that answers it or reads its results:
 * the target's title, its station and when it took place; then what the page adds.
 */
import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import type { SurveyTarget } from '@core/contract/survey';
import { periodOf } from '../lib/survey';
import './TargetHeader.scss';

export function TargetHeader({
  target,
  testId,
  children,
}: {
  target: SurveyTarget;
  testId: string;
  children: ReactNode;
}) {
  return (
    <View className="target-header" data-testid={testId}>
      <Text className="target-header__title">{target.title}</Text>
      <Text className="target-header__meta">
        {target.stationName}
        {target.startAt !== undefined ? ` · ${periodOf(target.startAt, target.endAt)}` : ''}
      </Text>
      {children}
    </View>
  );
}
