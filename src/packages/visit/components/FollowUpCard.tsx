/**
 * One follow-up (回访) owed: the company, what to follow up, when it is due (overdue in red), where
 * it came from (a visit, a consultation, a request: tap to open it), and for an open one 完成回访:
 * a short 回访记录, sent once (a retry of the same completion reuses its request id).
 */
import { useCallback, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button, Tag } from '@nutui/nutui-react-taro';
import type { FollowUp } from '@core/contract';
import { FOLLOW_UP_RECORD_MAX, FOLLOW_UP_RECORD_MIN } from '@core/rules/visits';
import { TextField } from '@/components/FormField';
import { useSubmit } from '@/hooks/useSubmit';
import { toastInfo, toastOk } from '@/lib/feedback';
import { completeFollowUp } from '@/services/visit';
import { sourceLabel, stampOf } from '../lib/labels';
import './FollowUpCard.scss';

export interface FollowUpCardProps {
  followUp: FollowUp;
  /** Shown to a chief: whose follow-up it is. */
  showOwner: boolean;
  /** Opens where it came from; null when that has no page here. */
  onOpenSource: ((f: FollowUp) => void) | null;
  onCompleted: () => void;
}

const DUE_TEXT = { overdue: '已逾期', today: '今日到期', upcoming: '待回访' } as const;

function CompletePanel({
  followUp,
  onDone,
  onCancel,
}: {
  followUp: FollowUp;
  onDone: () => void;
  onCancel: () => void;
}) {
  const [record, setRecord] = useState('');
  const send = useCallback(
    (clientRequestId: string) => completeFollowUp({ clientRequestId, followUpId: followUp.id, record: record.trim() }),
    [followUp.id, record],
  );
  const { submit, submitting, fieldErrors, setFieldErrors } = useSubmit(send);
  const onSubmit = async () => {
    if (record.trim().length < FOLLOW_UP_RECORD_MIN) {
      setFieldErrors({ record: '回访记录：请简要记录回访情况' });
      toastInfo('请简要记录回访情况');
      return;
    }
    if (await submit()) {
      toastOk('已记录回访');
      onDone();
    }
  };
  return (
    <View className="follow-up-card__panel" data-testid="complete-panel">
      <TextField
        name="record"
        label="回访记录"
        value={record}
        onChange={setRecord}
        error={fieldErrors.record}
        placeholder="回访方式、企业反馈、后续安排"
        maxLength={FOLLOW_UP_RECORD_MAX}
        multiline
        required
      />
      <View className="follow-up-card__actions">
        <Button size="small" fill="outline" onClick={onCancel}>
          取消
        </Button>
        <Button size="small" type="primary" loading={submitting} onClick={() => void onSubmit()}>
          提交回访记录
        </Button>
      </View>
    </View>
  );
}

export function FollowUpCard({ followUp: f, showOwner, onOpenSource, onCompleted }: FollowUpCardProps) {
  const [completing, setCompleting] = useState(false);
  return (
    <View className="follow-up-card" data-testid="follow-up" data-id={f.id}>
      <View className="follow-up-card__head">
        <Text className="follow-up-card__company">{f.companyName}</Text>
        {f.due ? (
          <Tag type={f.due === 'overdue' ? 'danger' : f.due === 'today' ? 'warning' : 'primary'}>{DUE_TEXT[f.due]}</Tag>
        ) : (
          <Tag type="success">已回访</Tag>
        )}
      </View>
      <Text className="follow-up-card__subject">{f.subject}</Text>
      <Text className="follow-up-card__meta">
        应回访日期 {f.dueDate} · 来源：{sourceLabel(f.source)}
        {showOwner ? ` · ${f.ownerName}` : ''}
      </Text>
      {f.status === 'done' ? (
        <View className="follow-up-card__record" data-testid="follow-up-record">
          <Text>{f.record}</Text>
          <Text className="follow-up-card__meta">
            {f.doneByName} 于 {f.doneAt ? stampOf(f.doneAt) : ''} 回访
          </Text>
        </View>
      ) : null}
      <View className="follow-up-card__links">
        {onOpenSource ? (
          <Text className="follow-up-card__link" onClick={() => onOpenSource(f)}>
            查看{sourceLabel(f.source)}
          </Text>
        ) : null}
        {f.status === 'open' && !completing ? (
          <Text className="follow-up-card__link" data-testid="complete" onClick={() => setCompleting(true)}>
            完成回访
          </Text>
        ) : null}
      </View>
      {completing ? (
        <CompletePanel
          followUp={f}
          onCancel={() => setCompleting(false)}
          onDone={() => {
            setCompleting(false);
            onCompleted();
          }}
        />
      ) : null}
    </View>
  );
}
