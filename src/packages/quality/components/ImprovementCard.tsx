/**
 * One improvement action: where the finding came from, its status (逾期 once past due and still
 * open), the finding, the measure, the owner and the due date — and the station when the list
 * spans several. Tapping it opens what was done (整改情况, 整改材料, who and when) once done. The
 * owner (or the chief) of an open one gets 完成整改, whose panel opens in the card.
 */
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { ImprovementView } from '@core/contract';
import { AttachmentList } from '@/components/AttachmentList';
import { stampOf } from '@/lib/format';
import { sourceTitle } from '../lib/labels';
import { CompletePanel } from './CompletePanel';
import { ImprovementStatusTag } from './ImprovementStatusTag';
import './ImprovementCard.scss';

interface ImprovementCardProps {
  item: ImprovementView;
  /** Whether the caller may complete it (the owner, or the chief), while it is open. */
  canComplete: boolean;
  withStation?: boolean;
  onUpdated: (updated: ImprovementView) => void;
}

function Done({ item }: { item: ImprovementView }) {
  return (
    <View className="improvement-card__done" data-testid="improvement-evidence">
      <Text className="improvement-card__label">整改情况</Text>
      <Text className="improvement-card__text">{item.evidence}</Text>
      <AttachmentList items={item.attachments} title="整改材料" />
      {item.doneAt !== undefined ? (
        <Text className="improvement-card__line improvement-card__line--muted">
          {item.doneByName} 于 {stampOf(item.doneAt)} 完成
        </Text>
      ) : null}
    </View>
  );
}

export function ImprovementCard({ item, canComplete, withStation, onUpdated }: ImprovementCardProps) {
  const [open, setOpen] = useState(false);
  const [completing, setCompleting] = useState(false);
  const done = item.status === 'done';
  return (
    <View className="improvement-card" data-testid="improvement" data-id={item.id} data-status={item.status}>
      <View onClick={() => setOpen((o) => !o)}>
        <View className="improvement-card__head">
          <Text className="improvement-card__title">{sourceTitle(item.source)}</Text>
          <ImprovementStatusTag status={item.status} overdue={item.overdue} />
        </View>
        {withStation ? <Text className="improvement-card__line">{item.stationName}</Text> : null}
        <Text className="improvement-card__line">发现的问题：{item.finding}</Text>
        <Text className="improvement-card__line">整改措施：{item.measure}</Text>
        <Text className="improvement-card__line">责任人：{item.ownerName}</Text>
        <Text
          className={`improvement-card__line${item.overdue ? ' improvement-card__line--late' : ''}`}
          data-testid="improvement-due"
        >
          整改期限：{item.dueDate}
        </Text>
        {done && open ? <Done item={item} /> : null}
        {done && !open ? <Text className="improvement-card__more">查看整改情况</Text> : null}
      </View>
      {!done && canComplete && completing ? (
        <CompletePanel
          improvementId={item.id}
          onCancel={() => setCompleting(false)}
          onDone={(updated) => {
            setCompleting(false);
            setOpen(true);
            onUpdated(updated);
          }}
        />
      ) : null}
      {!done && canComplete && !completing ? (
        <View className="improvement-card__actions">
          <Button size="small" type="primary" onClick={() => setCompleting(true)}>
            完成整改
          </Button>
        </View>
      ) : null}
    </View>
  );
}
