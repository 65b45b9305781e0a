/**
 * 申请设立流动工作室 (?applicationId=): company staff fill in appendix A (table A.1) for their
 * company, or correct an application an approver returned.
 *
 *  - New: the form starts from the ledger (prefillApplication); the company's name and credit
 *    code are shown, not typed. What is typed is kept on the phone as it is typed (one draft per
 *    company, ./draft.ts) and restored over the prefill when the page opens again, with a way to
 *    clear it; it is cleared once the application is sent.
 *  - Returned (?applicationId=): the application as sent, with the opinion that returned it at
 *    the top; sent back with the version read, so a change made meanwhile is reported, not lost.
 *  - The page checks the obvious first (./form.ts, worded as the server words it); the server's
 *    field messages appear under the same fields, and what was typed stays when sending fails.
 *    A retry of the same submission sends the same clientRequestId (useSubmit), so the server
 *    answers it with the first application instead of refusing a second one.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { StudioApplication } from '@core/contract';
import { STUDIO_STAGE } from '@core/enums';
import { ListStatus, LoadStatus } from '@/components/ListStatus';
import { RoleGate } from '@/components/RoleGate';
import { SaveBar } from '@/components/SaveBar';
import { useFieldBinder, type FieldBinder } from '@/hooks/useFieldBinder';
import { useLoad } from '@/hooks/useLoad';
import { usePageParams } from '@/hooks/usePageParams';
import { useSession } from '@/hooks/useSession';
import { useSubmit } from '@/hooks/useSubmit';
import { confirm, toastOk } from '@/lib/feedback';
import { stampOf } from '@/lib/format';
import { ROUTES } from '@/lib/routes';
import { getApplication, prefillApplication, resubmitApplication, submitApplication } from '@/services/studio';
import { clearStudioDraft, loadStudioDraft, saveStudioDraft } from './draft';
import { formOf, formToInput, validateForm, withFormFields, type ApplyForm, type StudioFormInput } from './form';
import {
  BasicsSection,
  CommitmentSection,
  CompanyHeader,
  HoldingsSection,
  IpManagementSection,
  NeedsSection,
  PeopleSection,
} from './sections';
import './index.scss';

interface EditorProps {
  companyName: string;
  creditCode: string;
  /** The values to start from (and to go back to when a draft is cleared). */
  start: ApplyForm;
  /** Keep what is typed as this company's draft (a new application only). */
  draftOf?: string;
  /** Shown above the form (the return opinion). */
  notice?: ReactNode;
  submitLabel: string;
  sentText: string;
  send: (clientRequestId: string, form: StudioFormInput) => Promise<StudioApplication>;
}

/** The form, its draft and its submission; mounted once the values to start from are known. */
function ApplyEditor(p: EditorProps) {
  const { draftOf } = p;
  const [initial] = useState(() => {
    const draft = draftOf ? loadStudioDraft(draftOf) : null;
    return { values: draft ?? p.start, restored: !!draft };
  });
  const [restored, setRestored] = useState(initial.restored);
  const { submitChecked, submitting, fieldErrors, setFieldErrors } = useSubmit((clientRequestId) =>
    p.send(clientRequestId, formToInput(form.values)).catch((e: unknown) => {
      throw withFormFields(e);
    }),
  );
  const form: FieldBinder<ApplyForm> = useFieldBinder(initial.values, { errors: [fieldErrors, setFieldErrors] });
  const { values, setValues } = form;

  /** The values as started (or as reset to): nothing typed yet, so no draft to keep. */
  const untouched = useRef(initial.values);
  /** Sent: a late save must not bring the draft back. */
  const sent = useRef(false);
  useEffect(() => {
    if (!draftOf || sent.current || values === untouched.current) return;
    saveStudioDraft(draftOf, values);
  }, [draftOf, values]);

  const discardDraft = async () => {
    if (!draftOf || !(await confirm('清除草稿', '清除后将恢复为企业档案中的信息，已填写的内容不再保留，确定吗？')))
      return;
    clearStudioDraft(draftOf);
    untouched.current = p.start;
    setValues(p.start);
    setFieldErrors({});
    setRestored(false);
  };

  const submit = async () => {
    const application = await submitChecked(validateForm(values, Date.now()));
    if (!application) return;
    sent.current = true;
    if (draftOf) clearStudioDraft(draftOf);
    toastOk(p.sentText);
    void Taro.redirectTo({ url: ROUTES.studioApplication(application.id) });
  };

  return (
    <View className="studio-apply__form" data-testid="studio-form">
      {p.notice}
      {restored ? (
        <View className="studio-apply__restored" data-testid="draft-restored">
          <Text>已恢复未提交的草稿</Text>
          <Text className="studio-apply__link" data-testid="draft-clear" onClick={() => void discardDraft()}>
            清除草稿
          </Text>
        </View>
      ) : null}
      <Text className="studio-apply__heading">按《中山市企业知识产权保护流动工作室申请表》填写，带 * 的为必填</Text>
      <CompanyHeader name={p.companyName} creditCode={p.creditCode} />
      <BasicsSection form={form} />
      <PeopleSection form={form} />
      <IpManagementSection form={form} />
      <HoldingsSection form={form} />
      <NeedsSection form={form} />
      <CommitmentSection form={form} />
      <SaveBar saving={submitting} onSave={() => void submit()} label={p.submitLabel} />
    </View>
  );
}

