/**
 * 登记走访 (?companyId= / ?outboxId=): a liaison or chief logs a site visit on the phone, often
 * inside a factory with poor signal.
 *
 *  - What is typed is kept on the phone as it is typed (a draft in Taro storage): leaving the
 *    page or closing the app loses nothing; the draft is restored when the page opens again and
 *    cleared only once the visit was sent (or queued). A rejected submit (INVALID_INPUT) keeps it.
 *  - Submitting uploads the photos first, then logs the visit with the draft's clientRequestId
 *    (made on the first submit and kept), so any retry is the same submission on the server.
 *  - Without network the submission goes to the outbox (待发送) with that id, its local photos
 *    and the draft, and is sent by itself when the network returns.
 *  - ?outboxId= opens an outbox entry the server sent back (INVALID_INPUT …) to be corrected,
 *    with the server's message; its edits are kept in the entry.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { shanghaiDate } from '@core/rules/time';
import { useFieldBinder } from '@/hooks/useFieldBinder';
import { usePageParams } from '@/hooks/usePageParams';
import { confirm, toastError, toastOk } from '@/lib/feedback';
import { toastFirstError } from '@/lib/field-errors';
import { ROUTES } from '@/lib/routes';
import { getCompany } from '@/services/account';
import { newRequestId } from '@/services/call';
import { ServiceError } from '@/services/errors';
import { forgetPhotos } from '@/services/local-photos';
import {
  outboxEntry,
  putOutboxEntry,
  removeOutboxEntry,
  sendVisit,
  updateOutboxEntry,
  type OutboxEntry,
  type OutboxPhoto,
} from '@/services/outbox';
import { RoleGate } from '@/components/RoleGate';
import { useSession } from '@/hooks/useSession';
import { VisitContentSection, VisitRecordSection, VisitWhoSection } from '@/packages/visit/components/VisitSections';
import { clearDraft, loadDraft, saveDraft } from '@/packages/visit/lib/draft-store';
import {
  draftErrors,
  draftTitle,
  emptyDraft,
  isBlank,
  visitPayload,
  type VisitDraft,
} from '@/packages/visit/lib/visit-form';
import './index.scss';

/** Error keys (as the server names fields) that a draft field's edit clears. */
const ERROR_KEYS: Partial<Record<keyof VisitDraft, string[]>> = {
  company: ['companyId'],
  date: ['visitedAt', 'nextFollowUpDate'],
  time: ['visitedAt'],
  photos: ['photos'],
};
const errorKeysOf = (key: keyof VisitDraft) => ERROR_KEYS[key] ?? [key];

interface Start {
  draft: VisitDraft;
  /** A draft typed earlier was restored (offer to start over). */
  restored: boolean;
  /** The outbox entry being corrected, with what the server said. */
  returned: OutboxEntry | null;
}

function startOf(ownerId: string, me: string, outboxId: string | undefined): Start | null {
  if (outboxId) {
    const entry = outboxEntry(outboxId);
    if (!entry || entry.ownerId !== ownerId) return null;
    return { draft: entry.draft as VisitDraft, restored: false, returned: entry };
  }
  const stored = loadDraft(ownerId);
  if (stored && !isBlank(stored)) return { draft: stored, restored: true, returned: null };
  return { draft: emptyDraft(Date.now(), me), restored: false, returned: null };
}

interface EditorProps {
  ownerId: string;
  me: string;
  stationId: string;
  companyId?: string;
  outboxId?: string;
}

