/**
 * One complaint in a list: what it is about (the kind and the service or person), its status
 * (and 超时 once its answer is late), the station, when the answer is due while one is owed, when
 * it was filed — and for the handler, who complained and for which company.
 */
import { Text, View } from '@tarojs/components';
import type { ComplaintSummary } from '@core/contract';
import { stampOf } from '@/lib/format';
import { subjectTitle } from '../lib/labels';
import { ComplaintStatusTag } from './ComplaintStatusTag';
import './ComplaintCard.scss';

interface ComplaintCardProps {
  complaint: ComplaintSummary;
  /** The handler's queue: who complained, and their company. */
  withComplainant?: boolean;
  onOpen: (complaintId: string) => void;
}

export function ComplaintCard({ complaint: c, withComplainant, onOpen }: ComplaintCardProps) {
  return (
    <View
      className="complaint-card"
      data-testid="complaint"
      data-id={c.id}
      data-status={c.status}
      onClick={() => onOpen(c.id)}
    >
      <View className="complaint-card__head">
        <Text className="complaint-card__title">{subjectTitle(c)}</Text>
        <ComplaintStatusTag status={c.status} overdue={c.overdue} />
      </View>
      <Text className="complaint-card__line">{c.stationName}</Text>
      {withComplainant ? (
        <Text className="complaint-card__line" data-testid="complaint-complainant">
          投诉人：{c.complainantName}
          {c.companyName !== c.complainantName ? ` · ${c.companyName}` : ''}
        </Text>
      ) : null}
      {c.dueAt !== undefined ? (
        <Text
          className={`complaint-card__line${c.overdue ? ' complaint-card__line--late' : ''}`}
          data-testid="complaint-due"
        >
          答复期限：{stampOf(c.dueAt)}
        </Text>
      ) : null}
      <Text className="complaint-card__line complaint-card__line--muted">{stampOf(c.createdAt)} 投诉</Text>
    </View>
  );
}
