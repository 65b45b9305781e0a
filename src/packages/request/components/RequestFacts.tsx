/**
 * The head of a request's page: what was asked for, its tags, the company and station, who raised
 * it, who handles it, who it is assigned to (an expert, a liaison, or an outside agency with its
 * contact) and, while the assignee's answer is awaited, its due countdown.
 */
import { Text, View } from '@tarojs/components';
import type { ServiceRequest } from '@core/contract';
import { ASSIGNEE_KIND, labelOf } from '@core/enums';
import { DetailCard, DetailRow } from '@/components/DetailCard';
import { stampOf } from '@/lib/format';
import { categoryLabel } from '../lib/labels';
import { DueTag } from './DueTag';
import { RequestTags } from './RequestTags';

function Assignee({ r }: { r: ServiceRequest }) {
  if (r.agency) {
    return (
      <DetailRow label="转介机构" testId="detail-agency">
        {r.agency.name}（{r.agency.contact}）
      </DetailRow>
    );
  }
  if (!r.assigneeName) return null;
  return (
    <DetailRow label="指派给" testId="detail-assignee">
      {r.assigneeName}
      {r.assigneeKind ? `（${labelOf(ASSIGNEE_KIND, r.assigneeKind)}）` : ''}
      {r.status === 'assigned' ? ' · 待接受' : ''}
    </DetailRow>
  );
}

export function RequestFacts({ r, now }: { r: ServiceRequest; now: number }) {
  const waiting = r.status === 'assigned';
  return (
    <DetailCard>
      <View className="request-detail__head">
        <Text className="request-detail__title">{categoryLabel(r.category)}</Text>
        <RequestTags status={r.status} urgency={r.urgency} source={r.source} />
      </View>
      <DetailRow label="企业" testId="detail-company">
        {r.companyName}
      </DetailRow>
      <DetailRow label="服务站点" testId="detail-station">
        {r.stationName}
      </DetailRow>
      <DetailRow label="提交人" testId="detail-created-by">
        {r.createdByName} · {stampOf(r.createdAt)}
      </DetailRow>
      {r.handlerName ? (
        <DetailRow label="办理人" testId="detail-handler">
          {r.handlerName}
        </DetailRow>
      ) : null}
      <Assignee r={r} />
      {r.assignNote ? <DetailRow label="指派说明">{r.assignNote}</DetailRow> : null}
      {waiting && r.respondBy !== undefined ? (
        <DetailRow label="响应期限" testId="detail-respond-by">
          <View className="request-detail__due">
            <Text>{stampOf(r.respondBy)}</Text>
            <DueTag respondBy={r.respondBy} overdue={r.overdue} now={now} />
          </View>
        </DetailRow>
      ) : null}
    </DetailCard>
  );
}