function VisitEditor({ ownerId, me, stationId, companyId, outboxId }: EditorProps) {
  const [start] = useState(() => startOf(ownerId, me, outboxId));
  const form = useFieldBinder<VisitDraft>(() => start?.draft ?? emptyDraft(Date.now(), me), {
    initialErrors: () => start?.returned?.fields ?? {},
    clearsOf: errorKeysOf,
  });
  const { values: draft, setValues: setDraft, setErrors } = form;
  const [restored, setRestored] = useState(start?.restored ?? false);
  const [submitting, setSubmitting] = useState(false);
  const busy = useRef(false);
  /** Sent or queued: the draft must not be written back by a late save. */
  const finished = useRef(false);
  const today = useMemo(() => shanghaiDate(Date.now()), []);

  /** Keeps the draft on the phone: in the outbox entry being corrected, or as the person's draft. */
  const persist = useCallback(
    (d: VisitDraft) => {
      if (finished.current) return;
      if (outboxId) updateOutboxEntry(outboxId, { draft: d, title: draftTitle(d) });
      else saveDraft(ownerId, d);
    },
    [outboxId, ownerId],
  );
  useEffect(() => persist(draft), [draft, persist]);

  // Opened from a company (the ledger): that company, unless a restored draft names one already.
  useEffect(() => {
    if (!companyId || draft.company || outboxId) return;
    getCompany({ companyId })
      .then((c) => setDraft((d) => (d.company ? d : { ...d, company: { id: c.id, name: c.name } })))
      .catch(() => undefined);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [companyId]);

  const startOver = async () => {
    if (!(await confirm('清空草稿', '清空后需重新填写，确定吗？'))) return;
    setDraft(emptyDraft(Date.now(), me));
    setErrors({});
    setRestored(false);
  };

  /** Queues the submission: it waits on the phone and is sent when the network returns. */
  const queue = (d: VisitDraft, photos: OutboxPhoto[], message: string) => {
    const now = Date.now();
    putOutboxEntry({
      id: d.clientRequestId,
      kind: 'visit',
      ownerId,
      title: draftTitle(d),
      payload: visitPayload(d),
      photos,
      draft: { ...d, photos },
      status: 'waiting',
      message,
      attempts: (start?.returned?.attempts ?? 0) + 1,
      createdAt: start?.returned?.createdAt ?? now,
      lastTriedAt: now,
    });
    finished.current = true;
    if (!outboxId) clearDraft();
    void Taro.showToast({ title: '网络不可用，已存入“待发送”，联网后自动发送', icon: 'none', duration: 3000 });
    void Taro.redirectTo({ url: ROUTES.visitOutbox });
  };

  const submit = async () => {
    if (busy.current) return;
    const local = draftErrors(draft, Date.now());
    if (toastFirstError(local)) {
      setErrors(local);
      return;
    }
    busy.current = true;
    setSubmitting(true);
    // One id per submission, kept with the draft: every retry of it is the same visit.
    const d = draft.clientRequestId ? draft : { ...draft, clientRequestId: newRequestId() };
    if (d !== draft) {
      setDraft(d);
      persist(d);
    }
    let photos = d.photos;
    try {
      const visit = await sendVisit({ clientRequestId: d.clientRequestId, payload: visitPayload(d), photos }, (p) => {
        photos = p;
        persist({ ...d, photos: p });
      });
      finished.current = true;
      if (outboxId) removeOutboxEntry(outboxId);
      else clearDraft();
      forgetPhotos(d.photos.map((p) => p.localPath));
      toastOk(visit.requestIds.length ? `已提交，生成 ${visit.requestIds.length} 条服务需求` : '走访记录已提交');
      void Taro.redirectTo({ url: ROUTES.visit(visit.id) });
    } catch (e) {
      if (e instanceof ServiceError && e.code === 'NETWORK') {
        queue(d, photos, e.message);
        return;
      }
      if (e instanceof ServiceError && e.code === 'INVALID_INPUT') {
        setErrors(e.fields);
        if (outboxId) updateOutboxEntry(outboxId, { message: e.message, fields: e.fields });
      }
      toastError(e);
    } finally {
      busy.current = false;
      setSubmitting(false);
    }
  };

  if (!start) {
    return (
      <View className="visit-edit__notice" data-testid="outbox-gone">
        <Text>该记录已发送或已删除</Text>
        <Button size="small" fill="outline" onClick={() => void Taro.redirectTo({ url: ROUTES.visitOutbox })}>
          查看待发送
        </Button>
      </View>
    );
  }

  return (
    <View className="visit-edit__form">
      {start.returned ? (
        <View className="visit-edit__returned" data-testid="returned-message">
          <Text className="visit-edit__returned-title">发送被退回，请修改后重新提交</Text>
          <Text className="visit-edit__returned-text">{start.returned.message}</Text>
        </View>
      ) : null}
      {restored ? (
        <View className="visit-edit__restored" data-testid="draft-restored">
          <Text>已恢复上次未提交的内容</Text>
          <Text className="visit-edit__link" onClick={() => void startOver()}>
            清空重填
          </Text>
        </View>
      ) : null}

      <VisitWhoSection form={form} today={today} stationId={stationId} />
      <VisitContentSection form={form} />
      <VisitRecordSection form={form} today={today} />

      <View className="visit-edit__footer">
        <Button type="primary" block loading={submitting} onClick={() => void submit()}>
          提交走访记录
        </Button>
        <Text className="visit-edit__tip">无网络时将存入“待发送”，联网后自动发送</Text>
      </View>
    </View>
  );
}

export default function VisitEditPage() {
  const { companyId, outboxId } = usePageParams();
  const session = useSession();
  const { me, acting } = session;
  return (
    <View className="visit-edit">
      <RoleGate session={session} roles={['liaison', 'chief']} what="登记走访">
        {me && acting?.stationId ? (
          <VisitEditor
            key={acting.id}
            ownerId={me.user.id}
            me={me.user.displayName}
            stationId={acting.stationId}
            companyId={companyId}
            outboxId={outboxId}
          />
        ) : null}
      </RoleGate>
    </View>
  );
}
