/**
 * One request in a list: its category and status, urgency and source, what was asked (first
 * lines), when, and — for the station — which company; for the company, which station. Who it is
 * assigned to, and while their answer is awaited, its due countdown (red once overdue).
 */
import { Text, View } from '@tarojs/components';
import type { RequestSummary } from '@core/contract';
import { stampOf } from '@/lib/format';
import { categoryLabel } from '../lib/labels';
import { DueTag } from './DueTag';
import { RequestTags } from './RequestTags';
import './RequestCard.scss';

interface RequestCardProps {
  request: RequestSummary;
  /** true: the viewer is the company (show the station); false: station staff (show the company). */
  asCompany: boolean;
  onOpen: (requestId: string) => void;
}

export function RequestCard({ request: r, asCompany, onOpen }: RequestCardProps) {
  return (
    <View
      className={`request-card request-card--${r.status}`}
      data-testid="request"
      data-id={r.id}
      data-status={r.status}
      onClick={() => onOpen(r.id)}
    >
      <View className="request-card__head">
        <Text className="request-card__title">{categoryLabel(r.category)}</Text>
        <RequestTags status={r.status} urgency={r.urgency} source={r.source} />
      </View>
      <Text className="request-card__line">{asCompany ? r.stationName : r.companyName}</Text>
      {r.assigneeName ? (
        <View className="request-card__assignee" data-testid="request-assignee">
          <Text className="request-card__line">指派：{r.assigneeName}</Text>
          {r.status === 'assigned' || r.overdue ? <DueTag respondBy={r.respondBy} overdue={r.overdue} /> : null}
        </View>
      ) : null}
      <Text className="request-card__text">{r.description}</Text>
      <Text className="request-card__line request-card__line--muted">
        {stampOf(r.createdAt)} 提交
        {r.handlerName ? ` · 办理人：${r.handlerName}` : ''}
        {r.attachmentCount ? ` · 附件 ${r.attachmentCount} 个` : ''}
      </Text>
    </View>
  );
}
