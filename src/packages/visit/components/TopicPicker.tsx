/** 走访主题: several service categories, tapped on and off (chips that wrap). */
import { Text, View } from '@tarojs/components';
import type { ServiceCategory } from '../../../../core/enums';
import { CATEGORIES } from '../lib/labels';
import './TopicPicker.scss';

export interface TopicPickerProps {
  value: ServiceCategory[];
  onChange: (topics: ServiceCategory[]) => void;
  error?: string;
}

export function TopicPicker({ value, onChange, error }: TopicPickerProps) {
  const toggle = (t: ServiceCategory) => onChange(value.includes(t) ? value.filter((v) => v !== t) : [...value, t]);
  return (
    <View className={`topic-picker${error ? ' topic-picker--error' : ''}`} data-field="topics">
      <Text className="topic-picker__label">
        <Text className="topic-picker__required">*</Text>走访主题
      </Text>
      <View className="topic-picker__chips">
        {CATEGORIES.map((c) => {
          const on = value.includes(c.value);
          return (
            <View
              key={c.value}
              className={`topic-picker__chip${on ? ' topic-picker__chip--on' : ''}`}
              data-testid="topic"
              data-value={c.value}
              data-active={on ? 'true' : 'false'}
              onClick={() => toggle(c.value)}
            >
              {c.label}
            </View>
          );
        })}
      </View>
      {error ? (
        <Text className="topic-picker__error" data-testid="error-topics">
          {error}
        </Text>
      ) : null}
    </View>
  );
}
