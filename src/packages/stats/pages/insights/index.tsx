/**
 * 企业关注 (004 §6.1.3 d): what the station's companies asked about in a period — consultation
 * categories, the words of their questions, the topics they want trained next, the needs found on
 * visits — and the trainings and visits suggested from it, each with its evidence. One tap turns a
 * training into a draft to publish, or a visit into a planned one (a 走访计划 on 工作台).
 */
import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { Insights } from '@core/contract';
import { addDays, shanghaiDate } from '@core/rules/time';
import { LoadStatus } from '@/components/ListStatus';
import { RoleGate } from '@/components/RoleGate';
import { picksStation } from '@/lib/access';
import { usePageParams } from '@/hooks/usePageParams';
import { useSession } from '@/hooks/useSession';
import { admits } from '@/lib/access';
import { toastError, toastOk } from '@/lib/feedback';
import { ROUTES } from '@/lib/routes';
import { insights as loadInsights, planVisit } from '@/services/stats';
import { useAppStore } from '@/store';
import { Chart } from '../../components/Chart';
import { PeriodPicker } from '../../components/PeriodPicker';
import { barOption } from '../../lib/options';
import { useStationPeriod } from '../../lib/useStationPeriod';
import '../../stats.scss';

/** How far ahead a planned visit is due (the liaison's week to fit it in). */
const PLAN_AHEAD_DAYS = 7;

type Suggestion = Insights['suggestions'][number];

function Counted({
  title,
  items,
  testId,
}: {
  title: string;
  items: Array<{ name: string; value: number }>;
  testId: string;
}) {
  return (
    <View className="stat-card" data-testid={testId}>
      <Text className="stat-card__title">{title}</Text>
      {items.length ? (
        <>
          <Chart option={barOption(items.slice(0, 8))} height={Math.max(120, Math.min(items.length, 8) * 28 + 30)} />
          <View className="stat-breakdown__list">
            {items.map((i) => (
              <View key={i.name} className="stat-breakdown__item">
                <Text>{i.name}</Text>
                <Text className="stat-breakdown__value">{i.value}</Text>
              </View>
            ))}
          </View>
        </>
      ) : (
        <Text className="stat-card__empty">本期暂无数据</Text>
      )}
    </View>
  );
}

function SuggestionCard({ s, canDraft, canPlan }: { s: Suggestion; canDraft: boolean; canPlan: boolean }) {
  const [planned, setPlanned] = useState(false);
  const [busy, setBusy] = useState(false);
  const plan = async () => {
    if (busy || planned || !s.company) return;
    setBusy(true);
    try {
      const dueDate = addDays(shanghaiDate(Date.now()), PLAN_AHEAD_DAYS);
      await planVisit({ companyId: s.company.id, dueDate });
      setPlanned(true);
      toastOk(`已安排 ${dueDate} 走访`);
    } catch (e) {
      toastError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <View className="stat-card" data-testid="suggestion" data-suggestion={s.id}>
      <Text className="stat-card__title">
        {s.kind === 'training' ? '建议培训：' : '建议走访：'}
        {s.kind === 'training' ? s.title : s.company?.name}
      </Text>
      <Text className="stat-page__hint">{s.reason}</Text>
      {s.examples.map((q) => (
        <Text key={q} className="stat-suggestion__example">
          “{q}”
        </Text>
      ))}
      {s.kind === 'training' && s.draft && canDraft ? (
        <Button
          size="small"
          type="primary"
          fill="outline"
          data-testid="draft-training"
          onClick={() => void Taro.navigateTo({ url: ROUTES.trainingDraft(s.draft!.title, s.draft!.description) })}
        >
          生成培训草稿
        </Button>
      ) : null}
      {s.kind === 'visit' && canPlan ? (
        <Button
          size="small"
          type="primary"
          fill="outline"
          loading={busy}
          disabled={planned}
          data-testid="plan-visit"
          onClick={() => void plan()}
        >
          {planned ? '已安排走访' : `安排走访（${PLAN_AHEAD_DAYS}天内）`}
        </Button>
      ) : null}
    </View>
  );
}

function InsightsView({ admin, fixedStation }: { admin: boolean; fixedStation?: string }) {
  const acting = useAppStore((s) => s.acting());
  const { today, period, setPeriod, picker, waiting, loaded } = useStationPeriod(admin, fixedStation, (p, station) =>
    loadInsights({ period: p, ...(station ? { stationId: station } : {}) }),
  );
  const data = loaded.data;
  const canDraft = acting?.role === 'chief' && admits(acting, ['training', 'createSession']);
  const canPlan = admits(acting, ['stats', 'planVisit']);
  return (
    <View className="stat-page">
      {picker}
      <PeriodPicker value={period} today={today} onChange={setPeriod} />
      {waiting ? <Text className="stat-page__hint">请选择要查看的服务站点</Text> : null}
      {data ? (
        <>
          <View className="stat-page__head" data-testid="insights-scope">
            <Text className="stat-page__scope">{data.scopeName}</Text>
            <Text className="stat-page__range">
              {data.period.label}（{data.period.from} 至 {data.period.to}），共 {data.consults} 次咨询
            </Text>
          </View>
          <Text className="stat-card__title">建议</Text>
          {data.suggestions.length ? (
            data.suggestions.map((s) => <SuggestionCard key={s.id} s={s} canDraft={canDraft} canPlan={canPlan} />)
          ) : (
            <Text className="stat-page__hint" data-testid="no-suggestions">
              本期证据不足，暂无培训或走访建议（至少 3 次相同类别的咨询或问卷需求）
            </Text>
          )}
          <Counted
            title="咨询类别"
            testId="insight-categories"
            items={data.categories.map((c) => ({ name: c.name, value: c.count }))}
          />
          <Counted
            title="问题高频词"
            testId="insight-keywords"
            items={data.keywords.map((k) => ({ name: k.word, value: k.count }))}
          />
          <Counted
            title="问卷中希望的培训主题"
            testId="insight-topics"
            items={data.wantedTopics.map((t) => ({ name: t.topic, value: t.count }))}
          />
          <Counted
            title="走访发现的需求"
            testId="insight-needs"
            items={data.visitNeeds.map((n) => ({ name: n.name, value: n.count }))}
          />
        </>
      ) : null}
      {!waiting && (!data || loaded.error) ? <LoadStatus loaded={loaded} missing="暂无数据" /> : null}
    </View>
  );
}

export default function InsightsPage() {
  const session = useSession();
  const params = usePageParams();
  return (
    <RoleGate session={session} needs={['stats', 'insights']} what="查看企业关注">
      <InsightsView admin={picksStation(session.acting)} fixedStation={params.stationId || undefined} />
    </RoleGate>
  );
}
