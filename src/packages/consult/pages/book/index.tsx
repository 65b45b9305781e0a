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
import type { Booking } from '@core/contract';
import { ChoiceField } from '@/components/FormField';
import { ListStatus, LoadStatus } from '@/components/ListStatus';
import { useFieldBinder, type FieldBinder } from '@/hooks/useFieldBinder';
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
import { durationLabel } from '@/lib/format';
import { TOPICS } from '@/packages/consult/lib/labels';
import {
  BookingFooter,
  BookingQuestion,
  questionError,
  type BookingForm,
} from '@/packages/consult/components/BookingSections';
import { useSession } from '@/hooks/useSession';
import { requestSubscriptions } from '@/lib/subscribe';
import './index.scss';

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
  const [uploading, setUploading] = useState(false);
  const [booked, setBooked] = useState<Booking | null>(null);
  const { reloadSlots } = cal;
  const { submit, submitting, fieldErrors } = useSubmit((clientRequestId) => send(clientRequestId));
  // The page's own messages over the server's; choosing or typing drops the page's own.
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const form: FieldBinder<BookingForm> = useFieldBinder<BookingForm>(
    { topic: '', slot: null, question: '', attachments: [] },
    {
      errors: [clientErrors, setClientErrors],
      behind: fieldErrors,
      clearsOf: (key) => [key === 'slot' ? 'slotStart' : key],
      exact: true,
    },
  );
  const { topic, slot, question, attachments } = form.values;
  const setSlot = form.set;

  // A chosen slot that is no longer free (taken meanwhile, or another consultant filtered) is dropped.
  useEffect(() => {
    if (slot && cal.calendar && !cal.calendar.slots.some((s) => slotKey(s) === slotKey(slot))) {
      form.setValues((v) => ({ ...v, slot: null }));
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- setValues is stable
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
    void requestSubscriptions('booking');
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

  const { errors } = form;

  return (
    <View className="book-page__flow">
      {station.data ? (
        <View className="book-page__station">
          <Text className="book-page__station-name">{station.data.station.name}</Text>
          <Text className="book-page__station-sub">{station.data.station.address}</Text>
        </View>
      ) : null}

      <ChoiceField {...form.bind('topic')} label="咨询主题" options={TOPICS} required />

      <SlotPicker
        consultants={consultants.data}
        consultantId={consultantId}
        onConsultant={setConsultantId}
        cal={cal}
        selected={slot}
        onSelect={(s) => setSlot('slot', s)}
      />
      {errors.slotStart || errors.consultantId ? (
        <Text className="book-page__error" data-testid="error-slotStart">
          {errors.slotStart ?? errors.consultantId}
        </Text>
      ) : null}

      <BookingQuestion form={form} onUploading={setUploading} />

      <BookingFooter slot={slot} submitting={submitting} onConfirm={onConfirm} />
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
