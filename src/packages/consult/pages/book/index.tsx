/**
 * 预约咨询 (?stationId=): a company user picks a topic, a consultant or anyone available, a day
 * with free slots and a slot, describes the question (photos or PDFs may go with it) and books. On WeChat the booking tap also
 * asks for reminder subscriptions (a refusal does not matter). When someone else took the slot
 * meanwhile, the slots are loaded again and the question stays.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { AttachmentView, Booking, SlotView } from '@core/contract';
import { AttachmentPicker } from '@/components/AttachmentPicker';
import { ChoiceField, TextField } from '@/components/FormField';
import { ListStatus, LoadStatus } from '@/components/ListStatus';
import { useLoad } from '@/hooks/useLoad';
import { usePageParams } from '@/hooks/usePageParams';
import { useSubmit } from '@/hooks/useSubmit';
import { toastInfo } from '@/lib/feedback';
import { ROUTES } from '@/lib/routes';
import { book, listConsultants } from '@/services/consult';
import { getStation } from '@/services/directory';
import { ServiceError } from '@/services/errors';
import { BookingDetails } from '@/packages/consult/components/BookingDetails';
import { RoleGate } from '@/components/RoleGate';
import { SlotPicker } from '@/packages/consult/components/SlotPicker';
import { slotKey, useCalendar } from '@/packages/consult/lib/calendar';
import { durationLabel, whenOf } from '@/lib/format';
import { TOPICS, channelLabel, type Topic } from '@/packages/consult/lib/labels';
import { useSession } from '@/hooks/useSession';
import { requestReminders } from '@/packages/consult/lib/subscribe';
import { BOOKING_QUESTION_MAX, BOOKING_QUESTION_MIN } from '@core/rules/consult-limits';
import './index.scss';

/** The contract's limits (core/rules/consult-limits.ts), so the form refuses what the server refuses. */
const QUESTION_MIN = BOOKING_QUESTION_MIN;
const QUESTION_MAX = BOOKING_QUESTION_MAX;

function questionError(text: string): string | undefined {
  const n = text.trim().length;
  if (n < QUESTION_MIN) return `请至少输入${QUESTION_MIN}个字，说明想咨询的问题`;
  if (n > QUESTION_MAX) return `问题描述不能超过${QUESTION_MAX}字`;
  return undefined;
}

function Confirmation({ booking, noticeMinutes }: { booking: Booking; noticeMinutes: number | null }) {
  return (
    <View className="book-page__done" data-testid="confirmation">
      <Text className="book-page__done-title">预约成功</Text>
      <Text className="book-page__done-text">
        请按时参加咨询。
        {noticeMinutes !== null ? `如需取消或改约，请在开始前${durationLabel(noticeMinutes)}操作。` : ''}
      </Text>
      <View className="book-page__card">
        <BookingDetails booking={booking} />
      </View>
      <View className="book-page__actions">
        <Button type="primary" block onClick={() => void Taro.redirectTo({ url: ROUTES.bookings() })}>
          查看我的预约
        </Button>
        <Button block fill="outline" onClick={() => void Taro.redirectTo({ url: ROUTES.booking(booking.id) })}>
          预约详情
        </Button>
      </View>
    </View>
  );
}

