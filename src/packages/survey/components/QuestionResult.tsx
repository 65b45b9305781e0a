/**
 * One question's results: a rating's average with its 5→1 star distribution, a choice's count
 * per option (bars as shares of those who answered), how many answered a text question.
 */
import { Text, View } from '@tarojs/components';
import type { QuestionResultView } from '@core/contract/survey';
import { RatingStars } from '@/components/RatingStars';
import { averageText, shownStars } from '@/lib/ratings';
import { percentOf } from '../lib/survey';
import './QuestionResult.scss';

function Bar({ label, count, total, testId }: { label: string; count: number; total: number; testId: string }) {
  const percent = percentOf(count, total);
  return (
    <View className="result-bar" data-testid={testId} data-label={label} data-count={String(count)}>
      <Text className="result-bar__label">{label}</Text>
      <View className="result-bar__track">
        <View className="result-bar__fill" style={{ width: `${percent}%` }} />
      </View>
      <Text className="result-bar__count">
        {count}（{percent}%）
      </Text>
    </View>
  );
}

export function QuestionResult({ index, result: r }: { index: number; result: QuestionResultView }) {
  return (
    <View className="question-result" data-testid="question-result" data-id={r.questionId} data-kind={r.kind}>
      <Text className="question-result__title">
        {index + 1}. {r.title}
      </Text>
      <Text className="question-result__answered">{r.answered} 人作答</Text>
      {r.kind === 'rating' ? (
        <>
          <View className="question-result__average">
            <Text className="question-result__score" data-testid="average">
              {averageText(r.average)}
            </Text>
            <RatingStars value={shownStars(r.average)} testId="average-stars" />
          </View>
          {[5, 4, 3, 2, 1].map((stars) => (
            <Bar
              key={stars}
              label={`${stars}星`}
              count={r.distribution[stars - 1] ?? 0}
              total={r.answered}
              testId="distribution"
            />
          ))}
        </>
      ) : null}
      {r.kind === 'single' || r.kind === 'multiple'
        ? r.options.map((o) => (
            <Bar key={o.option} label={o.option} count={o.count} total={r.answered} testId="option-count" />
          ))
        : null}
    </View>
  );
}
