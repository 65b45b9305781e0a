/**
 * A station's case actions for its reviewer or the admin: the buttons of the steps still open, or
 * the panel of the one chosen (its text, and for a veto the condition, with their messages).
 */
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { StationEvaluation } from '@core/contract';
import { EVAL_VETO } from '@core/enums';
import { EVAL_REASON_MAX } from '@core/rules/evaluation';
import { ChoiceField, TextField, optionsOf } from '@/components/FormField';
import { CASE_PANELS, openSteps, useCaseActions } from '../lib/useCaseActions';

interface Props {
  ev: StationEvaluation;
  onUpdated: (next: StationEvaluation) => void;
}

export function CaseActions({ ev, onUpdated }: Props) {
  const actions = useCaseActions(ev, onUpdated);
  const steps = openSteps(ev);
  const { panel } = actions;
  if (!panel) {
    if (!steps.length) return null;
    return (
      <View className="eval-page__buttons" data-testid="case-actions">
        {steps.map((step) => (
          <Button
            key={step}
            block
            fill="outline"
            type={step === 'veto' ? 'danger' : 'primary'}
            onClick={() => actions.open(step)}
          >
            {CASE_PANELS[step].title}
          </Button>
        ))}
      </View>
    );
  }
  const spec = CASE_PANELS[panel];
  return (
    <View className="eval-panel" data-testid={`${panel}-panel`}>
      <Text className="eval-panel__title">{spec.title}</Text>
      {panel === 'correction' ? (
        <Text className="eval-form__hint">站点须在 {ev.round.correctionDays} 个工作日内补正并重新提交</Text>
      ) : null}
      {panel === 'veto' ? (
        <ChoiceField
          name="condition"
          label="否决情形"
          value={actions.condition}
          options={optionsOf(EVAL_VETO)}
          onChange={actions.pick}
          error={actions.errors.condition}
          required
        />
      ) : null}
      <TextField
        name={spec.field}
        label={spec.label}
        value={actions.text}
        onChange={actions.edit}
        error={actions.errors[spec.field]}
        placeholder={spec.placeholder}
        maxLength={EVAL_REASON_MAX}
        multiline
        required
      />
      <View className="eval-panel__buttons">
        <Button fill="outline" onClick={() => actions.open(null)}>
          取消
        </Button>
        <Button type="primary" loading={actions.busy} onClick={() => void actions.send()}>
          {spec.confirm}
        </Button>
      </View>
    </View>
  );
}
