/**
 * 知识产权数量 as checked on the visit (optional): only the figures filled in are sent; an empty
 * one leaves the company's figure as it is. Folded until opened (or when one has an error).
 */
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { HOLDING_KIND, type HoldingKind } from '@core/enums';
import { TextField } from '@/components/FormField';
import { HOLDING_MAX } from '@core/rules/holdings';
import './HoldingsFields.scss';

export interface HoldingsFieldsProps {
  value: Partial<Record<HoldingKind, string>>;
  onChange: (kind: HoldingKind, figure: string) => void;
  errors: Record<string, string>;
}

export function HoldingsFields({ value, onChange, errors }: HoldingsFieldsProps) {
  const filled = HOLDING_KIND.values.filter((k) => (value[k] ?? '') !== '').length;
  const failing = HOLDING_KIND.values.some((k) => errors[`holdings.${k}`]);
  const [open, setOpen] = useState(filled > 0);
  const shown = open || failing;
  return (
    <View className="holdings-fields">
      <View className="holdings-fields__head" data-testid="holdings-toggle" onClick={() => setOpen(!shown)}>
        <Text className="holdings-fields__title">更新知识产权数量（选填{filled ? `，已填 ${filled} 项` : ''}）</Text>
        <Text className="holdings-fields__toggle">{shown ? '收起' : '展开'}</Text>
      </View>
      {shown ? (
        <>
          <Text className="holdings-fields__tip">现场核实的数量，不填的项目保持不变</Text>
          {HOLDING_KIND.values.map((k) => (
            <TextField
              key={k}
              name={`holdings.${k}`}
              label={HOLDING_KIND.labels[k]}
              value={value[k] ?? ''}
              onChange={(v) => onChange(k, v)}
              error={errors[`holdings.${k}`]}
              placeholder="不变"
              type="number"
              maxLength={String(HOLDING_MAX).length}
            />
          ))}
        </>
      ) : null}
    </View>
  );
}
