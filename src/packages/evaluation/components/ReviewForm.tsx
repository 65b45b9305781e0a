/**
 * A reviewer's scoring of the station, under its answers: a score per item (0 to its maximum,
 * started from their saved review), 评审意见, the running total, 保存 and 提交评分. Once submitted
 * the scores are shown, not edited.
 */
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { StationEvaluation } from '@core/contract';
import { EVAL_NOTE_MAX } from '@core/rules/evaluation';
import { TextField } from '@/components/FormField';
import { stampOf } from '@/lib/format';
import { scorePath } from '../lib/review-form';
import { useReviewForm } from '../lib/useReviewForm';
import { IndicatorSections } from './IndicatorSections';

interface Props {
  ev: StationEvaluation;
  onSaved: (next: StationEvaluation) => void;
}

export function ReviewForm({ ev, onSaved }: Props) {
  const form = useReviewForm(ev, onSaved);
  return (
    <View className="eval-form" data-testid="review-form">
      <Text className="eval-form__section">专家评分（请于 {ev.round.reviewDeadline} 前提交）</Text>
      <IndicatorSections set={ev.set} compact>
        {(item) => (
          <TextField
            name={scorePath(item.id)}
            label="评分"
            value={form.draft.scores[item.id] ?? ''}
            onChange={(v) => form.setScore(item.id, v)}
            error={form.errors[scorePath(item.id)]}
            type="digit"
            placeholder={`0–${item.maxScore} 分`}
            required
          />
        )}
      </IndicatorSections>
      <TextField
        name="comment"
        label="评审意见"
        value={form.draft.comment}
        onChange={form.setComment}
        error={form.errors.comment}
        placeholder="选填：总体评价与改进建议"
        maxLength={EVAL_NOTE_MAX}
        multiline
      />
      <Text className="eval-form__total" data-testid="review-total">
        合计 {form.total} 分（满分 {form.full} 分）
      </Text>
      {form.errors.scores ? (
        <Text className="eval-form__error" data-testid="error-scores">
          {form.errors.scores}
        </Text>
      ) : null}
      <View className="eval-form__buttons">
        <Button fill="outline" loading={form.busy} onClick={() => void form.save(false)}>
          保存
        </Button>
        <Button type="primary" loading={form.busy} onClick={() => void form.save(true)}>
          提交评分
        </Button>
      </View>
    </View>
  );
}

/** The reviewer's own review once submitted: each item's score, the total and the comment. */
export function SubmittedReview({ ev }: { ev: StationEvaluation }) {
  const own = ev.reviews[0]!;
  return (
    <View className="eval-form" data-testid="submitted-review">
      <Text className="eval-form__section">
        我的评分（已提交{own.submittedAt !== undefined ? ` · ${stampOf(own.submittedAt)}` : ''}）
      </Text>
      <IndicatorSections set={ev.set} compact>
        {(item) => (
          <Text className="eval-answer__score" data-testid="given-score">
            评分：{own.scores[item.id] ?? '—'} 分
          </Text>
        )}
      </IndicatorSections>
      <Text className="eval-form__total" data-testid="review-total">
        合计 {own.total ?? '—'} 分
      </Text>
      {own.comment ? <Text className="eval-answer__line">评审意见：{own.comment}</Text> : null}
    </View>
  );
}
