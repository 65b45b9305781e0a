/** A request's status, urgency and (when a visit found it) source, as coloured tags. */
import { View } from '@tarojs/components';
import { Tag } from '@nutui/nutui-react-taro';
import type { RequestSource } from '@core/enums';
import { sourceLabel, statusLabel, urgencyLabel, type RequestStatus, type RequestUrgency } from '../lib/labels';
import './RequestTags.scss';

const STATUS_TYPE = {
  submitted: 'warning',
  accepted: 'primary',
  assigned: 'warning',
  in_progress: 'info',
  referred: 'info',
  closed: 'success',
  cancelled: 'default',
} as const satisfies Record<RequestStatus, string>;

/** 一般 needs no tag: only what is urgent stands out in the queue. */
const URGENCY_TYPE = { normal: null, urgent: 'warning', critical: 'danger' } as const satisfies Record<
  RequestUrgency,
  string | null
>;

function RequestStatusTag({ status }: { status: RequestStatus }) {
  return (
    <View className="request-tags__tag" data-testid="request-status" data-status={status}>
      <Tag type={STATUS_TYPE[status] ?? 'default'}>{statusLabel(status)}</Tag>
    </View>
  );
}

interface RequestTagsProps {
  status?: RequestStatus;
  urgency: RequestUrgency;
  source: RequestSource;
}

export function RequestTags({ status, urgency, source }: RequestTagsProps) {
  const urgencyType = URGENCY_TYPE[urgency];
  return (
    <View className="request-tags">
      {status ? <RequestStatusTag status={status} /> : null}
      {urgencyType ? (
        <View className="request-tags__tag" data-testid="request-urgency" data-urgency={urgency}>
          <Tag type={urgencyType} plain>
            {urgencyLabel(urgency)}
          </Tag>
        </View>
      ) : null}
      {source === 'visit' ? (
        <View className="request-tags__tag" data-testid="request-source">
          <Tag type="info" plain>
            {sourceLabel(source)}
          </Tag>
        </View>
      ) : null}
    </View>
  );
}
