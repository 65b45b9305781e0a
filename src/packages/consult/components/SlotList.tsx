/** The free slots of one day: time (Shanghai), channel, location and consultant; tap to choose. */
import { Text, View } from '@tarojs/components';
import type { SlotView } from '@core/contract';
import { slotKey } from '../lib/calendar';
import { timeRange } from '@/lib/format';
import { channelLabel } from '../lib/labels';
import './SlotList.scss';

export interface SlotListProps {
  slots: SlotView[];
  selected: string | null;
  onSelect: (slot: SlotView) => void;
}

export function SlotList({ slots, selected, onSelect }: SlotListProps) {
  return (
    <View className="slot-list">
      {slots.map((s) => {
        const key = slotKey(s);
        const active = key === selected;
        return (
          <View
            key={key}
            className={`slot-list__slot${active ? ' slot-list__slot--active' : ''}`}
            data-testid="slot"
            data-start={String(s.start)}
            data-consultant={s.consultantId}
            data-active={active ? 'true' : 'false'}
            onClick={() => onSelect(s)}
          >
            <View className="slot-list__main">
              <Text className="slot-list__time">{timeRange(s.start, s.end)}</Text>
              <Text className="slot-list__channel">{channelLabel(s.channel)}</Text>
            </View>
            <Text className="slot-list__sub">
              {s.consultantName}
              {s.location ? ` · ${s.location}` : ''}
            </Text>
          </View>
        );
      })}
    </View>
  );
}
