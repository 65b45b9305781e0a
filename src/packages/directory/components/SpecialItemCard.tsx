/**
 * One special service of a station's year: what is done, for whom, how often and to what end.
 * For the station's own people (`progress`) also how far the year's plan is — "已开展 3 / 12 次"
 * with a bar, or a count for a service on demand — and the deliveries recorded, newest first;
 * `footer` is where the page puts 登记开展情况.
 */
import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import type { SpecialService } from '@core/contract';
import { shanghaiDate } from '@core/rules/time';
import { SPECIAL_LABELS as L, doneLine, donePercent, frequencyLabel } from '../lib/special-form';
import './SpecialItemCard.scss';

interface SpecialItemCardProps {
  item: SpecialService;
  index: number;
  progress?: boolean;
  footer?: ReactNode;
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <View className="special-card__field">
      <Text className="special-card__label">{label}</Text>
      <Text className="special-card__value">{children}</Text>
    </View>
  );
}

function Progress({ item }: { item: SpecialService }) {
  const percent = donePercent(item);
  return (
    <View className="special-card__progress" data-testid="special-progress">
      <Text className="special-card__done" data-testid="special-done">
        {doneLine(item)}
      </Text>
      {percent !== null ? (
        <View className="special-card__bar" data-testid="special-bar" data-percent={percent}>
          <View className="special-card__bar-fill" style={{ width: `${percent}%` }} />
        </View>
      ) : null}
      {item.progress && item.progress.length > 0 ? (
        <View className="special-card__log" data-testid="special-log">
          <Text className="special-card__label">开展记录</Text>
          {item.progress.map((p) => (
            <View key={p.id} className="special-card__entry" data-testid="special-entry">
              <Text className="special-card__entry-head">
                {shanghaiDate(p.doneAt)} · {p.byName}
              </Text>
              <Text className="special-card__entry-note">{p.note}</Text>
            </View>
          ))}
        </View>
      ) : null}
    </View>
  );
}

export function SpecialItemCard({ item, index, progress, footer }: SpecialItemCardProps) {
  return (
    <View className="special-card" data-testid="special-item" data-id={item.id}>
      <View className="special-card__head">
        <Text className="special-card__index">{index + 1}</Text>
        <Text className="special-card__content">{item.content}</Text>
      </View>
      <Field label={L.targets}>{item.targets}</Field>
      <Field label={L.frequency}>{frequencyLabel(item.frequency)}</Field>
      <Field label={L.expected}>{item.expected}</Field>
      {progress ? <Progress item={item} /> : null}
      {footer}
    </View>
  );
}
