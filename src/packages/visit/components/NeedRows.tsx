/**
 * 发现的需求: rows the liaison adds and removes; each becomes a service request when the visit is
 * submitted (category, description, urgency). Removing a row already written asks first.
 */
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { ChoiceField, TextField } from '@/components/FormField';
import { confirm } from '@/lib/feedback';
import { CATEGORIES, URGENCIES } from '../lib/labels';
import { MAX_NEEDS, NEED_DESCRIPTION_MAX, newNeed, type NeedDraft } from '../lib/visit-form';
import './NeedRows.scss';

export interface NeedRowsProps {
  needs: NeedDraft[];
  onChange: (needs: NeedDraft[]) => void;
  errors: Record<string, string>;
}

export function NeedRows({ needs, onChange, errors }: NeedRowsProps) {
  const edit = (key: string, patch: Partial<NeedDraft>) =>
    onChange(needs.map((n) => (n.key === key ? { ...n, ...patch } : n)));
  const remove = async (n: NeedDraft, index: number) => {
    if (n.description.trim() && !(await confirm('删除需求', `确定删除第 ${index + 1} 条需求吗？`))) return;
    onChange(needs.filter((x) => x.key !== n.key));
  };
  return (
    <View className="need-rows" data-testid="needs">
      {needs.map((n, i) => (
        <View key={n.key} className="need-rows__row" data-testid="need">
          <View className="need-rows__head">
            <Text className="need-rows__title">需求 {i + 1}</Text>
            <Text className="need-rows__remove" data-testid="need-remove" onClick={() => void remove(n, i)}>
              删除
            </Text>
          </View>
          <ChoiceField
            name={`needs.${i}.category`}
            label="需求类别"
            value={n.category}
            options={CATEGORIES}
            onChange={(category) => edit(n.key, { category })}
            error={errors[`needs.${i}.category`]}
            required
          />
          <TextField
            name={`needs.${i}.description`}
            label="需求描述"
            value={n.description}
            onChange={(description) => edit(n.key, { description })}
            error={errors[`needs.${i}.description`]}
            placeholder="企业需要什么帮助，将生成一条服务需求"
            maxLength={NEED_DESCRIPTION_MAX}
            multiline
            required
          />
          <ChoiceField
            name={`needs.${i}.urgency`}
            label="紧急程度"
            value={n.urgency}
            options={URGENCIES}
            onChange={(urgency) => edit(n.key, { urgency })}
          />
        </View>
      ))}
      {errors.needs ? <Text className="need-rows__error">{errors.needs}</Text> : null}
      {needs.length < MAX_NEEDS ? (
        <View className="need-rows__add">
          <Button size="small" fill="outline" type="primary" onClick={() => onChange([...needs, newNeed()])}>
            添加需求
          </Button>
        </View>
      ) : null}
    </View>
  );
}
