/** A yes/no row of a form: tap anywhere on it to switch; an optional hint under the label. */
import { Text, View } from '@tarojs/components';
import './ToggleField.scss';

export interface ToggleFieldProps {
  name: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint?: string;
}

export function ToggleField({ name, label, checked, onChange, hint }: ToggleFieldProps) {
  return (
    <View
      className="toggle-field"
      data-field={name}
      data-testid={`toggle-${name}`}
      data-checked={checked ? 'true' : 'false'}
      onClick={() => onChange(!checked)}
    >
      <View className="toggle-field__text">
        <Text className="toggle-field__label">{label}</Text>
        {hint ? <Text className="toggle-field__hint">{hint}</Text> : null}
      </View>
      <View className={`toggle-field__switch${checked ? ' toggle-field__switch--on' : ''}`}>
        <View className="toggle-field__knob" />
      </View>
    </View>
  );
}
