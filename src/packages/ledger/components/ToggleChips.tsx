/** Several choices at once (国家 / 省, key-enterprise flags): each chip toggles its value. */
import { Text, View } from '@tarojs/components';
import './ToggleChips.scss';

export interface ToggleChipsProps<V extends string> {
  name: string;
  label: string;
  options: Array<{ value: V; label: string }>;
  value: V[];
  onChange: (value: V[]) => void;
  error?: string;
}

export function ToggleChips<V extends string>(p: ToggleChipsProps<V>) {
  const toggle = (v: V) => p.onChange(p.value.includes(v) ? p.value.filter((x) => x !== v) : [...p.value, v]);
  return (
    <View className={`toggle-chips${p.error ? ' toggle-chips--error' : ''}`} data-field={p.name}>
      <Text className="toggle-chips__label">{p.label}</Text>
      <View className="toggle-chips__row">
        {p.options.map((o) => {
          const on = p.value.includes(o.value);
          return (
            <View
              key={o.value}
              className={`toggle-chips__chip${on ? ' toggle-chips__chip--on' : ''}`}
              data-testid={`toggle-${p.name}`}
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
