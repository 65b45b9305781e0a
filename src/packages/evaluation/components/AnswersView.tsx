/**
 * The station's self-evaluation for reading (the station once submitted, its reviewers, the admin):
 * per item the self-score, a figure typed over the system's with its justification, the note and
 * the evidence; 「未填写」 where the station gave nothing.
 */
import { Text, View } from '@tarojs/components';
import type { StationEvaluation } from '@core/contract';
import type { IndicatorItem } from '@core/rules/evaluation';
import { AttachmentList } from '@/components/AttachmentList';
import { IndicatorSections } from './IndicatorSections';

function Answer({ ev, item }: { ev: StationEvaluation; item: IndicatorItem }) {
  const a = ev.answers[item.id];
  return (
    <View className="eval-answer" data-testid="answer">
      <Text className="eval-answer__score" data-testid="self-score">
        自评分：{a?.selfScore === undefined ? '未填写' : `${a.selfScore} 分`}
      </Text>
      {a?.value !== undefined ? (
        <Text className="eval-answer__line eval-answer__line--changed" data-testid="changed-figure">
          填报数值：{a.value}（系统取数 {a.auto?.value ?? '暂无数据'}）；修改理由：{a.justification ?? ''}
        </Text>
      ) : null}
      {a?.note ? <Text className="eval-answer__line">说明：{a.note}</Text> : null}
      {a?.attachments.length ? <AttachmentList items={a.attachments} title="佐证材料" /> : null}
    </View>
  );
}

export function AnswersView({ ev }: { ev: StationEvaluation }) {
  return (
    <IndicatorSections set={ev.set} answers={ev.answers}>
      {(item) => <Answer ev={ev} item={item} />}
    </IndicatorSections>
  );
}
