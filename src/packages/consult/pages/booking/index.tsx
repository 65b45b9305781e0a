/**
 * 预约详情 (?bookingId=): the booking, its question with its attachments, and its history (who did what when), and
 * while it is booked: 取消预约 (a consultant, chief or admin must give the company a reason) and
 * 改约. The server decides who may do what until when; its Chinese message is shown as it is.
 */
import { ComplainLink } from '@/components/ComplainLink';
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { Booking } from '@core/contract';
import { AttachmentList } from '@/components/AttachmentList';
import { TextField } from '@/components/FormField';
import { LoadStatus } from '@/components/ListStatus';
import { useLoad } from '@/hooks/useLoad';
import { usePageParams } from '@/hooks/usePageParams';
import { confirm, toastError, toastInfo, toastOk } from '@/lib/feedback';
import { cancelBooking, getBooking } from '@/services/consult';
import { ServiceError } from '@/services/errors';
import { BookingDetails } from '@/packages/consult/components/BookingDetails';
import { ReschedulePanel } from '@/packages/consult/components/ReschedulePanel';
import { RoleGate } from '@/components/RoleGate';
import { StatusTag } from '@/packages/consult/components/StatusTag';
import { stampOf, whenOf } from '@/lib/format';
import { eventLabel } from '@/packages/consult/lib/labels';
import { useSession } from '@/hooks/useSession';
import { CANCEL_REASON_MAX } from '@core/rules/consult-limits';
import './index.scss';

const REASON_MAX = CANCEL_REASON_MAX;

function History({ booking }: { booking: Booking }) {
  return (
    <View className="booking-page__card">
      <Text className="booking-page__section">办理记录</Text>
      {booking.history.map((h, i) => (
        <View key={`${h.at}-${i}`} className="booking-page__history" data-testid="history">
          <Text className="booking-page__history-when">{stampOf(h.at)}</Text>
          <Text className="booking-page__history-what">
            {h.byName} {eventLabel(h.event)}
            {h.note ? `：${h.note}` : ''}
          </Text>
        </View>
      ))}
    </View>
  );
}

/** The reason a consultant, chief or admin gives the company when cancelling (required). */
function CancelPanel({
  reason,
  onReason,
  error,
  busy,
  onConfirm,
  onClose,
}: {
  reason: string;
  onReason: (v: string) => void;
  error?: string;
  busy: boolean;
  onConfirm: () => void;
  onClose: () => void;
}) {
  return (
    <View className="booking-page__panel" data-testid="cancel-panel">
      <Text className="booking-page__panel-title">取消预约</Text>
      <TextField
        name="reason"
        label="取消原因"
        value={reason}
        onChange={onReason}
        error={error}
        placeholder="请填写取消原因，将告知预约企业"
        maxLength={REASON_MAX}
        multiline
        required
      />
      <View className="booking-page__buttons">
        <Button fill="outline" onClick={onClose}>
          不取消
        </Button>
        <Button type="danger" loading={busy} onClick={onConfirm}>
          确认取消
        </Button>
      </View>
    </View>
  );
}

function BookingView({ bookingId, asCompany }: { bookingId: string; asCompany: boolean }) {
  const loaded = useLoad(() => getBooking({ bookingId }), [bookingId]);
  const [updated, setUpdated] = useState<Booking | null>(null);
  const [panel, setPanel] = useState<'cancel' | 'reschedule' | null>(null);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const booking = updated ?? loaded.data;
  // Only getBooking resolves attachment URLs; a cancel or reschedule answer leaves them out.
  const attachments = loaded.data?.attachments ?? [];

  if (!booking) {
    return <LoadStatus loaded={loaded} missing="预约不存在" />;
  }

  const cancel = async () => {
    if (busy) return;
    const why = reason.trim();
    if (!asCompany && !why) {
      setReasonError('请填写取消原因');
      toastInfo('请填写取消原因');
      return;
    }
    const question = asCompany
      ? `确定取消 ${whenOf(booking.start, booking.end)} 与${booking.consultantName}的咨询预约吗？`
      : `确定取消${booking.companyName} ${whenOf(booking.start, booking.end)} 的预约吗？企业将收到取消原因。`;
    if (!(await confirm('取消预约', question))) return;
    setBusy(true);
    try {
      const done = await cancelBooking({ bookingId: booking.id, ...(why ? { reason: why } : {}) });
      setUpdated(done);
      setPanel(null);
      toastOk('已取消预约');
    } catch (e) {
      if (e instanceof ServiceError && e.fields.reason) setReasonError(e.fields.reason);
      toastError(e); // the reason stays as typed
    } finally {
      setBusy(false);
    }
  };

  const open = booking.status === 'booked';
  return (
    <View className="booking-page__body">
      <View className="booking-page__card">
        <View className="booking-page__head">
          <Text className="booking-page__when" data-testid="booking-when">
            {whenOf(booking.start, booking.end)}
          </Text>
          <StatusTag status={booking.status} />
        </View>
        <BookingDetails booking={booking} showCompany={!asCompany} />
      </View>

      <View className="booking-page__card">
        <Text className="booking-page__section">问题描述</Text>
        <Text className="booking-page__question">{booking.question}</Text>
        {attachments.length ? (
          <View className="booking-page__attachments">
            <AttachmentList items={attachments} />
          </View>
        ) : null}
        {booking.cancelReason ? (
          <Text className="booking-page__reason" data-testid="cancel-reason">
            取消原因：{booking.cancelReason}
          </Text>
        ) : null}
      </View>

      <History booking={booking} />
      <ComplainLink kind="booking" refId={booking.id} />

      {open && panel === 'cancel' ? (
        <CancelPanel
          reason={reason}
          onReason={(v) => {
            setReason(v);
            setReasonError(undefined);
          }}
          error={reasonError}
          busy={busy}
          onConfirm={() => void cancel()}
          onClose={() => setPanel(null)}
        />
      ) : null}
      {open && panel === 'reschedule' ? (
        <ReschedulePanel
          booking={booking}
          onDone={(moved) => {
            setUpdated(moved);
            setPanel(null);
            toastOk('已改约');
          }}
          onClose={() => setPanel(null)}
        />
      ) : null}

      {open && panel === null ? (
        <View className="booking-page__buttons booking-page__buttons--main" data-testid="booking-actions">
          <Button
            fill="outline"
            type="danger"
            onClick={() => (asCompany ? void cancel() : setPanel('cancel'))}
            disabled={busy}
          >
            取消预约
          </Button>
          <Button type="primary" onClick={() => setPanel('reschedule')}>
            改约
          </Button>
        </View>
      ) : null}
    </View>
  );
}

export default function BookingPage() {
  const { bookingId = '' } = usePageParams();
  const session = useSession();
  return (
    <View className="booking-page">
      <RoleGate session={session} roles={['company', 'liaison', 'expert', 'chief', 'admin']} what="查看预约">
        <BookingView bookingId={bookingId} asCompany={session.acting?.role === 'company'} />
      </RoleGate>
    </View>
  );
}
