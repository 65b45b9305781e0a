/**
 * Pushing an article or a training to the staff of matching companies (content.previewPush,
 * content.sendPush, jobs.resumePushes).
 *
 * Who: the companies in the sender's reach (a chief: the station's; an admin: all) that match the
 * audience — within a dimension any of the chosen values, across dimensions all — and, for each,
 * its active staff (memberships of role 'company'), each person once.
 *
 * Exactly once: before a person's notice, a receipt `<targetKind>:<targetId>:<userId>` is
 * inserted; only the insert that creates it notifies (send-once.ts). A retried send, a second
 * push of the same article to an overlapping audience, or the timer resuming an interrupted push
 * never notifies anyone twice — and what the preview counts (people without a receipt) is what
 * a send then writes.
 *
 * Batching: one call delivers at most PUSH_BATCH people, ten at a time. On CloudBase a function
 * runs 3 s by default and at most 60 s (set in the console), the mini program gives up waiting
 * on callFunction after about 20 s, and a query answers at most 1,000 documents; each notice is
 * an inbox insert, a receipt insert and (with a template) a subscribeMessage.send, ~30 ms of
 * round trips, so 1,000 people take ~3 s. A bigger audience stays 'sending' and the timer's
 * jobs.resumePushes delivers the next batch on each run until none is left.
 */
import { ARTICLE_KIND, DISTRICT, INDUSTRY, KEY_FLAG, type PushTarget } from '../../core/enums';
import { ROUTES } from '../../core/pages';
import { formatShanghai } from '../../core/rules/time';
import type { PushAudience } from '../../core/contract';
import type { Notice, Store } from '../../core/ports';
import type {
  ArticleDoc,
  CompanyDoc,
  MembershipDoc,
  PushDoc,
  PushReceiptDoc,
  TrainingSessionDoc,
} from '../../core/store/docs';
import type { Where } from '../../core/store/query';
import type { CollectionName } from '../../core/store/schema';
import { scanAll } from './paging';
import { insertIfAbsent } from './records';
import { sendEach } from './send-once';

/** People one call (or one timer run, per push) notifies at most. */
export const PUSH_BATCH = 1000;
/** Company ids per membership query (`$in`). */
const IDS_PER_QUERY = 100;

/** The companies' filter: the sender's reach and the audience. */
export function companyWhere(audience: PushAudience, scopeStationId: string | undefined): Where {
  const and: Where[] = [];
  if (audience.keyFlags.length > 0) {
    and.push({ $or: audience.keyFlags.map((flag) => ({ [`keyFlags.${flag}`]: true })) });
  }
  return {
    ...(scopeStationId ? { stationId: scopeStationId } : {}),
    status: 'confirmed',
    ...(audience.industries.length > 0 ? { industry: { $in: [...audience.industries] } } : {}),
    ...(audience.districts.length > 0 ? { district: { $in: [...audience.districts] } } : {}),
    ...(and.length > 0 ? { $and: and } : {}),
  };
}

/** Companies served (a consultation, a visit or a service request) in the audience's period. */
async function servedCompanies(store: Store, audience: PushAudience, scopeStationId: string | undefined) {
  const range = {
    ...(audience.servedFrom !== undefined ? { $gte: audience.servedFrom } : {}),
    ...(audience.servedTo !== undefined ? { $lte: audience.servedTo } : {}),
  };
  const station = scopeStationId ? { stationId: scopeStationId } : {};
  const sources: Array<[CollectionName, string]> = [
    ['consultation_records', 'consultedAt'],
    ['visits', 'visitedAt'],
    ['service_requests', 'createdAt'],
  ];
  const served = new Set<string>();
  for (const [collection, field] of sources) {
    for await (const d of scanAll<{ _id: string; companyId?: string }>(
      store,
      collection,
      { ...station, [field]: range },
      [field, 'asc'],
    )) {
      if (d.companyId) served.add(d.companyId);
    }
  }
  return served;
}

const bySomePeriod = (a: PushAudience) => a.servedFrom !== undefined || a.servedTo !== undefined;

/** The matching companies' ids, and their staff (each person once, in a stable order). */
export async function pushRecipients(
  store: Store,
  audience: PushAudience,
  scopeStationId: string | undefined,
): Promise<{ companies: number; userIds: string[] }> {
  const served = bySomePeriod(audience) ? await servedCompanies(store, audience, scopeStationId) : null;
  const companyIds: string[] = [];
  for await (const c of scanAll<CompanyDoc>(store, 'companies', companyWhere(audience, scopeStationId), [
    '_id',
    'asc',
  ])) {
    if (!served || served.has(c._id)) companyIds.push(c._id);
  }
  const users = new Set<string>();
  for (let i = 0; i < companyIds.length; i += IDS_PER_QUERY) {
    const where = { companyId: { $in: companyIds.slice(i, i + IDS_PER_QUERY) }, role: 'company', status: 'active' };
    for await (const m of scanAll<MembershipDoc>(store, 'memberships', where, ['_id', 'asc'])) users.add(m.userId);
  }
  return { companies: companyIds.length, userIds: [...users].sort() };
}

