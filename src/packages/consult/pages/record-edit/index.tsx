/**
 * 填写咨询记录 (?bookingId=): the consultant writes the archive record of a consultation —
 * question summary, answer/advice, category, channel, duration, follow-up, a rights-protection
 * clue to refer on, an internal note the company never sees, and attachments (photos, PDFs). From a booking (its company,
 * time and topic come with it; archiving closes it as done), or without one (?no bookingId):
 * a walk-in, phone or online-chat consultation of a company picked from the station's ledger or
 * registered on the spot. Field errors from the server show under their fields; a double tap
 * or a retry never archives twice (useSubmit keeps one clientRequestId per intent).
 */
import { useMemo, useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { Booking } from '@core/contract';
import { shanghaiDate } from '@core/rules/time';
import { AttachmentList } from '@/components/AttachmentList';
import { ChoiceField } from '@/components/FormField';
import { LoadStatus } from '@/components/ListStatus';
import { useFieldBinder, type FieldBinder } from '@/hooks/useFieldBinder';
import { useLoad } from '@/hooks/useLoad';
import { usePageParams } from '@/hooks/usePageParams';
import { useSubmit } from '@/hooks/useSubmit';
import { toastInfo, toastOk } from '@/lib/feedback';
import { ROUTES } from '@/lib/routes';
import { createRecord } from '@/services/archive';
import { getBooking, listConsultants } from '@/services/consult';
import { BookingDetails } from '@/packages/consult/components/BookingDetails';
import { RoleGate } from '@/components/RoleGate';
import { WalkInFields } from '@/packages/consult/components/WalkInFields';
import { statusLabel } from '@/packages/consult/lib/labels';
import { draftErrors, initialDraft, recordInput, type RecordDraft } from '@/packages/consult/lib/record-form';
import { RECORD_CHANNELS } from '@/packages/consult/lib/records';
import { RecordContentSection, RecordFollowUpSection } from '@/packages/consult/components/RecordSections';
import { useSession } from '@/hooks/useSession';
import './index.scss';

/** The error keys (as the server names fields) a draft field's edit clears. */
const ERROR_FIELDS: Partial<Record<keyof RecordDraft, string[]>> = {
  duration: ['durationMinutes'],
  followUp: ['followUpDate'],
  date: ['consultedAt'],
  time: ['consultedAt'],
  company: ['companyId', 'newCompany'],
  companyMode: ['companyId', 'newCompany', 'newCompany.name', 'newCompany.creditCode', 'newCompany.contactMobile'],
  newName: ['newCompany.name', 'newCompany'],
  newCreditCode: ['newCompany.creditCode', 'newCompany'],
  newContactName: ['newCompany.contactName'],
  newContactMobile: ['newCompany.contactMobile'],
};

interface FormProps {
  booking: Booking | null;
  stationId: string;
  /** The chief's choice of consultant for a walk-in. */
  chief: boolean;
  selfId: string;
}

function RecordForm({ booking, stationId, chief, selfId }: FormProps) {
  const { submit, submitting, fieldErrors } = useSubmit((clientRequestId) =>
    createRecord(recordInput(form.values, clientRequestId, booking?.id ?? null)),
  );
  // The page's own messages over the server's; an edit drops the page's own of that field.
  const [shown, setShown] = useState<Record<string, string>>({});
  const form: FieldBinder<RecordDraft> = useFieldBinder<RecordDraft>(() => initialDraft(booking, Date.now()), {
    errors: [shown, setShown],
    behind: fieldErrors,
    clearsOf: (key) => ERROR_FIELDS[key] ?? [key],
    exact: true,
  });
  const { values: draft, errors, set } = form;
  const [uploading, setUploading] = useState(false);
  const today = useMemo(() => shanghaiDate(Date.now()), []);
  const walkIn = !booking;
  const consultants = useLoad(
    () => (walkIn && chief ? listConsultants({ stationId }) : Promise.resolve(null)),
    [walkIn, chief, stationId],
  );

  const onSubmit = async () => {
    if (uploading) {
      toastInfo('附件还在上传，请稍候再提交');
      return;
    }
    const local = draftErrors(draft, walkIn);
    setShown(local);
    const first = Object.values(local)[0];
    if (first) {
      toastInfo(first);
      return;
    }
    const record = await submit();
    if (!record) return;
    toastOk('咨询记录已归档');
    void Taro.redirectTo({ url: ROUTES.record(record.id) });
  };

  return (
    <View className="record-edit__form">
      {walkIn ? (
        <WalkInFields
          draft={draft}
          set={set}
          errors={errors}
          stationId={stationId}
          consultants={
            chief
              ? (consultants.data ?? [])
                  .filter((c) => c.id !== selfId)
                  .map((c) => ({ consultantId: c.id, consultantName: c.name }))
              : null
          }
          today={today}
        />
      ) : (
        <ChoiceField {...form.bind('channel')} label="咨询方式" options={RECORD_CHANNELS} />
      )}

      <RecordContentSection form={form} onUploading={setUploading} />
      <RecordFollowUpSection
        form={form}
        followUpFrom={walkIn ? draft.date : booking ? shanghaiDate(booking.start) : today}
      />

      <View className="record-edit__footer">
        <Button type="primary" block loading={submitting} onClick={() => void onSubmit()}>
          提交归档
        </Button>
      </View>
    </View>
  );
}

function FromBooking({ bookingId, stationId, selfId }: { bookingId: string; stationId: string; selfId: string }) {
  const loaded = useLoad(() => getBooking({ bookingId }), [bookingId]);
  const booking = loaded.data;
  if (!booking) return <LoadStatus loaded={loaded} missing="预约不存在" />;
  return (
    <>
      <View className="record-edit__card" data-testid="record-booking">
        <BookingDetails booking={booking} showCompany />
        <Text className="record-edit__question">企业提问：{booking.question}</Text>
        {booking.attachments.length ? (
          <View className="record-edit__attachments">
            <AttachmentList items={booking.attachments} title="企业附件" />
          </View>
        ) : null}
      </View>
      {booking.status === 'booked' ? (
        <RecordForm booking={booking} stationId={stationId} chief={false} selfId={selfId} />
      ) : (
        <Text className="record-edit__closed" data-testid="record-closed">
          该预约{statusLabel(booking.status)}，不能再填写咨询记录
        </Text>
      )}
    </>
  );
}

export default function RecordEditPage() {
  const { bookingId } = usePageParams();
  const session = useSession();
  const acting = session.acting;
  const stationId = acting?.stationId ?? '';
  const selfId = session.me?.user.id ?? '';
  return (
    <View className="record-edit">
      <RoleGate session={session} roles={['liaison', 'expert', 'chief']} what="填写咨询记录">
        {bookingId ? (
          <FromBooking key={acting?.id} bookingId={bookingId} stationId={stationId} selfId={selfId} />
        ) : (
          <RecordForm
            key={acting?.id}
            booking={null}
            stationId={stationId}
            chief={acting?.role === 'chief'}
            selfId={selfId}
          />
        )}
      </RoleGate>
    </View>
  );
}
