/**
 * Parts of 预约咨询 around the slot picker: the question with its attachments, and the footer
 * that says which slot is chosen. Bound to the booking flow's values through the one field
 * binder; the flow loads the station, the consultants and the calendar, and books.
 */
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { AttachmentView, SlotView } from '@core/contract';
import { BOOKING_QUESTION_MAX, BOOKING_QUESTION_MIN } from '@core/rules/consult-limits';
import { AttachmentPicker } from '@/components/AttachmentPicker';
import { TextField } from '@/components/FormField';
import type { FieldBinder } from '@/hooks/useFieldBinder';
import { whenOf } from '@/lib/format';
import { channelLabel, type Topic } from '@/packages/consult/lib/labels';

/** What the company fills in to book. */
export interface BookingForm {
  topic: Topic | '';
  slot: SlotView | null;
  question: string;
  attachments: AttachmentView[];
}

/** The contract's limits (core/rules/consult-limits.ts), so the form refuses what the server refuses. */
export function questionError(text: string): string | undefined {
  const n = text.trim().length;
  if (n < BOOKING_QUESTION_MIN) return `请至少输入${BOOKING_QUESTION_MIN}个字，说明想咨询的问题`;
  if (n > BOOKING_QUESTION_MAX) return `问题描述不能超过${BOOKING_QUESTION_MAX}字`;
  return undefined;
}

/** 问题描述 and the attachments that go with it. */
export function BookingQuestion({
  form,
  onUploading,
}: {
  form: FieldBinder<BookingForm>;
  onUploading: (busy: boolean) => void;
}) {
  return (
    <>
      <TextField
        {...form.bind('question')}
        label="问题描述"
        placeholder={`请描述想咨询的问题（${BOOKING_QUESTION_MIN}–${BOOKING_QUESTION_MAX}字），便于咨询人员提前准备`}
        maxLength={BOOKING_QUESTION_MAX}
        multiline
        required
      />
      <AttachmentPicker
        {...form.bind('attachments')}
        label="附件（选填）"
        purpose="booking"
        onBusyChange={onUploading}
      />
    </>
  );
}

/** The chosen slot and the booking button. */
export function BookingFooter({
  slot,
  submitting,
  onConfirm,
}: {
  slot: SlotView | null;
  submitting: boolean;
  onConfirm: () => void;
}) {
  return (
    <View className="book-page__footer">
      <Text className="book-page__chosen" data-testid="chosen-slot">
        {slot
          ? `已选：${whenOf(slot.start, slot.end)} · ${slot.consultantName} · ${channelLabel(slot.channel)}`
          : '尚未选择时段'}
      </Text>
      <Button type="primary" block loading={submitting} onClick={onConfirm}>
        确认预约
      </Button>
    </View>
  );
}
