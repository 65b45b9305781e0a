/**
 * 「基于此版本新建」: the editor of a new indicator-table version, started from the one chosen —
 * the name, and each item's 分值, 评分标准 and 佐证材料 — with the running total, which must be
 * exactly 100 to save. Saved as the next version (a double tap or a retry saves it once).
 */
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { IndicatorSetView } from '@core/contract';
import { EVAL_TITLE_MAX } from '@core/rules/evaluation';
import { TextField } from '@/components/FormField';
import { useSubmit } from '@/hooks/useSubmit';
import { withoutErrors } from '@/lib/field-errors';
import { saveIndicatorSet } from '@/services/evaluation';
import {
  EVIDENCE_MAX,
  FULL_SCORE,
  GUIDE_MAX,
  draftErrors,
  draftOf,
  draftTotal,
  itemPath,
  setInput,
  type EditableField,
  type SetDraft,
} from '../lib/indicator-draft';

interface Props {
  base: IndicatorSetView;
  onSaved: (saved: IndicatorSetView) => void;
  onCancel: () => void;
}

export function IndicatorEditor({ base, onSaved, onCancel }: Props) {
  const [draft, setDraft] = useState<SetDraft>(() => draftOf(base));
  const {
    submitChecked,
    submitting,
    fieldErrors: errors,
    setFieldErrors,
  } = useSubmit((clientRequestId: string) => saveIndicatorSet(setInput(draft, clientRequestId)));
  const total = draftTotal(draft);

  const editItem = (si: number, ii: number, field: EditableField, value: string) => {
    setDraft((d) => ({
      ...d,
      sections: d.sections.map((s, i) =>
        i !== si ? s : { ...s, items: s.items.map((item, j) => (j !== ii ? item : { ...item, [field]: value })) },
      ),
    }));
    setFieldErrors((prev) => withoutErrors(prev, itemPath(si, ii, field), 'total', 'sections'));
  };
  const save = async () => {
    const saved = await submitChecked(draftErrors(draft));
    if (saved) onSaved(saved);
  };
  const field = (si: number, ii: number, key: EditableField) => ({
    name: itemPath(si, ii, key),
    value: draft.sections[si]!.items[ii]![key],
    onChange: (v: string) => editItem(si, ii, key, v),
    error: errors[itemPath(si, ii, key)],
  });

  return (
    <View className="eval-form" data-testid="indicator-editor">
      <Text className="eval-form__hint">
        基于第 {base.version} 版新建；保存为新版本，已开始的评价轮次仍按原版本评价。
      </Text>
      <TextField
        name="title"
        label="指标表名称"
        value={draft.title}
        onChange={(title) => {
          setDraft((d) => ({ ...d, title }));
          setFieldErrors((prev) => withoutErrors(prev, 'title'));
        }}
        error={errors.title}
        maxLength={EVAL_TITLE_MAX}
        required
      />
      {draft.sections.map((s, si) => (
        <View key={s.id} className="eval-section">
          <Text className="eval-section__title">{s.title}</Text>
          {s.items.map((item, ii) => (
            <View key={item.id} className="eval-item" data-testid="item-editor" data-id={item.id}>
              <Text className="eval-item__title">{item.title}</Text>
              <TextField {...field(si, ii, 'maxScore')} label="分值" type="digit" required />
              <TextField {...field(si, ii, 'guide')} label="评分标准" maxLength={GUIDE_MAX} multiline required />
              <TextField
                {...field(si, ii, 'evidence')}
                label="佐证材料"
                placeholder="无需佐证材料的留空"
                maxLength={EVIDENCE_MAX}
                multiline
              />
            </View>
          ))}
        </View>
      ))}
      <Text
        className={`eval-form__total${total === FULL_SCORE ? '' : ' eval-form__total--off'}`}
        data-testid="set-total"
      >
        合计 {total} 分{total === FULL_SCORE ? '' : `（须为 ${FULL_SCORE} 分才能保存）`}
      </Text>
      {errors.total || errors.sections ? (
        <Text className="eval-form__error" data-testid="error-total">
          {errors.total ?? errors.sections}
        </Text>
      ) : null}
      <View className="eval-form__buttons">
        <Button fill="outline" onClick={onCancel}>
          取消
        </Button>
        <Button type="primary" loading={submitting} onClick={() => void save()}>
          保存为新版本
        </Button>
      </View>
    </View>
  );
}
