/**
 * The station's self-evaluation while it may still be edited: the indicator table with each item's
 * fields, the server's message when it refused (it names the item), and 保存草稿 / 提交自评.
 */
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { StationEvaluation } from '@core/contract';
import { useSelfEvaluation } from '../lib/useSelfEvaluation';
import { IndicatorSections } from './IndicatorSections';
import { SelfAnswerFields } from './SelfAnswerFields';

interface Props {
  ev: StationEvaluation;
  onSaved: (next: StationEvaluation) => void;
}

export function SelfEvaluationForm({ ev, onSaved }: Props) {
  const form = useSelfEvaluation(ev, onSaved);
  return (
    <View className="eval-form" data-testid="self-form">
      <Text className="eval-form__hint">
        请于 {ev.round.selfDeadline} 前逐项填写自评分并上传佐证材料；系统取数来自本站在小程序中的记录。
      </Text>
      <IndicatorSections set={ev.set} answers={ev.answers}>
        {(item) => <SelfAnswerFields ev={ev} item={item} form={form} />}
      </IndicatorSections>
      {form.errors.answers ? (
        <Text className="eval-form__error" data-testid="error-answers">
          {form.errors.answers}
        </Text>
      ) : null}
      <View className="eval-form__buttons">
        <Button fill="outline" loading={form.busy} onClick={() => void form.save(false)}>
          保存草稿
        </Button>
        <Button type="primary" loading={form.busy} onClick={() => void form.save(true)}>
          提交自评
        </Button>
      </View>
    </View>
  );
}
