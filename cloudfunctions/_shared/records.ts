/** Loading a record or answering NOT_FOUND with a Chinese message; inserting one unless it exists. */
import { createHash } from 'node:crypto';
import { AppError, isAppError } from '../../core/errors';
import type { Doc, Store } from '../../core/ports';
import type { CollectionName } from '../../core/store/schema';

const NOUN: Partial<Record<CollectionName, string>> = {
  stations: '服务站点',
  service_items: '服务事项',
  companies: '企业',
  invitations: '邀请码',
  users: '用户',
  memberships: '身份',
  bookings: '预约',
  consultation_records: '咨询记录',
  visits: '走访记录',
  follow_ups: '回访',
  service_requests: '服务需求',
  complaints: '投诉',
  trainings: '培训',
  eval_rounds: '评价轮次',
  eval_indicator_sets: '评价指标表',
  eval_submissions: '自评材料',
};

export async function mustGet<D extends Doc>(store: Store, collection: CollectionName, id: string): Promise<D> {
  const doc = await store.get<D>(collection, id);
  if (!doc) throw new AppError('NOT_FOUND', `${NOUN[collection] ?? '记录'}不存在或已被删除，请刷新后重试`);
  return doc;
}

/**
 * Inserts a document with a deterministic id unless one is there already (a reload, a retry, a
 * concurrent twin): the database decides. True when this call inserted it.
 */
export async function insertIfAbsent(
  store: Store,
  collection: CollectionName,
  doc: Record<string, unknown> & { _id: string },
): Promise<boolean> {
  try {
    await store.insert(collection, doc);
    return true;
  } catch (e) {
    if (isAppError(e) && e.code === 'CONFLICT') return false;
    throw e;
  }
}

/**
 * `<prefix><hash of the writer and their client request id>`: a retry of one submission (same
 * person, same clientRequestId) names the same document, which the database refuses to insert
 * twice — so create actions settle replays without reading first.
 */
export function submissionId(prefix: string, userId: string, clientRequestId: string, length = 32): string {
  const hash = createHash('sha256').update(`${userId}\n${clientRequestId}`).digest('base64url');
  return `${prefix}${hash.slice(0, length)}`;
}

/**
 * After the database refused a submission's document (CONFLICT on its id, which a create action
 * draws from its request key): the document the first attempt wrote, when it is this writer's —
 * the action is being replayed, so it answers with what the first attempt made — or null (another
 * record holds the id or a unique field: a real conflict, reported as such).
 */
export async function firstAttempt<D extends Doc>(
  store: Store,
  collection: CollectionName,
  id: string,
  writer: string,
  writerField = 'createdBy',
): Promise<D | null> {
  const first = await store.get<D>(collection, id);
  return first && first[writerField] === writer ? first : null;
}
