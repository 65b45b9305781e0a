/**
 * 评价轮次 (?roundId=, admin): the round's settings and its ranking (否决 in red; a row opens the
 * station), 导出Excel (the ranking, then every reviewer's scores) and 公布结果 — asked once more,
 * since every station then reads its grade and report; the round then reloads and shows 已公布
 * with the time instead of the button. Coming back from a station reloads (a veto recorded there).
 */
import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { LoadStatus } from '@/components/ListStatus';
import { RoleGate } from '@/components/RoleGate';
import { useExport } from '@/hooks/useExport';
import { useLoad } from '@/hooks/useLoad';
import { usePageParams } from '@/hooks/usePageParams';
import { usePullToReload, useReloadOnReturn } from '@/hooks/usePageRefresh';
import { useSession } from '@/hooks/useSession';
import { confirm, toastError, toastOk } from '@/lib/feedback';
import { stampOf } from '@/lib/format';
import { ROUTES } from '@/lib/routes';
import { exportRound, publishRound, roundResults } from '@/services/evaluation';
import { RankingTable } from '@/packages/evaluation/components/RankingTable';
import { RoundFacts } from '@/packages/evaluation/components/RoundFacts';
import '@/packages/evaluation/styles/evaluation.scss';

function publishWarning(unscored: number): string {
  const left = unscored ? `仍有 ${unscored} 个站点尚未评分。` : '';
  return `${left}公布后各参评站点将看到本站的评价等级、得分和评价报告，评审专家不能再评分，且不能撤回。确定公布吗？`;
}

function Round({ roundId }: { roundId: string }) {
  const loaded = useLoad(() => (roundId ? roundResults({ roundId }) : Promise.resolve(null)), [roundId]);
  usePullToReload(loaded.reload);
  useReloadOnReturn(loaded.reload);
  const exported = useExport(() => exportRound({ roundId }));
  const [publishing, setPublishing] = useState(false);

  const data = loaded.data;
  if (!data) return <LoadStatus loaded={loaded} missing="评价轮次不存在或已无权查看" />;
  const { round, rows } = data;

  const publish = async () => {
    const unscored = rows.filter((r) => r.score === null && !r.vetoed).length;
    if (publishing || !(await confirm('公布结果', publishWarning(unscored)))) return;
    setPublishing(true);
    try {
      await publishRound({ roundId });
      toastOk('结果已公布');
      await loaded.reload();
    } catch (e) {
      toastError(e);
    } finally {
      setPublishing(false);
    }
  };

  return (
    <>
      <RoundFacts round={round} />
      <View className="eval-page__bar">
        <Button
          type="primary"
          fill="outline"
          size="small"
          loading={exported.exporting}
          onClick={() => void exported.run()}
        >
          导出Excel
        </Button>
        {round.status === 'published' ? (
          <Text className="eval-page__published" data-testid="published">
            已公布 · {round.publishedAt !== undefined ? stampOf(round.publishedAt) : ''}
          </Text>
        ) : (
          <Button type="primary" size="small" loading={publishing} onClick={() => void publish()}>
            公布结果
          </Button>
        )}
      </View>
      <Text className="eval-page__section">排名（{rows.length} 个站点）</Text>
      <RankingTable
        rows={rows}
        onOpen={(stationId) => void Taro.navigateTo({ url: ROUTES.evaluationStation(roundId, stationId) })}
      />
    </>
  );
}

export default function EvaluationRoundPage() {
  const { roundId = '' } = usePageParams();
  const session = useSession();
  return (
    <View className="eval-page">
      <RoleGate session={session} needs={['evaluation', 'roundResults']} what="查看评价轮次">
        <Round key={session.acting?.id ?? ''} roundId={roundId} />
      </RoleGate>
    </View>
  );
}
