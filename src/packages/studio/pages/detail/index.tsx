/**
 * 流动工作室申请详情 (?applicationId=): one application for a mobile studio (001 §6.2) as the caller
 * stands to it — the company that applied, an approver of the chain, the admin. The head says
 * where it stands (and, approved, the studio's number and its pages), 审批进度 the three stages and
 * every step, then the appendix A form as filled in and 人员配备 (001 §6.4) with its rule check.
 * What the caller may do comes from the server: decide at the stage (canDecide), correct and
 * resubmit what was returned (canResubmit), record the staff (canEditStaff); everyone may download
 * the application as a PDF. A step answers with the application as it is now; one someone else
 * took first is said and the application reloaded.
 */
import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { StudioApplication } from '@core/contract';
import { LoadStatus } from '@/components/ListStatus';
import { RoleGate } from '@/components/RoleGate';
import { useExport } from '@/hooks/useExport';
import { useLoad } from '@/hooks/useLoad';
import { usePageParams } from '@/hooks/usePageParams';
import { usePullToReload, useReloadOnReturn } from '@/hooks/usePageRefresh';
import { useSession } from '@/hooks/useSession';
import { ROUTES } from '@/lib/routes';
import { applicationPdf, getApplication } from '@/services/studio';
import { ApplicationForm } from './ApplicationForm';
import { ApplicationHead } from './ApplicationHead';
import { ApprovalProgress } from './ApprovalProgress';
import { DecisionPanel } from './DecisionPanel';
import { StaffSection } from './StaffSection';
import './index.scss';

function ApplicationView({ applicationId }: { applicationId: string }) {
  // Opened without an application (a stale link): nothing to ask the server for.
  const loaded = useLoad(
    () => (applicationId ? getApplication({ applicationId }) : Promise.resolve(null)),
    [applicationId],
  );
  // The application as the last step answered it, until the next load.
  const [updated, setUpdated] = useState<StudioApplication | null>(null);
  const [conflict, setConflict] = useState<string | null>(null);
  const pdf = useExport(() => applicationPdf({ applicationId }));

  const reload = async () => {
    setUpdated(null);
    await loaded.reload();
  };
  usePullToReload(reload);
  // Back from 修改后重新提交: the application was resubmitted there.
  useReloadOnReturn(reload);

  const onStep = (next: StudioApplication) => {
    setConflict(null);
    setUpdated(next);
  };
  const onMoved = (message: string) => {
    setConflict(message);
    void reload();
  };

  const a = updated ?? loaded.data;
  if (!a) return <LoadStatus loaded={loaded} missing="申请不存在或已无权查看" />;
  return (
    <>
      <ApplicationHead a={a} />
      {conflict ? (
        <Text className="studio-detail__conflict" data-testid="studio-conflict">
          {conflict}
        </Text>
      ) : null}
      <ApprovalProgress a={a} />
      <ApplicationForm a={a} />
      <StaffSection a={a} onSaved={onStep} onMoved={onMoved} />
      {a.canDecide ? <DecisionPanel key={a.stage} a={a} onDecided={onStep} onMoved={onMoved} /> : null}
      <View className="studio-detail__buttons">
        {a.canResubmit ? (
          <Button
            type="primary"
            block
            data-testid="resubmit"
            onClick={() => void Taro.navigateTo({ url: ROUTES.studioApply(a.id) }).catch(() => undefined)}
          >
            修改后重新提交
          </Button>
        ) : null}
        <Button
          type="primary"
          fill="outline"
          block
          loading={pdf.exporting}
          data-testid="download-pdf"
          onClick={() => void pdf.run()}
        >
          下载申请表（PDF）
        </Button>
      </View>
    </>
  );
}

export default function StudioApplicationPage() {
  const { applicationId = '' } = usePageParams();
  const session = useSession();
  return (
    <View className="studio-detail">
      <RoleGate session={session} needs={['studio', 'getApplication']} what="查看流动工作室申请">
        <ApplicationView key={session.acting?.id ?? ''} applicationId={applicationId} />
      </RoleGate>
    </View>
  );
}
