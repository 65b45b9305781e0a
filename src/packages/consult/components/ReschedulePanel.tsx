/**
 * 改约: a new slot at the same station (the same consultant by default, or anyone available),
 * then rescheduleBooking. When the slot was taken meanwhile, the slots are loaded again.
 */
import { useEffect, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { Booking, SlotView } from '@core/contract';
import { LoadStatus } from '@/components/ListStatus';
import { useLoad } from '@/hooks/useLoad';
import { toastError, toastInfo } from '@/lib/feedback';
import { listConsultants, rescheduleBooking } from '@/services/consult';
import { ServiceError } from '@/services/errors';
import { slotKey, useCalendar } from '../lib/calendar';
import { whenOf } from '@/lib/format';
import { SlotPicker } from './SlotPicker';

export interface ReschedulePanelProps {
  booking: Booking;
  onDone: (booking: Booking) => void;
  onClose: () => void;
}

export function ReschedulePanel({ booking, onDone, onClose }: ReschedulePanelProps) {
  const consultants = useLoad(() => listConsultants({ stationId: booking.stationId }), [booking.stationId]);
  const [consultantId, setConsultantId] = useState(booking.consultantId);
  const cal = useCalendar(booking.stationId, consultantId);
  const [slot, setSlot] = useState<SlotView | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (slot && cal.calendar && !cal.calendar.slots.some((s) => slotKey(s) === slotKey(slot))) setSlot(null);
  }, [cal.calendar, slot]);

  const onConfirm = async () => {
    if (busy) return;
    if (!slot) {
      toastInfo('请选择新的时段');
      return;
    }
    setBusy(true);
    try {
      const moved = await rescheduleBooking({
        bookingId: booking.id,
        consultantId: slot.consultantId,
        slotStart: slot.start,
      });
      onDone(moved);
    } catch (e) {
      if (e instanceof ServiceError && e.code === 'CONFLICT') void cal.reloadSlots();
      toastError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <View className="booking-page__panel" data-testid="reschedule">
      <Text className="booking-page__panel-title">改约到新的时段</Text>
      {consultants.data ? (
        <SlotPicker
          consultants={consultants.data}
          consultantId={consultantId}
          onConsultant={setConsultantId}
          cal={cal}
          selected={slot}
          onSelect={setSlot}
        />
      ) : (
        <LoadStatus loaded={consultants} missing="" />
      )}
      <Text className="booking-page__chosen">
        {slot ? `新时段：${whenOf(slot.start, slot.end)} · ${slot.consultantName}` : '请选择新的时段'}
      </Text>
      <View className="booking-page__buttons">
        <Button fill="outline" onClick={onClose}>
          不改了
        </Button>
        <Button type="primary" loading={busy} onClick={() => void onConfirm()}>
          确认改约
        </Button>
      </View>
    </View>
  );
}
