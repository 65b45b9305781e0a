/**
 * 咨询记录 (?recordId=): one archived consultation — who, when, how, what was asked and
 * answered (with the consultant's attachments), follow-up and referral — and its rating (咨询评价: the company rates it here; station
 * staff read it). Station staff also see the internal note; the company's answer has no such
 * field at all (the server's company view), so nothing here can show it.
 */
import { useMemo, type ReactNode } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Tag } from '@nutui/nutui-react-taro';
import type { ConsultationRecord } from '@core/contract';
import { AttachmentList } from '@/components/AttachmentList';
import { LoadStatus } from '@/components/ListStatus';
import { ReferClueButton } from '@/components/ReferClueButton';
import { useLoad } from '@/hooks/useLoad';
import { usePageParams } from '@/hooks/usePageParams';
import { ROUTES } from '@/lib/routes';
import { getRating, getRecord, rateRecord } from '@/services/archive';
import { ComplainLink } from '@/components/ComplainLink';
import { ServiceRatingPanel } from '@/components/RatingPanel';
import { useServiceRating, type RatingSource } from '@/hooks/useServiceRating';
import { RoleGate } from '@/components/RoleGate';
import { stampOf } from '@/lib/format';
import { categoryLabel, minutesLabel, recordChannelLabel } from '@/packages/consult/lib/records';
import { useSession } from '@/hooks/useSession';
import '@/packages/consult/components/BookingDetails.scss';
import './index.scss';

function Row({ label, children, name }: { label: string; children: ReactNode; name: string }) {
  return (
    <View className="booking-details__row" data-testid={`record-${name}`}>
      <Text className="booking-details__label">{label}</Text>
      <Text className="booking-details__value">{children}</Text>
    </View>
  );
}

function RecordView({ record: r }: { record: ConsultationRecord }) {
  return (
    <>
      <View className="record-page__card">
        <View className="record-page__head">
          <Text className="record-page__title">{categoryLabel(r.category)}</Text>
          {r.rightsClue ? <Tag type="warning">维权线索转介</Tag> : null}
        </View>
        <View className="booking-details">
          <Row label="咨询企业" name="company">
            {r.companyName}
          </Row>
          <Row label="服务站点" name="station">
            {r.stationName}
          </Row>
          <Row label="咨询人员" name="consultant">
            {r.consultantName}
          </Row>
          <Row label="咨询时间" name="when">
            {stampOf(r.consultedAt)}
          </Row>
          <Row label="咨询方式" name="channel">
            {recordChannelLabel(r.channel)}
          </Row>
          <Row label="咨询时长" name="duration">
            {minutesLabel(r.durationMinutes)}
          </Row>
          <Row label="回访" name="follow-up">
            {r.followUp ? `需要回访${r.followUpDate ? `（${r.followUpDate}）` : ''}` : '无需回访'}
          </Row>
        </View>
        {r.bookingId ? (
          <Text
            className="record-page__link"
            data-testid="record-booking-link"
            onClick={() => void Taro.navigateTo({ url: ROUTES.booking(r.bookingId!) })}
          >
            查看对应的预约 ›
          </Text>
        ) : null}
      </View>

      <View className="record-page__card">
        <Text className="record-page__section">问题摘要</Text>
        <Text className="record-page__text" data-testid="record-summary">
          {r.summary}
        </Text>
      </View>
      <View className="record-page__card">
        <Text className="record-page__section">答复意见</Text>
        <Text className="record-page__text" data-testid="record-answer">
          {r.answer}
        </Text>
      </View>
      {r.attachments.length ? (
        <View className="record-page__card">
          <AttachmentList items={r.attachments} />
        </View>
      ) : null}

      {r.view === 'station' && r.internalNote ? (
        <View className="record-page__card record-page__card--internal" data-testid="record-internal-note">
          <Text className="record-page__section">内部备注</Text>
          <Text className="record-page__text">{r.internalNote}</Text>
          <Text className="record-page__internal-tip">仅工作站人员可见，企业看不到</Text>
        </View>
      ) : null}

      <View className="record-page__card">
        <Text className="record-page__internal-tip" data-testid="record-archived">
          {r.createdByName} 于 {stampOf(r.createdAt)} 归档
        </Text>
      </View>

      {r.view === 'station' && r.rightsClue ? <ReferClueButton sourceKind="record" sourceId={r.id} /> : null}

      <RecordRating recordId={r.id} asCompany={r.view === 'company'} />
      <ComplainLink kind="record" refId={r.id} />
    </>
  );
}

/** The rating of this consultation (咨询评价): read and saved through the archive's actions. */
function RecordRating({ recordId, asCompany }: { recordId: string; asCompany: boolean }) {
  const source = useMemo<RatingSource>(
    () => ({
      key: recordId,
      load: () => getRating({ recordId }),
      save: (given) => rateRecord({ recordId, ...given }),
      prompt: '本次咨询对您有帮助吗？请为咨询人员打分',
    }),
    [recordId],
  );
  const rating = useServiceRating(source);
  return <ServiceRatingPanel rating={rating} asCompany={asCompany} />;
}

function Loaded({ recordId }: { recordId: string }) {
  const loaded = useLoad(() => getRecord({ recordId }), [recordId]);
  if (!loaded.data) {
    return <LoadStatus loaded={loaded} missing="咨询记录不存在" />;
  }
  return <RecordView record={loaded.data} />;
}

export default function RecordPage() {
  const { recordId = '' } = usePageParams();
  const session = useSession();
  return (
    <View className="record-page">
      <RoleGate session={session} roles={['company', 'liaison', 'expert', 'chief', 'admin']} what="查看咨询记录">
        <Loaded key={session.acting?.id ?? ''} recordId={recordId} />
      </RoleGate>
    </View>
  );
}
