/**
 * Complaints written straight into a store, at any status, for the authorisation matrix and the
 * complaint tests: filed by someone of `companyId` (not the caller) against `stationId`, about the
 * station's consultant (a person, so it can be passed on), answered by the chief, unless told otherwise.
 */
import type { ComplaintStatus } from '../../core/enums';
import type { Store } from '../../core/ports';
import type { ComplaintDoc } from '../../core/store/docs';
import { DAY } from './clock';
import { stationConsultant } from './consult-seed';

let complaintSeq = 0;

export async function seedComplaint(
  store: Store,
  now: number,
  stationId: string,
  companyId: string,
  overrides: Partial<ComplaintDoc> = {},
): Promise<string> {
  const status: ComplaintStatus = overrides.status ?? 'submitted';
  const personId = await stationConsultant(store, now, stationId);
  const complainantId = overrides.complainantId ?? `u-complainant-${complaintSeq + 1}`;
  const doc: ComplaintDoc = {
    _id: `cmp:seed-${++complaintSeq}-${process.pid}`,
    stationId,
    stationName: '被投诉站点',
    subjectKind: 'person',
    subjectLabel: '驻站专家（咨询服务）',
    personId,
    personName: '驻站专家',
    route: 'chief',
    facts: '预约的咨询时间到了却没有人接待，等了半个小时',
    wanted: '希望工作站说明情况',
    attachments: [],
    complainantId,
    complainantName: '投诉人张三',
    companyId,
    companyName: '投诉企业有限公司',
    status,
    dueAt: now + 7 * DAY,
    history: [{ at: now, by: complainantId, byName: '投诉人张三', event: 'created', status: 'submitted' }],
    ...(status !== 'submitted'
      ? { answer: { text: '已核实情况并向企业致歉，今后加强排班管理', by: 'u-chief', byName: '站长', at: now } }
      : {}),
    ...(status === 'escalated' ? { escalationReason: '答复没有解决问题', escalatedAt: now } : {}),
    createdAt: now,
    updatedAt: now,
    ...overrides,
  };
  await store.insert('complaints', doc);
  return doc._id;
}
