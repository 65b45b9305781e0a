/**
 * One question of a questionnaire, by its kind: stars for a rating, chips for one or several
 * choices, a text area for text — with its required mark and its Chinese error. Read-only
 * (`onChange` absent) it shows the answer as given.
 */
import { Text, View } from '@tarojs/components';
import { TextArea } from '@nutui/nutui-react-taro';
import type { SurveyQuestion } from '@core/contract/survey';
import { RatingStars } from '@/components/RatingStars';
import { STAR_WORDS } from '@/lib/ratings';
import { SURVEY_TEXT_MAX, fieldOf, isBlank, type DraftAnswer } from '../lib/survey';
import './QuestionField.scss';

/** A new answer, or how to get it from the latest one (taps in quick succession all count). */
export type AnswerUpdate = DraftAnswer | ((previous: DraftAnswer) => DraftAnswer);

export interface QuestionFieldProps {
  index: number;
  question: SurveyQuestion;
  value: DraftAnswer;
  onChange?: (update: AnswerUpdate) => void;
  error?: string;
}

/** The options chosen in an answer (a single choice is one or none). */
const chosenOf = (value: DraftAnswer) =>
  Array.isArray(value) ? value : typeof value === 'string' && value ? [value] : [];

function Chips({ question: q, value, onChange }: Omit<QuestionFieldProps, 'index' | 'error'>) {
  const chosen = chosenOf(value);
  const toggle = (option: string) =>
    onChange?.((previous) => {
      const was = chosenOf(previous);
      if (q.kind === 'single') return was.includes(option) ? '' : option;
      return was.includes(option) ? was.filter((o) => o !== option) : [...was, option];
    });
  const options = onChange ? (q.options ?? []) : (q.options ?? []).filter((o) => chosen.includes(o));
  return (
    <View className="question__chips">
      {options.map((option) => {
        const active = chosen.includes(option);
        return (
          <View
            key={option}
            className={`question__chip${active ? ' question__chip--active' : ''}${
              q.kind === 'multiple' ? ' question__chip--multiple' : ''
            }`}
            data-testid="option"
            data-value={option}
            data-active={active ? 'true' : 'false'}
            onClick={() => toggle(option)}
          >
            {option}
          </View>
        );
      })}
    </View>
  );
}

function Stars({ value, onChange }: Pick<QuestionFieldProps, 'value' | 'onChange'>) {
  const stars = typeof value === 'number' ? value : 0;
  return (
    <View className="question__stars">
      <RatingStars value={stars} onChange={onChange} size="large" testId="stars" />
      <Text className="question__word">{STAR_WORDS[stars] || (onChange ? '点击星星评分' : '')}</Text>
    </View>
  );
}

export function QuestionField({ index, question: q, value, onChange, error }: QuestionFieldProps) {
  const readOnly = !onChange;
  let control;
  if (q.kind === 'rating') control = <Stars value={value} onChange={onChange} />;
  else if (q.kind === 'single' || q.kind === 'multiple')
    control = <Chips question={q} value={value} onChange={onChange} />;
  else if (readOnly) control = <Text className="question__text">{String(value)}</Text>;
  else
    control = (
      <TextArea
        className="question__textarea"
        value={String(value)}
        onChange={(v) => onChange(v)}
        placeholder="请填写（选填）"
        maxLength={SURVEY_TEXT_MAX}
        showCount
        autoSize
      />
    );
  return (
    <View
      className={`question${error ? ' question--error' : ''}`}
      data-testid="question"
      data-field={fieldOf(q.id)}
      data-kind={q.kind}
    >
      <Text className="question__title">
        {q.required ? <Text className="question__required">*</Text> : null}
        {index + 1}. {q.title}
        {q.kind === 'multiple' ? <Text className="question__hint">（可多选）</Text> : null}
      </Text>
      {readOnly && isBlank(value) ? <Text className="question__none">未作答</Text> : control}
      {error ? (
        <Text className="question__error" data-testid={`error-${fieldOf(q.id)}`}>
          {error}
        </Text>
      ) : null}
    </View>
  );
}
