/**
 * 走访详情 (?visitId=): one visit. Company staff read what the station shared — when, how, the
 * topics, the summary and the photos (the server's company view has nothing else, so nothing
 * here can show it). Station staff also read who went and who was met, what was found, the
 * internal note, the holdings checked, the needs turned into requests, where, and the follow-up.
 */
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { Visit } from '@core/contract';
import { HOLDING_KIND } from '@core/enums';
import { AttachmentList } from '@/components/AttachmentList';
import { DetailCard, DetailNote, DetailRow, DetailText } from '@/components/DetailCard';
import { LoadStatus } from '@/components/ListStatus';
import { ReferClueButton } from '@/components/ReferClueButton';
import { useLoad } from '@/hooks/useLoad';
import { usePageParams } from '@/hooks/usePageParams';
import { ROUTES } from '@/lib/routes';
import { getVisit } from '@/services/visit';
import { RoleGate } from '@/components/RoleGate';
import { useSession } from '@/hooks/useSession';
import { formLabel, stampOf, topicLabel } from '@/packages/visit/lib/labels';
import './index.scss';

function VisitView({ visit: v }: { visit: Visit }) {
  return (
    <>
      <DetailCard>
        <Text className="visit-page__title">{v.view === 'company' ? v.stationName : v.companyName}</Text>
        <DetailRow label="走访时间" testId="visit-when">
          {stampOf(v.visitedAt)}
        </DetailRow>
        <DetailRow label="走访形式" testId="visit-form">
          {formLabel(v.form)}
        </DetailRow>
        {v.view === 'station' ? (
          <>
            <DetailRow label="服务站点" testId="visit-station">
              {v.stationName}
            </DetailRow>
            <DetailRow label="走访人员" testId="visit-visitors">
              {v.visitors.join('、')}
            </DetailRow>
            <DetailRow label="受访人员" testId="visit-met">
              {v.met}
            </DetailRow>
          </>
        ) : null}
        <DetailRow label="走访主题" testId="visit-topics">
          {v.topics.map(topicLabel).join('、')}
        </DetailRow>
      </DetailCard>

      <DetailCard title="走访小结" testId="visit-summary">
        <DetailText>{v.sharedSummary}</DetailText>
      </DetailCard>

      {v.view === 'station' ? (
        <>
          <DetailCard title="走访发现" testId="visit-findings">
            <DetailText>{v.findings}</DetailText>
          </DetailCard>
          {v.internalNote ? (
            <DetailCard title="内部备注" testId="visit-internal-note" internal>
              <DetailText>{v.internalNote}</DetailText>
            </DetailCard>
          ) : null}
          {v.requestIds.length ? (
            <DetailCard title={`发现的需求（已生成 ${v.requestIds.length} 条服务需求）`} testId="visit-requests">
              {v.requestIds.map((id, i) => (
                <Text
                  key={id}
                  className="visit-page__link"
                  data-testid="visit-request"
                  onClick={() => void Taro.navigateTo({ url: ROUTES.request(id) })}
                >
                  服务需求 {i + 1} ›
                </Text>
              ))}
            </DetailCard>
          ) : null}
          {v.holdings ? (
            <DetailCard title="知识产权数量（走访时核实）" testId="visit-holdings">
              {HOLDING_KIND.values.map((k) => (
                <DetailRow key={k} label={HOLDING_KIND.labels[k]} testId={`visit-holding-${k}`}>
                  {v.holdings![k]}
                </DetailRow>
              ))}
            </DetailCard>
          ) : null}
        </>
      ) : null}

      {v.photos.length ? (
        <DetailCard testId="visit-photos">
          <AttachmentList items={v.photos} title="现场照片" />
        </DetailCard>
      ) : null}

      {v.view === 'station' ? (
        <DetailCard>
          {v.location ? (
            <DetailRow label="走访地点" testId="visit-location">
              {v.location.name ?? `${v.location.latitude.toFixed(4)}, ${v.location.longitude.toFixed(4)}`}
            </DetailRow>
          ) : null}
          <DetailRow label="下次回访" testId="visit-follow-up">
            {v.nextFollowUpDate ?? '未安排'}
          </DetailRow>
          <DetailNote testId="visit-logged">
            {v.createdByName} 于 {stampOf(v.createdAt)} 登记
          </DetailNote>
        </DetailCard>
      ) : null}
      {v.view === 'station' ? <ReferClueButton sourceKind="visit" sourceId={v.id} /> : null}
    </>
  );
}

function Loaded({ visitId }: { visitId: string }) {
  const loaded = useLoad(() => getVisit({ visitId }), [visitId]);
  if (!loaded.data) {
    return <LoadStatus loaded={loaded} missing="走访记录不存在" />;
  }
  return <VisitView visit={loaded.data} />;
}

export default function VisitPage() {
  const { visitId = '' } = usePageParams();
  const session = useSession();
  return (
    <View className="visit-page">
      <RoleGate session={session} needs={['visit', 'getVisit']} what="查看走访记录">
        <Loaded key={session.acting?.id ?? ''} visitId={visitId} />
      </RoleGate>
    </View>
  );
}
