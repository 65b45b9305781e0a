/**
 * Complaints (and improvement actions, articles) written straight into a store, at any status, for the authorisation matrix and the
 * complaint tests: filed by someone of `companyId` (not the caller) against `stationId`, about the
 * station's consultant (a person, so it can be passed on), answered by the chief, unless told otherwise.
 */
import type { ComplaintStatus } from '../../core/enums';
import type { Store } from '../../core/ports';
import type { ArticleDoc, ComplaintDoc, ImprovementDoc } from '../../core/store/docs';
import { shanghaiDate } from '../../core/rules/time';
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

let improvementSeq = 0;

/** An open improvement action of `stationId`, owned by the station's consultant, due in a week. */
export async function seedImprovement(
  store: Store,
  now: number,
  stationId: string,
  overrides: Partial<ImprovementDoc> = {},
): Promise<string> {
  const ownerId = await stationConsultant(store, now, stationId);
  const doc: ImprovementDoc = {
    _id: `imp:seed-${++improvementSeq}-${process.pid}`,
    stationId,
    stationName: '整改站点',
    sourceKind: 'self_check',
    sourceLabel: '内部自查',
    finding: '咨询记录填写不完整',
    measure: '组织咨询记录规范培训',
    ownerId,
    ownerName: '驻站专家',
    dueDate: shanghaiDate(now + 7 * DAY),
    status: 'open',
    attachments: [],
    createdBy: 'u-chief',
    createdByName: '站长',
    createdAt: now,
    updatedAt: now,
    ...overrides,
  };
  await store.insert('improvements', doc);
  return doc._id;
}

let articleSeq = 0;

/** A published article of `stationId` (the city's with null), already live at `now`. */
export async function seedArticle(
  store: Store,
  now: number,
  stationId: string | null,
  overrides: Partial<ArticleDoc> = {},
): Promise<string> {
  const doc: ArticleDoc = {
    _id: `art:seed-${++articleSeq}-${process.pid}`,
    kind: 'policy',
    ...(stationId ? { stationId } : {}),
    source: stationId ? '测试站点' : '市知识产权公共服务中心',
    title: '专利转化专项政策解读',
    markdown: '## 政策要点',
    html: '<h2>政策要点</h2>',
    summary: '政策要点',
    attachments: [],
    status: 'published',
    publishAt: now - 1000,
    readCount: 0,
    createdBy: 'u-author',
    createdByName: '作者',
    createdAt: now,
    updatedAt: now,
    ...overrides,
  };
  await store.insert('articles', doc);
  return doc._id;
}
