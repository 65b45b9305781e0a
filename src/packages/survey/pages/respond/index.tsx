/**
 * 满意度评价: one person's answers to the questionnaire of a target (a training they checked in
 * at), from the invitation in 消息. Renders each question by its kind, marks the required ones,
 * checks them before sending and shows the server's errors under their questions. After the
 * first submission the answers stay editable until 可修改至 …, then they show read-only and
 * locked. Who may answer is the server's call (`canRespond`, `reason`); the page only follows.
 */
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button, Tag } from '@nutui/nutui-react-taro';
import type { OutputOf } from '@core/contract';
import type { SurveyResponse } from '@core/contract/survey';
import { ListStatus } from '@/components/ListStatus';
import { useLoad } from '@/hooks/useLoad';
import { usePageParams } from '@/hooks/usePageParams';
import { useSubmit } from '@/hooks/useSubmit';
import { toastInfo, toastOk } from '@/lib/feedback';
import { withoutErrors } from '@/lib/field-errors';
import { getMyResponse, submitResponse } from '@/services/survey';
import { QuestionField, type AnswerUpdate } from '@/packages/survey/components/QuestionField';
import { TargetHeader } from '@/packages/survey/components/TargetHeader';
import { RoleGate } from '@/components/RoleGate';
import { useSession } from '@/hooks/useSession';
import {
  answersOf,
  draftOf,
  editableText,
  fieldOf,
  missingRequired,
  stampOf,
  type Draft,
} from '@/packages/survey/lib/survey';
import './index.scss';

type Loaded = OutputOf<'survey', 'getMyResponse'>;

interface FormProps {
  data: Loaded;
  targetKind: Loaded['target']['kind'];
  targetId: string;
  onSaved: (r: SurveyResponse) => void;
}

function ResponseForm({ data, targetKind, targetId, onSaved }: FormProps) {
  const questions = data.questionnaire.questions;
  const [draft, setDraft] = useState<Draft>(() => draftOf(questions, data.response?.answers ?? null));
  const {
    submit,
    submitting,
    fieldErrors: errors,
    setFieldErrors,
  } = useSubmit((clientRequestId) =>
    submitResponse({ clientRequestId, targetKind, targetId, answers: answersOf(questions, draft) }),
  );

  const change = (questionId: string, update: AnswerUpdate) => {
    setDraft((d) => ({ ...d, [questionId]: typeof update === 'function' ? update(d[questionId]!) : update }));
    setFieldErrors((e) => withoutErrors(e, fieldOf(questionId)));
  };

  const onSubmit = async () => {
    const missing = missingRequired(questions, draft);
    setFieldErrors(missing);
    if (Object.keys(missing).length > 0) {
      toastInfo('还有必答题未填写');
      return;
    }
    const saved = await submit();
    if (!saved) return;
    toastOk(data.response ? '修改已保存' : '感谢您的评价');
    onSaved(saved);
  };

  return (
    <View data-testid="survey-form">
      {questions.map((q, i) => (
        <QuestionField
          key={q.id}
          index={i}
          question={q}
          value={draft[q.id]!}
          onChange={(v) => change(q.id, v)}
          error={errors[fieldOf(q.id)]}
        />
      ))}
      <View className="respond__actions">
        <Button type="primary" block loading={submitting} onClick={() => void onSubmit()}>
          {data.response ? '保存修改' : '提交评价'}
        </Button>
      </View>
    </View>
  );
}

function Answers({ data, response }: { data: Loaded; response: SurveyResponse }) {
  const questions = data.questionnaire.questions;
  const draft = draftOf(questions, response.answers);
  return (
    <View data-testid="survey-answers">
      {questions.map((q, i) => (
        <QuestionField key={q.id} index={i} question={q} value={draft[q.id]!} />
      ))}
    </View>
  );
}

function Respond({ targetKind, targetId }: { targetKind: Loaded['target']['kind']; targetId: string }) {
  const loaded = useLoad(() => getMyResponse({ targetKind, targetId }), [targetKind, targetId]);
  const [saved, setSaved] = useState<SurveyResponse | null>(null);
  const data = loaded.data;
  if (!data) {
    return (
      <ListStatus
        loading={loaded.loading}
        error={loaded.error}
        empty={!loaded.error}
        emptyText=""
        onRetry={() => void loaded.reload()}
      />
    );
  }
  const response = saved ?? data.response;
  const current: Loaded = { ...data, response };
  // The server said no for another reason than the lock (not checked in, not started…).
  const refused = !data.canRespond && !data.response?.locked;
  const locked = !!response?.locked;
  return (
    <>
      <TargetHeader target={data.target} testId="survey-target">
        <Text className="target-header__meta">{data.questionnaire.title}</Text>
      </TargetHeader>
      {response ? (
        <View className="respond__status" data-testid="survey-status">
          <Text>
            已于 {stampOf(response.submittedAt)} 提交{response.edited ? '（已修改）' : ''}
          </Text>
          {locked ? (
            <View data-testid="survey-locked">
              <Tag type="default">已锁定</Tag>
            </View>
          ) : (
            <Text className="respond__editable" data-testid="survey-editable">
              {editableText(response.editableUntil)}
            </Text>
          )}
        </View>
      ) : null}
      {refused ? (
        <View className="respond__notice" data-testid="survey-refused">
          <Text>{data.reason}</Text>
        </View>
      ) : null}
      {locked && !refused ? (
        <View className="respond__notice" data-testid="survey-lock-note">
          <Text>{data.reason ?? '提交已超过24小时，不能再修改'}</Text>
        </View>
      ) : null}
      {response && (locked || refused) ? <Answers data={data} response={response} /> : null}
      {!locked && !refused ? (
        <ResponseForm
          key={response?.updatedAt ?? 'new'}
          data={current}
          targetKind={targetKind}
          targetId={targetId}
          onSaved={setSaved}
        />
      ) : null}
    </>
  );
}

const isTargetKind = (v: string | undefined): v is Loaded['target']['kind'] => v === 'training';

export default function RespondPage() {
  const { targetKind, targetId } = usePageParams();
  const session = useSession();
  return (
    <View className="respond">
      <RoleGate session={session} what="填写问卷">
        {isTargetKind(targetKind) && targetId ? (
          <Respond targetKind={targetKind} targetId={targetId} />
        ) : (
          <View className="respond__notice" data-testid="survey-bad-link">
            <Text>链接不完整，请从消息或培训页面重新打开问卷</Text>
          </View>
        )}
      </RoleGate>
    </View>
  );
}