/** Who a push of this target already reached (any earlier push of it). */
export async function reachedBefore(store: Store, targetKind: string, targetId: string): Promise<Set<string>> {
  const reached = new Set<string>();
  for await (const r of scanAll<PushReceiptDoc>(store, 'push_receipts', { targetKind, targetId }, ['_id', 'asc'])) {
    reached.add(r.userId);
  }
  return reached;
}

/** The audience in words: 「专精特新 · 海淀区 · 2026-01-01 至 2026-06-30 服务过」, or 「全部企业」. */
export function audienceLabel(a: PushAudience, formatDay: (ms: number) => string): string {
  const parts: string[] = [
    ...a.keyFlags.map((f) => KEY_FLAG.labels[f]),
    ...a.industries.map((i) => INDUSTRY.labels[i]),
    ...a.districts.map((d) => DISTRICT.labels[d]),
  ];
  if (bySomePeriod(a)) {
    const from = a.servedFrom !== undefined ? formatDay(a.servedFrom) : '';
    const to = a.servedTo !== undefined ? formatDay(a.servedTo) : '';
    parts.push(from && to ? `${from} 至 ${to} 服务过` : from ? `${from} 以来服务过` : `${to} 前服务过`);
  }
  return parts.length ? parts.join(' · ') : '全部企业';
}

export interface Deliver {
  store: Store;
  notifyAll(notices: Notice[]): Promise<void>;
  now: number;
}

/**
 * Delivers the next batch of a push: the recipients without a receipt, up to PUSH_BATCH. Marks
 * the push 'sent' when nobody is left. Returns how many this call notified.
 */
export async function deliverPush(
  d: Deliver,
  push: PushDoc,
  notice: (userId: string) => Notice,
): Promise<{ sent: number; done: boolean }> {
  const [{ userIds }, reached] = await Promise.all([
    pushRecipients(d.store, push.audience, push.scopeStationId),
    reachedBefore(d.store, push.targetKind, push.targetId),
  ]);
  const pending = userIds.filter((u) => !reached.has(u));
  const batch = pending.slice(0, PUSH_BATCH);
  const sent = await sendEach(batch, async (userId) => {
    const receipt: PushReceiptDoc = {
      _id: `${push.targetKind}:${push.targetId}:${userId}`,
      targetKind: push.targetKind,
      targetId: push.targetId,
      userId,
      pushId: push._id,
      at: d.now,
    };
    if (!(await insertIfAbsent(d.store, 'push_receipts', receipt))) return false; // reached meanwhile
    await d.notifyAll([notice(userId)]);
    return true;
  });
  const done = pending.length <= PUSH_BATCH;
  await d.store.update(
    'pushes',
    { _id: push._id },
    { inc: { sent }, set: { updatedAt: d.now, ...(done ? { status: 'sent' } : {}) } },
  );
  return { sent, done };
}

/** What is pushed, as the sender and the notice need it. */
export interface PushTargetInfo {
  /** Its station (absent: a city article): whose it is to push. */
  stationId?: string;
  title: string;
  /** Why it cannot be pushed now (not published, ended…), or null. */
  refusal: string | null;
  notice(userId: string): Notice;
}

/** The article or training a push names, or null when there is none. */
export async function pushTarget(
  store: Store,
  kind: PushTarget,
  id: string,
  now: number,
): Promise<PushTargetInfo | null> {
  if (kind === 'article') {
    const a = await store.get<ArticleDoc>('articles', id);
    if (!a) return null;
    const live = a.status === 'published' && (a.publishAt ?? 0) <= now;
    return {
      ...(a.stationId ? { stationId: a.stationId } : {}),
      title: a.title,
      refusal: live ? null : '文章发布后才能推送',
      notice: (userId) => ({
        userId,
        kind: 'content.article',
        title: `【${ARTICLE_KIND.labels[a.kind]}】${a.title}`,
        body: a.summary,
        link: ROUTES.article(a._id),
        facts: { title: a.title, source: a.source, time: formatShanghai(a.publishAt ?? now, 'YYYY年M月D日') },
      }),
    };
  }
  const s = await store.get<TrainingSessionDoc>('trainings', id);
  if (!s) return null;
  const open = s.status === 'published' && s.endAt > now;
  const when = formatShanghai(s.startAt, 'M月D日 HH:mm');
  return {
    stationId: s.stationId,
    title: s.title,
    refusal: open ? null : '只能推送已发布且尚未结束的培训',
    notice: (userId) => ({
      userId,
      kind: 'training.push',
      title: `培训推荐：${s.title}`,
      body: `${s.stationName}将于${when}举办培训「${s.title}」，欢迎报名参加。`,
      link: ROUTES.trainingSession(s._id),
      facts: {
        title: s.title,
        time: formatShanghai(s.startAt, 'YYYY年M月D日 HH:mm'),
        station: s.stationName,
        lecturer: s.lecturer,
      },
    }),
  };
}
