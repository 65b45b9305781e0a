/**
 * 培训需求统计 (the chief): the topics the station's trainees want next — counted over every
 * satisfaction questionnaire of the station's trainings, or those submitted within a date
 * range — most wanted first: the input for planning the next trainings.
 */
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { PickerField } from '@/components/FormField';
import { ListStatus } from '@/components/ListStatus';
import { useLoad } from '@/hooks/useLoad';
import { usePullToReload } from '@/hooks/usePageRefresh';
import { wantedTopics } from '@/services/survey';
import { RoleGate } from '@/components/RoleGate';
import { useSession } from '@/hooks/useSession';
import { percentOf } from '@/packages/survey/lib/survey';
import './index.scss';

function Topics({ stationId }: { stationId: string }) {
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const loaded = useLoad(
    () => wantedTopics({ stationId, ...(from ? { from } : {}), ...(to ? { to } : {}) }),
    [stationId, from, to],
  );
  usePullToReload(loaded.reload);
  const data = loaded.data;
  const top = data?.items[0]?.count ?? 0;

  return (
    <>
      <View className="topics__range">
        <PickerField
          name="from"
          label="开始日期"
          mode="date"
          value={from}
          onChange={setFrom}
          end={to || undefined}
          placeholder="不限"
        />
        <PickerField
          name="to"
          label="结束日期"
          mode="date"
          value={to}
          onChange={setTo}
          start={from || undefined}
          placeholder="不限"
        />
        {from || to ? (
          <Text
            className="topics__clear"
            data-testid="topics-clear"
            onClick={() => {
              setFrom('');
              setTo('');
            }}
          >
            清除日期
          </Text>
        ) : null}
      </View>
      {data && !loaded.error ? (
        <Text className="topics__summary" data-testid="topics-summary">
          共 {data.responses} 份问卷，来自 {data.sessions} 场培训
        </Text>
      ) : null}
      {data && !loaded.error
        ? data.items.map((t, i) => (
            <View
              key={t.topic}
              className="topics__item"
              data-testid="topic"
              data-topic={t.topic}
              data-count={String(t.count)}
            >
              <Text className="topics__rank">{i + 1}</Text>
              <View className="topics__body">
                <Text className="topics__name">{t.topic}</Text>
                <View className="topics__track">
                  <View className="topics__fill" style={{ width: `${percentOf(t.count, top)}%` }} />
                </View>
              </View>
              <Text className="topics__count">{t.count} 人</Text>
            </View>
          ))
        : null}
      <ListStatus
        loading={loaded.loading}
        error={loaded.error}
        empty={!data || data.items.length === 0}
        emptyText={from || to ? '所选日期内还没有人填写希望的培训主题' : '还没有人填写希望的培训主题'}
        onRetry={() => void loaded.reload()}
      />
    </>
  );
}

export default function TopicsPage() {
  const session = useSession();
  const stationId = session.acting?.stationId;
  return (
    <View className="topics">
      <RoleGate session={session} roles={['chief']} what="查看培训需求统计">
        {stationId ? <Topics key={session.acting!.id} stationId={stationId} /> : null}
      </RoleGate>
    </View>
  );
}
