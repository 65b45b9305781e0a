/**
 * One special service in the editor: 服务内容, 服务对象, 服务频次 and 预期成效 under its number, each
 * with its message (the page's own or the server's, keyed "items.<n>.<field>"), and 删除 unless it
 * is the only one or deliveries were recorded against it (those stay in the record).
 */
import { Text, View } from '@tarojs/components';
import { SPECIAL_FREQUENCY, type SpecialFrequency } from '@core/enums';
import { ChoiceField, TextField, optionsOf } from '@/components/FormField';
import type { FieldErrors } from '@/lib/field-errors';
import {
  SPECIAL_CONTENT_MAX,
  SPECIAL_EXPECTED_MAX,
  SPECIAL_LABELS as L,
  SPECIAL_TARGETS_MAX,
  itemField,
  type SpecialDraft,
} from '../lib/special-form';
import './SpecialItemFields.scss';

const FREQUENCY_OPTIONS = optionsOf(SPECIAL_FREQUENCY);

interface SpecialItemFieldsProps {
  index: number;
  draft: SpecialDraft;
  errors: FieldErrors;
  onEdit: <K extends 'content' | 'targets' | 'frequency' | 'expected'>(key: K, value: SpecialDraft[K]) => void;
  /** Absent: this item may not be removed. */
  onRemove?: () => void;
}

export function SpecialItemFields({ index, draft, errors, onEdit, onRemove }: SpecialItemFieldsProps) {
  const text = (key: 'content' | 'targets' | 'expected', max: number, placeholder: string) => (
    <TextField
      name={itemField(index, key)}
      label={L[key]}
      value={draft[key]}
      onChange={(v) => onEdit(key, v)}
      error={errors[itemField(index, key)]}
      placeholder={placeholder}
      maxLength={max}
      multiline={key !== 'targets'}
      required
    />
  );
  return (
    <View className="form-page__group special-fields" data-testid="special-fields" data-index={index}>
      <View className="special-fields__head">
        <Text className="special-fields__title">第 {index + 1} 项</Text>
        {onRemove ? (
          <Text className="special-fields__remove" data-testid="special-remove" onClick={onRemove}>
            删除
          </Text>
        ) : draft.done > 0 ? (
          <Text className="special-fields__kept">已登记开展 {draft.done} 次，不能删除</Text>
        ) : null}
      </View>
      {text('content', SPECIAL_CONTENT_MAX, '如 专利导航分析服务')}
      {text('targets', SPECIAL_TARGETS_MAX, '如 园区专精特新企业')}
      <ChoiceField<SpecialFrequency>
        name={itemField(index, 'frequency')}
        label={L.frequency}
        value={draft.frequency}
        options={FREQUENCY_OPTIONS}
        onChange={(v) => onEdit('frequency', v)}
        error={errors[itemField(index, 'frequency')]}
        required
      />
      {text('expected', SPECIAL_EXPECTED_MAX, '如 为 10 家企业出具导航分析报告')}
    </View>
  );
}
