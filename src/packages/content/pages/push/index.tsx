/**
 * 定向推送 (?kind=article|training&id=): a chief (their station's) or an admin (anything) tells the
 * staff of matching companies about a published article or an upcoming training. The audience is
 * picked with chips and an optional 服务期间; each change asks the server for the reach (what
 * sendPush would write), so the number confirmed is the number sent. One send is one intent: a
 * retry after a failure reuses its clientRequestId, so a dropped answer never notifies twice; a
 * changed audience or a finished send starts a new one. The server also skips anyone an earlier
 * push of the same thing reached. Below: the history of this thing's pushes.
 */
import { useState, type ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { InputOf, PushReach } from '@core/contract';
import { ARTICLE_KIND, PUSH_TARGET } from '@core/enums';
import { shanghaiDate } from '@core/rules/time';
import { ListStatus, LoadStatus } from '@/components/ListStatus';
import { RoleGate } from '@/components/RoleGate';
import { useLoad, type Loaded } from '@/hooks/useLoad';
import { oneOfParam, usePageParams } from '@/hooks/usePageParams';
import { useSession } from '@/hooks/useSession';
import { useSubmit } from '@/hooks/useSubmit';
import { confirm, toastInfo } from '@/lib/feedback';
import { whenOf } from '@/lib/format';
import { getArticle, listPushes, previewPush, sendPush } from '@/services/content';
import { ServiceError } from '@/services/errors';
import { getSession } from '@/services/training';
import { PushAudiencePicker } from '@/packages/content/components/PushAudiencePicker';
import { PushHistory } from '@/packages/content/components/PushHistory';
import { isScheduled } from '@/packages/content/lib/labels';
import {
  alreadyLine,
  audienceOf,
  emptyAudience,
  reachLine,
  servedProblem,
  type AudienceDraft,
  type PushAudienceInput,
} from '@/packages/content/lib/push';
import './index.scss';

type Target = InputOf<'content', 'sendPush'>['target'];

/** What is pushed, as the page names it, and why it cannot be pushed now (null: it can). */
interface TargetView {
  title: string;
  line: string;
  blocked: string | null;
}

async function loadTarget({ kind, id }: Target, now: number): Promise<TargetView | null> {
  try {
    if (kind === 'article') {
      const a = await getArticle({ articleId: id });
      const live = a.status === 'published' && !isScheduled(a, now);
      return {
        title: a.title,
        line: `${ARTICLE_KIND.labels[a.kind]} · ${a.source}`,
        blocked: live ? null : '只能推送已发布的文章',
      };
    }
    const { session: s } = await getSession({ sessionId: id });
    const open = s.status === 'published' && now < s.endAt;
    return {
      title: s.title,
      line: `${whenOf(s.startAt, s.endAt)} · ${s.stationName}`,
      blocked: open ? null : '只能推送已发布且尚未结束的培训',
    };
  } catch (e) {
    // A stale link: nothing by that id (or not the caller's to see).
    if (e instanceof ServiceError && (e.code === 'NOT_FOUND' || e.code === 'INVALID_INPUT')) return null;
    throw e;
  }
}

/** The reach of the audience as it stands, or why it is not known yet. */
function ReachPanel({ reach, problem }: { reach: Loaded<PushReach | null>; problem: string | null }) {
  let body: ReactNode = null;
  if (problem) body = <Text className="push-page__muted">请先修正服务期间</Text>;
  else if (reach.loading) body = <Text className="push-page__muted">正在计算推送人数…</Text>;
  else if (reach.error)
    body = (
      <Text className="push-page__error" onClick={() => void reach.reload()}>
        推送人数计算失败：{reach.error}（点击重试）
      </Text>
    );
  else if (reach.data) {
    const already = alreadyLine(reach.data);
    body = (
      <>
        <Text className="push-page__reach-line" data-testid="reach-line">
          {reachLine(reach.data)}
        </Text>
        {already ? (
          <Text className="push-page__muted" data-testid="reach-already">
            {already}
          </Text>
        ) : null}
        {reach.data.people === 0 ? <Text className="push-page__muted">没有可推送的人，请调整推送范围</Text> : null}
      </>
    );
  }
  return (
    <View className="push-page__reach" data-testid="push-reach">
      {body}
    </View>
  );
}

interface SendPushProps {
  target: Target;
  audience: PushAudienceInput;
  /** People the reach says will be notified; null while it is not known. */
  people: number | null;
  onSent: () => void;
}

/**
 * 发送推送. Mounted once per audience (the page keys it), so useSubmit's clientRequestId belongs
 * to one audience: kept across retries of a failed send, renewed once a send went through.
 */
function SendPush({ target, audience, people, onSent }: SendPushProps) {
  const [asking, setAsking] = useState(false);
  const { submit, submitting } = useSubmit((clientRequestId) => sendPush({ clientRequestId, target, audience }));
  const busy = asking || submitting;

  const send = async () => {
    if (busy || !people) return;
    setAsking(true);
    const ok = await confirm('确认推送', `确定推送给 ${people} 人？`);
    setAsking(false);
    if (!ok) return;
    const record = await submit();
    if (!record) return;
    // icon 'none': WeChat cuts a success toast to seven characters.
    toastInfo(record.status === 'sent' ? `已推送给 ${record.sent} 人` : `正在推送给 ${people} 人`);
    onSent();
  };

  return (
    <View className="push-page__send">
      <Button
        type="primary"
        block
        loading={submitting}
        disabled={busy || !people}
        data-testid="push-send"
        onClick={() => void send()}
      >
        {submitting ? '正在推送…' : '发送推送'}
      </Button>
    </View>
  );
}

function PushWorkbench({ target, view }: { target: Target; view: TargetView }) {
  const [draft, setDraft] = useState<AudienceDraft>(emptyAudience);
  const problem = servedProblem(draft);
  const audience = audienceOf(draft);
  const audienceKey = JSON.stringify(audience);
  const canPush = !view.blocked;
  // Asked again on every change of the audience; an answer to an older audience is dropped (useLoad).
  const reach = useLoad(
    () => (canPush && !problem ? previewPush({ target, audience }) : Promise.resolve(null)),
    [audienceKey, canPush, problem],
  );
  const history = useLoad(() => listPushes({ target }), [target.kind, target.id]);

  return (
    <>
      <View className="push-page__card" data-testid="push-target">
        <Text className="push-page__kind">推送{PUSH_TARGET.labels[target.kind]}</Text>
        <Text className="push-page__title">{view.title}</Text>
        <Text className="push-page__muted">{view.line}</Text>
        {view.blocked ? (
          <Text className="push-page__error" data-testid="push-blocked">
            {view.blocked}
          </Text>
        ) : null}
      </View>
      {canPush ? (
        <>
          <PushAudiencePicker
            draft={draft}
            onChange={setDraft}
            servedError={problem}
            today={shanghaiDate(Date.now())}
          />
          <ReachPanel reach={reach} problem={problem} />
          <SendPush
            key={audienceKey}
            target={target}
            audience={audience}
            people={!problem && !reach.loading && reach.data ? reach.data.people : null}
            onSent={() => {
              void reach.reload();
              void history.reload();
            }}
          />
        </>
      ) : null}
      <PushHistory loaded={history} />
    </>
  );
}

function PushOf({ target }: { target: Target }) {
  const loaded = useLoad(() => loadTarget(target, Date.now()), [target.kind, target.id]);
  if (!loaded.data) return <LoadStatus loaded={loaded} missing="推送内容不存在或已无权查看" />;
  return <PushWorkbench target={target} view={loaded.data} />;
}

export default function PushPage() {
  const params = usePageParams();
  const session = useSession();
  const kind = oneOfParam(params.kind, PUSH_TARGET.values);
  const id = params.id ?? '';
  return (
    <View className="push-page">
      <RoleGate session={session} needs={['content', 'sendPush']} what="定向推送">
        {kind && id ? (
          <PushOf key={session.acting?.id ?? ''} target={{ kind, id }} />
        ) : (
          // A link without what to push: nothing to ask the server for.
          <ListStatus loading={false} error={null} empty emptyText="推送内容不存在或已无权查看" />
        )}
      </RoleGate>
    </View>
  );
}
