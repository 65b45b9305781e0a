/**
 * 新建评价轮次 (admin): the year (last year by default) and name, the indicator-table version, the
 * stations evaluated, which reviewer reviews which of them, the deadlines, the correction period
 * and what a missed correction means, and the grade thresholds. Checked as the server checks
 * before sending (deadlines in order, thresholds descending, a station and an assignment at
 * least); a double tap or a retry opens the round once (useSubmit keeps one clientRequestId per
 * intent). Opened, the round's page replaces this one.
 */
import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { RoleGate } from '@/components/RoleGate';
import { useFieldBinder, type FieldBinder } from '@/hooks/useFieldBinder';
import { useLoad } from '@/hooks/useLoad';
import { useSession } from '@/hooks/useSession';
import { useSubmit } from '@/hooks/useSubmit';
import { toastOk } from '@/lib/feedback';
import { ROUTES } from '@/lib/routes';
import { listStations } from '@/services/directory';
import { createRound, listIndicatorSets, listReviewers } from '@/services/evaluation';
import { ReviewerAssignments } from '@/packages/evaluation/components/ReviewerAssignments';
import { RoundBasicsFields } from '@/packages/evaluation/components/RoundBasicsFields';
import { RoundRulesFields } from '@/packages/evaluation/components/RoundRulesFields';
import { StationChoice } from '@/packages/evaluation/components/StationChoice';
import {
  clearsOf,
  initialRoundDraft,
  roundErrors,
  roundInput,
  type RoundDraft,
} from '@/packages/evaluation/lib/round-form';
import '@/packages/evaluation/styles/evaluation.scss';

/** What the form picks from: the table versions, the network's stations, the reviewers. */
function useRoundOptions() {
  const sets = useLoad(() => listIndicatorSets({}), []);
  const stations = useLoad(() => listStations({ pageSize: 50 }), []);
  const reviewers = useLoad(() => listReviewers({}), []);
  return { sets, stations, reviewers };
}

function RoundForm() {
  const { sets, stations, reviewers } = useRoundOptions();
  const { submitChecked, submitting, fieldErrors, setFieldErrors } = useSubmit((clientRequestId: string) =>
    createRound(roundInput(form.values, clientRequestId)),
  );
  const form: FieldBinder<RoundDraft> = useFieldBinder<RoundDraft>(() => initialRoundDraft(Date.now()), {
    errors: [fieldErrors, setFieldErrors],
    clearsOf,
  });
  const stationOptions = (stations.data?.items ?? []).map((s) => ({ value: s.id, label: s.name }));
  const stationStatus = stations.loading
    ? '正在加载…'
    : (stations.error ?? (stationOptions.length ? undefined : '暂无服务站点'));

  const onSubmit = async () => {
    const round = await submitChecked(roundErrors(form.values));
    if (!round) return;
    toastOk('评价轮次已创建');
    void Taro.redirectTo({ url: ROUTES.evaluationRound(round.id) });
  };

  return (
    <View className="eval-form">
      <RoundBasicsFields form={form} sets={sets} />
      <StationChoice form={form} stations={stationOptions} status={stationStatus} />
      <ReviewerAssignments form={form} reviewers={reviewers} stations={stationOptions} />
      <RoundRulesFields form={form} />
      <View className="eval-form__footer">
        <Button type="primary" block loading={submitting} onClick={() => void onSubmit()}>
          创建评价轮次
        </Button>
      </View>
    </View>
  );
}

export default function EvaluationRoundNewPage() {
  const session = useSession();
  return (
    <View className="eval-page">
      <RoleGate session={session} needs={['evaluation', 'listIndicatorSets']} what="新建评价轮次">
        <RoundForm key={session.acting?.id ?? ''} />
      </RoleGate>
    </View>
  );
}
