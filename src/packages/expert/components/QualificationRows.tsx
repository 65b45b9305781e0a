/** 执业资格: each qualification's kind, certificate number (and for 其他, its name); add and remove. */
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { QUALIFICATION_KIND } from '@core/enums';
import { EXPERT_LIMITS as L } from '@core/rules/expert-roster';
import { ChoiceField, TextField, optionsOf } from '@/components/FormField';
import type { FieldErrors } from '@/lib/field-errors';
import type { QualificationDraft } from '../lib/profile-form';

interface QualificationRowsProps {
  value: QualificationDraft[];
  onChange: (value: QualificationDraft[]) => void;
  errors: FieldErrors;
}

export function QualificationRows({ value, onChange, errors }: QualificationRowsProps) {
  const edit = (i: number, patch: Partial<QualificationDraft>) =>
    onChange(value.map((q, j) => (j === i ? { ...q, ...patch } : q)));
  return (
    <View className="expert-qualifications" data-field="qualifications">
      <Text className="expert-qualifications__label">执业资格</Text>
      {value.map((q, i) => (
        <View key={i} className="expert-qualifications__row" data-testid="qualification">
          <ChoiceField
            name={`qualifications.${i}.kind`}
            label="资格类型"
            value={q.kind}
            options={optionsOf(QUALIFICATION_KIND)}
            onChange={(kind) => edit(i, { kind })}
          />
          {q.kind === 'other' ? (
            <TextField
              name={`qualifications.${i}.name`}
              label="资格名称"
              value={q.name}
              onChange={(name) => edit(i, { name })}
              maxLength={L.qualificationName}
              error={errors[`qualifications.${i}.name`]}
            />
          ) : null}
          <TextField
            name={`qualifications.${i}.number`}
            label="证书编号"
            value={q.number}
            onChange={(number) => edit(i, { number })}
            maxLength={L.qualificationNumber}
            error={errors[`qualifications.${i}.number`]}
            required
          />
          <Button size="small" fill="none" onClick={() => onChange(value.filter((_, j) => j !== i))}>
            删除此项
          </Button>
        </View>
      ))}
      {value.length < L.qualifications ? (
        <Button
          size="small"
          fill="outline"
          data-testid="add-qualification"
          onClick={() => onChange([...value, { kind: 'patent_attorney', number: '', name: '' }])}
        >
          添加执业资格
        </Button>
      ) : null}
      {errors.qualifications ? <Text className="expert-qualifications__error">{errors.qualifications}</Text> : null}
    </View>
  );
}
