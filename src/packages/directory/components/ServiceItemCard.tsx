/**
 * One entry of a station's public service item list (004 §7.4.3): all seven fields, the two
 * phones dial when tapped. Editors also get 编辑 and 撤下 / 重新公示; a withdrawn item is greyed.
 */
import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import { Button, Tag } from '@nutui/nutui-react-taro';
import type { ServiceItem } from '@core/contract';
import { ITEM_STATUS, labelOf } from '@core/enums';
import { PhoneLink } from '@/components/PhoneLink';
import { ITEM_LABELS } from '../lib/labels';
import './ServiceItemCard.scss';

export interface ServiceItemCardProps {
  item: ServiceItem;
  canEdit: boolean;
  /** This item's status change is being saved. */
  busy?: boolean;
  onEdit?: (item: ServiceItem) => void;
  onToggleStatus?: (item: ServiceItem) => void;
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <View className="item-card__field">
      <Text className="item-card__label">{label}</Text>
      <View className="item-card__value">{children}</View>
    </View>
  );
}

export function ServiceItemCard({ item, canEdit, busy, onEdit, onToggleStatus }: ServiceItemCardProps) {
  const withdrawn = item.status === 'withdrawn';
  return (
    <View
      className={`item-card${withdrawn ? ' item-card--withdrawn' : ''}`}
      data-testid="service-item"
      data-id={item.id}
      data-status={item.status}
    >
      <View className="item-card__head">
        <View className="item-card__title">
          <Text className="item-card__label">{ITEM_LABELS.name}</Text>
          <Text className="item-card__name">{item.name}</Text>
        </View>
        {withdrawn ? (
          <Tag type="default" className="item-card__status">
            {labelOf(ITEM_STATUS, item.status)}
          </Tag>
        ) : null}
      </View>
      <Field label={ITEM_LABELS.targetUsers}>
        <Text>{item.targetUsers}</Text>
      </Field>
      <Field label={ITEM_LABELS.content}>
        <Text>{item.content}</Text>
      </Field>
      <Field label={ITEM_LABELS.procedure}>
        <Text>{item.procedure}</Text>
      </Field>
      <Field label={ITEM_LABELS.timeLimit}>
        <Text>{item.timeLimit}</Text>
      </Field>
      <Field label={ITEM_LABELS.consultPhone}>
        <PhoneLink phone={item.consultPhone} />
      </Field>
      <Field label={ITEM_LABELS.supervisionPhone}>
        <PhoneLink phone={item.supervisionPhone} />
      </Field>
      {canEdit ? (
        <View className="item-card__actions">
          <Button size="small" fill="outline" data-testid="item-edit" onClick={() => onEdit?.(item)}>
            编辑
          </Button>
          <Button
            size="small"
            type={withdrawn ? 'primary' : 'danger'}
            fill="outline"
            loading={busy}
            disabled={busy}
            data-testid="item-toggle"
            onClick={() => onToggleStatus?.(item)}
          >
            {withdrawn ? '重新公示' : '撤下'}
          </Button>
        </View>
      ) : null}
    </View>
  );
}
