/**
 * The head of a station's evaluation: the station, the round, the self-evaluation's status (and
 * when it was submitted), and a correction asked for — what is missing, by when, and whether the
 * period ran out without one.
 */
import { Text, View } from '@tarojs/components';
import type { StationEvaluation } from '@core/contract';
import { stampOf } from '@/lib/format';
import { SubmissionStatusTag } from './StatusTags';

export function StationHead({ ev }: { ev: StationEvaluation }) {
  const c = ev.correction;
  return (
    <>
      <View className="eval-page__head">
        <Text className="eval-page__title" data-testid="station-name">
          {ev.stationName}
        </Text>
        <SubmissionStatusTag status={ev.status} />
      </View>
      <Text className="eval-page__sub" data-testid="round-title">
        {ev.round.title}
        {ev.submittedAt !== undefined ? ` · ${stampOf(ev.submittedAt)} 提交` : ''}
      </Text>
      {c ? (
        <View className={`eval-correction${c.lapsed ? ' eval-correction--lapsed' : ''}`} data-testid="correction">
          <Text className="eval-correction__title">退回补正（{stampOf(c.at)}）</Text>
          <Text className="eval-correction__text">{c.reasons}</Text>
          <Text className="eval-correction__due" data-testid="correction-due">
            补正期限：{stampOf(c.dueAt)}
            {c.lapsed ? ' · 已逾期未补正' : ''}
          </Text>
        </View>
      ) : null}
    </>
  );
}
