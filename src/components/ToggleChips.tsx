/**
 * Several choices at once (国家 / 省, key-enterprise flags, a visit's topics): each chip toggles
 * its value. Beside the label for a few short choices; under it (`stacked`) for a long list.
 */
import { Text, View } from '@tarojs/components';
import './ToggleChips.scss';

export interface ToggleChipsProps<V extends string> {
  name: string;
  label: string;
  options: Array<{ value: V; label: string }>;
  value: V[];
  onChange: (value: V[]) => void;
  error?: string;
  required?: boolean;
  stacked?: boolean;
  /** data-testid of each chip (default `toggle-<name>`); tests find chips by it and by data-value. */
  testId?: string;
}

export function ToggleChips<V extends string>(p: ToggleChipsProps<V>) {
  const toggle = (v: V) => p.onChange(p.value.includes(v) ? p.value.filter((x) => x !== v) : [...p.value, v]);
  const classes = ['toggle-chips', p.stacked ? 'toggle-chips--stacked' : '', p.error ? 'toggle-chips--error' : ''];
  return (
    <View className={classes.filter(Boolean).join(' ')} data-field={p.name}>
      <Text className="toggle-chips__label">
        {p.required ? <Text className="toggle-chips__required">*</Text> : null}
        {p.label}
      </Text>
      <View className="toggle-chips__row">
        {p.options.map((o) => {
          const on = p.value.includes(o.value);
          return (
            <View
              key={o.value}
              className={`toggle-chips__chip${on ? ' toggle-chips__chip--on' : ''}`}
              data-testid={p.testId ?? `toggle-${p.name}`}
              data-value={o.value}
              data-active={on ? 'true' : 'false'}
              onClick={() => toggle(o.value)}
            >
              {o.label}
            </View>
          );
        })}
      </View>
      {p.error ? (
        <Text className="toggle-chips__error" data-testid={`error-${p.name}`}>
          {p.error}
        </Text>
      ) : null}
    </View>
  );
}
