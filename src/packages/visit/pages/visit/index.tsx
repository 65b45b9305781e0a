/**
 * 走访详情 (?visitId=): one visit. Company staff read what the station shared — when, how, the
 * topics, the summary and the photos (the server's company view has nothing else, so nothing
 * here can show it). Station staff also read who went and who was met, what was found, the
 * internal note, the holdings checked, the needs turned into requests, where, and the follow-up.
 */
import type { ReactNode } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { Visit } from '../../../../../core/contract';
import { HOLDING_KIND } from '../../../../../core/enums';
import { AttachmentList } from '../../../../components/AttachmentList';
import { ListStatus } from '../../../../components/ListStatus';
import { useLoad } from '../../../../hooks/useLoad';
import { usePageParams } from '../../../../hooks/usePageParams';
import { ROUTES } from '../../../../lib/routes';
import { getVisit } from '../../../../services/visit';
import { RoleGate } from '../../../../components/RoleGate';
import { useSession } from '../../../../hooks/useSession';
import { formLabel, stampOf, topicLabel } from '../../lib/labels';
import './index.scss';

function Row({ label, children, name }: { label: string; children: ReactNode; name: string }) {
  return (
    <View className="visit-page__row" data-testid={`visit-${name}`}>
      <Text className="visit-page__label">{label}</Text>
      <Text className="visit-page__value">{children}</Text>
    </View>
  );
}

function Section({
  title,
  children,
  name,
  internal,
}: {
  title: string;
  children: ReactNode;
  name: string;
  internal?: boolean;
}) {
  return (
    <View className={`visit-page__card${internal ? ' visit-page__card--internal' : ''}`} data-testid={`visit-${name}`}>
      <Text className="visit-page__section">{title}</Text>
      {children}
    </View>
  );
}

function VisitView({ visit: v }: { visit: Visit }) {
  return (
    <>
      <View className="visit-page__card">
        <Text className="visit-page__title">{v.view === 'company' ? v.stationName : v.companyName}</Text>
        <Row label="走访时间" name="when">
          {stampOf(v.visitedAt)}
        </Row>
        <Row label="走访形式" name="form">
          {formLabel(v.form)}
        </Row>
        {v.view === 'station' ? (
          <>
            <Row label="服务站点" name="station">
              {v.stationName}
            </Row>
            <Row label="走访人员" name="visitors">
              {v.visitors.join('、')}
            </Row>
            <Row label="受访人员" name="met">
              {v.met}
            </Row>
          </>
        ) : null}
        <Row label="走访主题" name="topics">
          {v.topics.map(topicLabel).join('、')}
        </Row>
      </View>

      <Section title="走访小结" name="summary">
        <Text className="visit-page__text">{v.sharedSummary}</Text>
      </Section>

      {v.view === 'station' ? (
        <>
          <Section title="走访发现" name="findings">
            <Text className="visit-page__text">{v.findings}</Text>
          </Section>
          {v.internalNote ? (
            <Section title="内部备注" name="internal-note" internal>
              <Text className="visit-page__text">{v.internalNote}</Text>
              <Text className="visit-page__tip">仅工作站人员可见，企业看不到</Text>
            </Section>
          ) : null}
          {v.requestIds.length ? (
            <Section title={`发现的需求（已生成 ${v.requestIds.length} 条服务需求）`} name="requests">
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
            </Section>
          ) : null}
          {v.holdings ? (
            <Section title="知识产权数量（走访时核实）" name="holdings">
              {HOLDING_KIND.values.map((k) => (
                <Row key={k} label={HOLDING_KIND.labels[k]} name={`holding-${k}`}>
                  {v.holdings![k]}
                </Row>
              ))}
            </Section>
          ) : null}
        </>
      ) : null}

      {v.photos.length ? (
        <View className="visit-page__card" data-testid="visit-photos">
          <AttachmentList items={v.photos} title="现场照片" />
        </View>
      ) : null}

      {v.view === 'station' ? (
        <View className="visit-page__card">
          {v.location ? (
            <Row label="走访地点" name="location">
              {v.location.name ?? `${v.location.latitude.toFixed(4)}, ${v.location.longitude.toFixed(4)}`}
            </Row>
          ) : null}
          <Row label="下次回访" name="follow-up">
            {v.nextFollowUpDate ?? '未安排'}
          </Row>
          <Text className="visit-page__tip" data-testid="visit-logged">
            {v.createdByName} 于 {stampOf(v.createdAt)} 登记
          </Text>
        </View>
      ) : null}
    </>
  );
}

function Loaded({ visitId }: { visitId: string }) {
  const loaded = useLoad(() => getVisit({ visitId }), [visitId]);
  if (!loaded.data) {
    return (
      <ListStatus
        loading={loaded.loading}
        error={loaded.error}
        empty
        emptyText="走访记录不存在"
        onRetry={() => void loaded.reload()}
      />
    );
  }
  return <VisitView visit={loaded.data} />;
}

export default function VisitPage() {
  const { visitId = '' } = usePageParams();
  const session = useSession();
  return (
    <View className="visit-page">
      <RoleGate session={session} roles={['company', 'liaison', 'chief', 'admin']} what="查看走访记录">
        <Loaded key={session.acting?.id ?? ''} visitId={visitId} />
      </RoleGate>
    </View>
  );
}
