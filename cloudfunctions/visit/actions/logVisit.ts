/**
 * Logs a site visit (走访, 004 §7.3.1) to a company of the station the caller acts for.
 *
 * Everything judged from the request alone is checked first (time, follow-up date, photos). Then
 * ONE transaction reads the company (NOT_FOUND, FORBIDDEN) and writes, all or nothing:
 *   - the visit, under `visit:<hash of caller and clientRequestId>` — a replay of the same
 *     submission from the phone's outbox collides with it and the database refuses it;
 *   - one service request per need found (`req:<visitId>:<n>`, source 'visit');
 *   - the follow-up on the next follow-up date (`fu:visit:<visitId>`), owed by the caller;
 *   - the holdings checked on the spot and their history entry (`hh:<visitId>`);
 *   - the company's last-visit time, moved forward only (a late-logged older visit leaves it).
 * The visit's id is its idempotency: the action runs without the runtime's request log
 * (replaySafeHandler), two database requests fewer per call.
 */
import { AppError, isAppError } from '../../../core/errors';
import type { Caller, TxStore } from '../../../core/ports';
import type {
  AttachmentRef,
  CompanyDoc,
  Holdings,
  ServiceRequestDoc,
  StationDoc,
  VisitDoc,
} from '../../../core/store/docs';
import { claimAttachments } from '../../_shared/attachments';
import { newFollowUpDoc } from '../../_shared/followups';
import { changeHoldings } from '../../_shared/holdings';
import { replaySafeHandler, stillProcessing, type HandlerContext } from '../../_shared/runtime';
import { newRequestDoc } from '../../_shared/service-requests';
import { checkNextFollowUp, checkVisitTime, followUpSubject, holdingsAfterVisit, type VisitInput } from '../content';
import { visitHoldingsHistoryId, visitIdOf, visitRequestId } from '../ids';
import { stationVisitView } from '../views';

function requestsOf(visit: VisitDoc, input: VisitInput, by: Caller): ServiceRequestDoc[] {
  return input.needs.map((need, i) =>
    newRequestDoc({
      id: visitRequestId(visit._id, i + 1),
      station: { id: visit.stationId, name: visit.stationName },
      company: { id: visit.companyId, name: visit.companyName },
      category: need.category,
      description: need.description,
      urgency: need.urgency,
      attachments: [],
      source: 'visit',
      visitId: visit._id,
      by: { id: by.userId, name: by.displayName },
      now: visit.createdAt,
    }),
  );
}

/** What one submission writes, judged before the transaction (nothing in it depends on the store). */
interface Submission {
  id: string;
  input: VisitInput;
  photos: AttachmentRef[];
  by: Caller;
  now: number;
}

function visitDoc(s: Submission, company: CompanyDoc, station: StationDoc, holdings: Holdings | null): VisitDoc {
  const { input, by } = s;
  const internalNote = input.internalNote?.trim();
  return {
    _id: s.id,
    stationId: station._id,
    stationName: station.name,
    companyId: company._id,
    companyName: company.name,
    visitedAt: input.visitedAt,
    form: input.form,
    visitors: input.visitors,
    met: input.met,
    topics: input.topics,
    findings: input.findings,
    sharedSummary: input.sharedSummary,
    ...(internalNote ? { internalNote } : {}),
    photos: s.photos,
    ...(input.location ? { location: input.location } : {}),
    ...(input.nextFollowUpDate ? { nextFollowUpDate: input.nextFollowUpDate } : {}),
    ...(holdings ? { holdings } : {}),
    requestIds: input.needs.map((_, i) => visitRequestId(s.id, i + 1)),
    createdBy: by.userId,
    createdByName: by.displayName,
    createdAt: s.now,
  };
}

/**
 * Everything the visit writes. The company is read once, here: authorised on it (a company of
 * another station's ledger is not the caller's to visit: policy station scope), and its holdings
 * and last-visit time moved from what is current, so a concurrent edit is not lost.
 */
async function writeInTx(ctx: HandlerContext, tx: TxStore, s: Submission): Promise<VisitDoc> {
  const company = await tx.get<CompanyDoc>('companies', s.input.companyId);
  if (!company) throw new AppError('NOT_FOUND', '企业不存在或已被删除，请刷新后重试');
  ctx.authorize({ stationId: company.stationId });
  const station = await tx.get<StationDoc>('stations', company.stationId);
  if (!station) throw new AppError('NOT_FOUND', '服务站点不存在或已被删除，请刷新后重试');
  const after = holdingsAfterVisit(company, s.input.holdings);
  const doc = visitDoc(s, company, station, after);
  // First write: a replay of the same submission stops here (CONFLICT), before anything else.
  await tx.insert('visits', doc);
  for (const r of requestsOf(doc, s.input, s.by)) await tx.insert('service_requests', r);
  if (s.input.nextFollowUpDate) {
    await tx.insert(
      'follow_ups',
      newFollowUpDoc({
        source: 'visit',
        sourceId: doc._id,
        stationId: doc.stationId,
        company: { id: doc.companyId, name: doc.companyName },
        owner: { id: s.by.userId, name: s.by.displayName },
        dueDate: s.input.nextFollowUpDate,
        subject: followUpSubject(s.input),
        now: doc.createdAt,
      }),
    );
  }
  if (doc.visitedAt > (company.lastVisitAt ?? 0)) {
    await tx.updateById('companies', company._id, { set: { lastVisitAt: doc.visitedAt } });
  }
  if (after) {
    await changeHoldings(tx, {
      company,
      after,
      by: { id: s.by.userId, name: s.by.displayName },
      source: 'visit',
      historyId: visitHoldingsHistoryId(doc._id),
      visitId: doc._id,
      now: doc.createdAt,
    });
  }
  return doc;
}

async function write(ctx: HandlerContext, s: Submission): Promise<VisitDoc> {
  let doc: VisitDoc;
  try {
    doc = await ctx.store.transaction((tx) => writeInTx(ctx, tx, s));
  } catch (e) {
    if (!(isAppError(e) && e.code === 'CONFLICT')) throw e;
    // The same submission again (its id is taken by our own visit): the first result, nothing new.
    const first = await ctx.store.get<VisitDoc>('visits', s.id);
    if (first && first.createdBy === s.by.userId) return first;
    // The id is taken but the visit is not readable yet: the first attempt's transaction is open.
    if (!first) throw stillProcessing();
    throw e;
  }
  await ctx.audit('create', doc._id, { companyId: doc.companyId, requestIds: doc.requestIds });
  return doc;
}

export default replaySafeHandler('visit', 'logVisit', async (ctx, input) => {
  const caller = ctx.requireCaller();
  const now = ctx.clock.now();
  checkVisitTime(input.visitedAt, now);
  checkNextFollowUp(input.nextFollowUpDate, input.visitedAt);
  const photos = await claimAttachments(ctx, input.photos, [], '照片');
  const id = visitIdOf(caller.userId, input.clientRequestId);
  return stationVisitView(ctx.files, await write(ctx, { id, input, photos, by: caller, now }));
});