/** A new application of the acting company, started from its ledger entry. */
function NewApplication({ companyId }: { companyId: string }) {
  const loaded = useLoad(() => prefillApplication({ companyId }), [companyId]);
  const prefill = loaded.data;
  if (!prefill) return <LoadStatus loaded={loaded} missing="未找到贵企业的档案" />;
  const { companyName, creditCode, ...known } = prefill;
  return (
    <ApplyEditor
      companyName={companyName}
      creditCode={creditCode}
      start={formOf(known)}
      draftOf={companyId}
      submitLabel="提交申请"
      sentText="申请已提交"
      send={(clientRequestId, form) => submitApplication({ clientRequestId, companyId, form })}
    />
  );
}

/** Why a returned application opens here: the opinion of the stage that returned it. */
function ReturnOpinion({ a }: { a: StudioApplication }) {
  const step = [...a.history].reverse().find((s) => s.kind === 'return');
  if (!step) return null;
  return (
    <View className="studio-apply__returned" data-testid="return-opinion">
      <Text className="studio-apply__returned-title">退回补正意见</Text>
      <Text className="studio-apply__returned-text">{step.opinion}</Text>
      <Text className="studio-apply__returned-meta">
        {STUDIO_STAGE.labels[step.stage]} · {step.byName} · {stampOf(step.at)}
      </Text>
      <Text className="studio-apply__returned-meta">请按意见修改后重新提交，申请将回到该环节继续审批</Text>
    </View>
  );
}

/** Why this application cannot be corrected here now. */
function notResubmittable(a: StudioApplication): string {
  if (a.status === 'reviewing') return '该申请正在审批中，无需重新提交';
  if (a.status === 'approved') return '该申请已批准，无需重新提交';
  if (a.status === 'rejected') return '该申请未通过审批，不能重新提交';
  return '该申请已退回补正，请以申请企业的企业用户身份修改后重新提交';
}

/** A returned application, corrected and sent back to the stage that returned it. */
function Resubmit({ applicationId }: { applicationId: string }) {
  const loaded = useLoad(() => getApplication({ applicationId }), [applicationId]);
  const a = loaded.data;
  useEffect(() => {
    void Taro.setNavigationBarTitle({ title: '修改申请' }).catch(() => undefined);
  }, []);
  if (!a) return <LoadStatus loaded={loaded} missing="申请不存在或已被删除" />;
  if (!a.canResubmit) {
    return (
      <View className="studio-apply__blocked" data-testid="cannot-resubmit">
        <ListStatus loading={false} error={null} empty emptyText={notResubmittable(a)} />
        <Button
          type="primary"
          fill="outline"
          block
          onClick={() => void Taro.redirectTo({ url: ROUTES.studioApplication(a.id) })}
        >
          查看申请
        </Button>
      </View>
    );
  }
  return (
    <ApplyEditor
      companyName={a.companyName}
      creditCode={a.creditCode}
      start={formOf(a.form)}
      notice={<ReturnOpinion a={a} />}
      submitLabel="重新提交"
      sentText="已重新提交"
      send={(_clientRequestId, form) => resubmitApplication({ applicationId: a.id, version: a.version, form })}
    />
  );
}

export default function StudioApplyPage() {
  const { applicationId } = usePageParams();
  const session = useSession();
  const companyId = session.acting?.companyId;
  return (
    <View className="studio-apply">
      <RoleGate session={session} needs={['studio', 'submitApplication']} what="申请设立流动工作室">
        {applicationId ? (
          <Resubmit key={session.acting?.id ?? ''} applicationId={applicationId} />
        ) : companyId ? (
          <NewApplication key={companyId} companyId={companyId} />
        ) : null}
      </RoleGate>
    </View>
  );
}
