/**
 * Choosing a slot: a consultant (or anyone available), a day on the calendar, then one of that
 * day's free slots. The calendar (and its reload after a conflict) belongs to the page.
 */
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { OutputOf, SlotView } from '@core/contract';
import { shanghaiDate } from '@core/rules/time';
import { ChipRow } from '@/components/ChipRow';
import { ListStatus } from '@/components/ListStatus';
import { slotKey, type CalendarState } from '../lib/calendar';
import { dayLabel } from '@/lib/format';
import { DayGrid } from './DayGrid';
import { SlotList } from './SlotList';
import './SlotPicker.scss';

export type Consultant = OutputOf<'consult', 'listConsultants'>[number];

export const ANY_CONSULTANT = '不限（任意可约人员）';

export interface SlotPickerProps {
  consultants: Consultant[];
  consultantId: string;
  onConsultant: (consultantId: string) => void;
  cal: CalendarState;
  selected: SlotView | null;
  onSelect: (slot: SlotView) => void;
}

export function SlotPicker({ consultants, consultantId, onConsultant, cal, selected, onSelect }: SlotPickerProps) {
  const [day, setDay] = useState<string | null>(null);
  const days = cal.calendar?.days ?? [];
  const freeDays = days.filter((d) => d.free > 0);
  // The chosen day while it still has free slots, else the first day that has some.
  const shownDay = freeDays.some((d) => d.date === day) ? day : (freeDays[0]?.date ?? null);
  const slots = (cal.calendar?.slots ?? []).filter((s) => shownDay !== null && shanghaiDate(s.start) === shownDay);
  const chips = [{ value: '', label: ANY_CONSULTANT }, ...consultants.map((c) => ({ value: c.id, label: c.name }))];

  return (
    <View className="slot-picker">
      <Text className="slot-picker__title">咨询人员</Text>
      <ChipRow chips={chips} value={consultantId} onChange={onConsultant} testId="consultant" />

      <View className="slot-picker__title-row">
        <Text className="slot-picker__title">选择日期</Text>
        {cal.rules ? <Text className="slot-picker__hint">可预约未来 {cal.rules.horizonDays} 天内的时段</Text> : null}
      </View>
      {cal.error || cal.loading ? (
        <ListStatus loading={cal.loading} error={cal.error} empty emptyText="" onRetry={() => void cal.reload()} />
      ) : (
        <>
          <DayGrid days={days} value={shownDay} onChange={setDay} />
          {freeDays.length === 0 ? (
            <ListStatus
              loading={false}
              error={null}
              empty
              emptyText={consultantId ? '该咨询人员近期没有可预约的时段，可选择“不限”' : '近期暂无可预约的时段'}
            />
          ) : (
            <>
              <Text className="slot-picker__title">选择时段 · {shownDay ? dayLabel(shownDay) : ''}</Text>
              <SlotList slots={slots} selected={selected ? slotKey(selected) : null} onSelect={onSelect} />
            </>
          )}
        </>
      )}
    </View>
  );
}
