/**
 * Visits and follow-ups written straight into a store (as visit.logVisit writes them), and a
 * valid logVisit input, for the authorisation matrix and the visit tests.
 */
import type { InputOf } from '../../core/contract';
import type { Store } from '../../core/ports';
import { HOUR_MS, addDays, shanghaiDate } from '../../core/rules/time';
import type { FollowUpDoc, VisitDoc } from '../../core/store/docs';
import { newFollowUpDoc } from '../../cloudfunctions/_shared/followups';
import { stationConsultant } from './consult-seed';
import { newRequestId } from './fixtures';

let seq = 0;

/** A visit of `companyId` an hour before `now`, with two needs; everything the input needs, nothing optional. */
export function visitInput(
  companyId: string,
  now: number,
  overrides: Partial<InputOf<'visit', 'logVisit'>> = {},
): InputOf<'visit', 'logVisit'> {
  return {
    clientRequestId: newRequestId('visit'),
    companyId,
    visitedAt: now - HOUR_MS,
    form: 'onsite',
    visitors: ['李联络', '王专家'],
    met: '陈总（总经理）',
    topics: ['application', 'risk'],
    findings: '企业新产品即将上市，尚未做专利布局，商标只注册了一个类别',
    sharedSummary: '了解了企业新产品的知识产权保护情况，建议尽快进行专利申请和商标布局',
    internalNote: '企业对代理费用较敏感',
    ...overrides,
  };
}

/** A visit of `companyId` at `stationId` logged by the station's consultant (not the caller). */
export async function seedVisit(
  store: Store,
  now: number,
  stationId: string,
  companyId: string,
  overrides: Partial<VisitDoc> = {},
): Promise<string> {
  const by = await stationConsultant(store, now, stationId);
  const doc: VisitDoc = {
    _id: `visit:seed-${++seq}-${process.pid}`,
    stationId,
    stationName: '测试站点',
    companyId,
    companyName: `测试企业${companyId}`,
    visitedAt: now - 2 * HOUR_MS,
    form: 'onsite',
    visitors: ['驻站专家'],
    met: '陈总',
    topics: ['policy'],
    findings: '企业尚无知识产权管理制度',
    sharedSummary: '宣讲了知识产权扶持政策',
    internalNote: '下次带贯标材料',
    photos: [],
    requestIds: [],
    createdBy: by,
    createdByName: `驻站专家${stationId}`,
    createdAt: now,
    ...overrides,
  };
  await store.insert('visits', doc);
  return doc._id;
}

/** An open follow-up of `companyId` at `stationId`, owed by `ownerId` (default: the station's consultant). */
export async function seedFollowUp(
  store: Store,
  now: number,
  stationId: string,
  companyId: string,
  options: { ownerId?: string; dueInDays?: number } = {},
): Promise<string> {
  const ownerId = options.ownerId ?? (await stationConsultant(store, now, stationId));
  const doc: FollowUpDoc = newFollowUpDoc({
    source: 'visit',
    sourceId: `visit:seed-fu-${++seq}-${process.pid}`,
    stationId,
    company: { id: companyId, name: `测试企业${companyId}` },
    owner: { id: ownerId, name: '回访人' },
    dueDate: addDays(shanghaiDate(now), options.dueInDays ?? 0),
    subject: '回访政策落实情况',
    now,
  });
  await store.insert('follow_ups', doc);
  return doc._id;
}
