/**
 * 站点评价 (?roundId=&stationId=): one station's evaluation as the caller stands to it (`side`).
 *  - The station (its chief; no stationId): the self-evaluation form while it may be edited, else
 *    the answers; once published, the result and its report.
 *  - A reviewer assigned to it: the answers, then their own scoring (read-only once submitted),
 *    the vetoes recorded, and 退回补正 / 记录一票否决 / 声明回避.
 *  - The admin: the answers, every review, the vetoes, the result and its report, and 退回补正 /
 *    记录一票否决.
 * Each step shows the evaluation as the server answers it.
 */
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { StationEvaluation } from '@core/contract';
import { LoadStatus } from '@/components/ListStatus';
import { RoleGate } from '@/components/RoleGate';
import { useLoad } from '@/hooks/useLoad';
import { usePageParams } from '@/hooks/usePageParams';
import { useSession } from '@/hooks/useSession';
import { getStationEvaluation, stationReport } from '@/services/evaluation';
import { AnswersView } from '@/packages/evaluation/components/AnswersView';
import { CaseActions } from '@/packages/evaluation/components/CaseActions';
import { ResultCard } from '@/packages/evaluation/components/ResultCard';
import { ReviewForm, SubmittedReview } from '@/packages/evaluation/components/ReviewForm';
import { ReviewsList } from '@/packages/evaluation/components/ReviewsList';
import { SelfEvaluationForm } from '@/packages/evaluation/components/SelfEvaluationForm';
import { StationHead } from '@/packages/evaluation/components/StationHead';
import { VetoList } from '@/packages/evaluation/components/VetoList';
import '@/packages/evaluation/styles/evaluation.scss';

type Update = (next: StationEvaluation) => void;

/** Why the station reads its answers instead of editing them. */
function lockedNote(ev: StationEvaluation): string | null {
  if (ev.result || ev.round.status !== 'open') return null;
  return ev.status === 'submitted' ? '自评已提交，等待专家评审' : '自评已截止，不能再修改';
}

function StationSide({ ev, onUpdated }: { ev: StationEvaluation; onUpdated: Update }) {
  // A fresh form per status: a correction asked for reopens it from what was submitted.
  if (ev.editable) return <SelfEvaluationForm key={ev.status} ev={ev} onSaved={onUpdated} />;
  const note = lockedNote(ev);
  return (
    <>
      {note ? (
        <Text className="eval-form__hint" data-testid="locked">
          {note}
        </Text>
      ) : null}
      <AnswersView ev={ev} />
    </>
  );
}

function ReviewerSide({ ev, onUpdated }: { ev: StationEvaluation; onUpdated: Update }) {
  const own = ev.reviews[0];
  return (
    <>
      <AnswersView ev={ev} />
      <VetoList vetoes={ev.vetoes} />
      {own?.status === 'conflict' ? (
        <Text className="eval-form__hint">您已声明回避该站点的评审</Text>
      ) : own?.status === 'submitted' ? (
        <SubmittedReview ev={ev} />
      ) : ev.round.status === 'open' ? (
        <ReviewForm ev={ev} onSaved={onUpdated} />
      ) : null}
      <CaseActions ev={ev} onUpdated={onUpdated} />
    </>
  );
}

function EvaluationView({ roundId, stationId }: { roundId: string; stationId?: string }) {
  // Opened without a round (a stale link): nothing to ask the server for.
  const loaded = useLoad(
    () => (roundId ? getStationEvaluation({ roundId, ...(stationId ? { stationId } : {}) }) : Promise.resolve(null)),
    [roundId, stationId],
  );
  const [updated, setUpdated] = useState<StationEvaluation | null>(null);
  const ev = updated ?? loaded.data;
  if (!ev) return <LoadStatus loaded={loaded} missing="评价不存在或已无权查看" />;

  const report = () => stationReport({ roundId, ...(ev.side === 'admin' ? { stationId: ev.stationId } : {}) });
  return (
    <>
      <StationHead ev={ev} />
      {ev.result ? <ResultCard result={ev.result} vetoes={ev.vetoes} report={report} /> : null}
      {ev.side === 'station' ? (
        <StationSide ev={ev} onUpdated={setUpdated} />
      ) : ev.side === 'reviewer' ? (
        <ReviewerSide ev={ev} onUpdated={setUpdated} />
      ) : (
        <>
          <ReviewsList reviews={ev.reviews} />
          {ev.result ? null : <VetoList vetoes={ev.vetoes} />}
          <CaseActions ev={ev} onUpdated={setUpdated} />
          <AnswersView ev={ev} />
        </>
      )}
    </>
  );
}

export default function EvaluationStationPage() {
  const { roundId = '', stationId } = usePageParams();
  const session = useSession();
  return (
    <View className="eval-page">
      <RoleGate session={session} needs={['evaluation', 'getStationEvaluation']} what="查看站点评价">
        <EvaluationView key={session.acting?.id ?? ''} roundId={roundId} stationId={stationId} />
      </RoleGate>
    </View>
  );
}