function BookingFlow({ stationId }: { stationId: string }) {
  const station = useLoad(() => getStation({ stationId }), [stationId]);
  const consultants = useLoad(() => listConsultants({ stationId }), [stationId]);
  const [consultantId, setConsultantId] = useState('');
  const cal = useCalendar(stationId, consultantId);
  const [topic, setTopic] = useState<Topic | ''>('');
  const [slot, setSlot] = useState<SlotView | null>(null);
  const [question, setQuestion] = useState('');
  const [attachments, setAttachments] = useState<AttachmentView[]>([]);
  const [uploading, setUploading] = useState(false);
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const [booked, setBooked] = useState<Booking | null>(null);
  const { reloadSlots } = cal;

  // A chosen slot that is no longer free (taken meanwhile, or another consultant filtered) is dropped.
  useEffect(() => {
    if (slot && cal.calendar && !cal.calendar.slots.some((s) => slotKey(s) === slotKey(slot))) setSlot(null);
  }, [cal.calendar, slot]);

  const send = useCallback(
    async (clientRequestId: string) => {
      if (!slot || !topic) throw new ServiceError('INVALID_INPUT', '请选择咨询主题和时段');
      try {
        return await book({
          clientRequestId,
          stationId,
          consultantId: slot.consultantId,
          slotStart: slot.start,
          topic,
          question: question.trim(),
          attachments: attachments.map((a) => a.id),
        });
      } catch (e) {
        // Someone else was quicker: show what is still free; the question stays as typed.
        if (e instanceof ServiceError && e.code === 'CONFLICT') void reloadSlots();
        throw e;
      }
    },
    [slot, topic, stationId, question, attachments, reloadSlots],
  );
  const { submit, submitting, fieldErrors } = useSubmit(send);
  const tapped = useRef(false);

  const onConfirm = () => {
    if (tapped.current) return;
    if (uploading) {
      toastInfo('附件还在上传，请稍候再提交');
      return;
    }
    const errors: Record<string, string> = {};
    if (!topic) errors.topic = '请选择咨询主题';
    if (!slot) errors.slotStart = '请选择预约时段';
    const q = questionError(question);
    if (q) errors.question = q;
    setClientErrors(errors);
    const first = Object.values(errors)[0];
    if (first) {
      toastInfo(first);
      return;
    }
    tapped.current = true;
    // Asked from the tap itself (WeChat requires it); its answer never holds up the booking.
    void requestReminders();
    void submit()
      .then((b) => {
        if (b) setBooked(b);
      })
      .finally(() => {
        tapped.current = false;
      });
  };

  if (booked) return <Confirmation booking={booked} noticeMinutes={cal.rules?.minNoticeMinutes ?? null} />;

  if (!consultants.data) {
    return <LoadStatus loaded={consultants} missing="该服务站点不存在" />;
  }
  if (consultants.data.length === 0) {
    return <ListStatus loading={false} error={null} empty emptyText="该服务站点暂未开放咨询预约" />;
  }

  const errors = { ...fieldErrors, ...clientErrors };
  const clear = (field: string) =>
    setClientErrors((prev) => {
      if (!(field in prev)) return prev;
      const next = { ...prev };
      delete next[field];
      return next;
    });

  return (
    <View className="book-page__flow">
      {station.data ? (
        <View className="book-page__station">
          <Text className="book-page__station-name">{station.data.station.name}</Text>
          <Text className="book-page__station-sub">{station.data.station.address}</Text>
        </View>
      ) : null}

      <ChoiceField
        name="topic"
        label="咨询主题"
        value={topic}
        options={TOPICS}
        onChange={(v) => {
          setTopic(v);
          clear('topic');
        }}
        error={errors.topic}
        required
      />

      <SlotPicker
        consultants={consultants.data}
        consultantId={consultantId}
        onConsultant={setConsultantId}
        cal={cal}
        selected={slot}
        onSelect={(s) => {
          setSlot(s);
          clear('slotStart');
        }}
      />
      {errors.slotStart || errors.consultantId ? (
        <Text className="book-page__error" data-testid="error-slotStart">
          {errors.slotStart ?? errors.consultantId}
        </Text>
      ) : null}

      <TextField
        name="question"
        label="问题描述"
        value={question}
        onChange={(v) => {
          setQuestion(v);
          clear('question');
        }}
        error={errors.question}
        placeholder={`请描述想咨询的问题（${QUESTION_MIN}–${QUESTION_MAX}字），便于咨询人员提前准备`}
        maxLength={QUESTION_MAX}
        multiline
        required
      />

      <AttachmentPicker
        label="附件（选填）"
        purpose="booking"
        value={attachments}
        onChange={(next) => {
          setAttachments(next);
          clear('attachments');
        }}
        onBusyChange={setUploading}
        error={errors.attachments}
      />

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
    </View>
  );
}

export default function BookPage() {
  const { stationId = '' } = usePageParams();
  const session = useSession();
  return (
    <View className="book-page">
      <RoleGate session={session} roles={['company']} what="预约咨询">
        <BookingFlow stationId={stationId} />
      </RoleGate>
    </View>
  );
}
