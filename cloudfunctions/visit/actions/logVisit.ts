/**
 * Logs a site visit (走访, 004 §7.3.1) to a company of the station the caller acts for.
 *
 * Everything judged from the request is checked first (time, follow-up date, company, photos):
 * bad input writes nothing. Then ONE transaction writes, all or nothing:
 *   - the visit, under `visit:<hash of caller and clientRequestId>` — a replay of the same
 *     submission from the phone's outbox collides with it and the database refuses it;
 *   - one service request per need found (`req:<visitId>:<n>`, source 'visit');
 *   - the follow-up on the next follow-up date (`fu:visit:<visitId>`), owed by the caller;
 *   - the holdings checked on the spot and their history entry (`hh:<visitId>`);
 *   - the company's last-visit time, moved forward only (a late-logged older visit leaves it).
 */
import { AppError, isAppError } from '../../../core/errors';
import type { Caller, TxStore } from '../../../core/ports';
import type { CompanyDoc, ServiceRequestDoc, StationDoc, VisitDoc } from '../../../core/store/docs';
import { claimAttachments } from '../../_shared/attachments';
import { newFollowUpDoc } from '../../_shared/followups';
import { changeHoldings } from '../../_shared/holdings';
import { mustGet } from '../../_shared/records';
import { handler, type HandlerContext } from '../../_shared/runtime';
import { newRequestDoc } from '../../request/new-request';
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

/**
 * The visit with the holdings as they stand after it, and the company's last-visit time and
 * holdings moved — the company read inside the transaction, so a concurrent edit is not lost.
 */
async function writeInTx(tx: TxStore, visit: VisitDoc, input: VisitInput, by: Caller): Promise<VisitDoc> {
  const company = await tx.get<CompanyDoc>('companies', visit.companyId);
  if (!company) throw new AppError('NOT_FOUND', '企业不存在或已被删除，请刷新后重试');
  const after = holdingsAfterVisit(company, input.holdings);
  const doc: VisitDoc = after ? { ...visit, holdings: after } : visit;
  // First write: a replay of the same submission stops here (CONFLICT), before anything else.
  await tx.insert('visits', doc);
  for (const r of requestsOf(doc, input, by)) await tx.insert('service_requests', r);
  if (input.nextFollowUpDate) {
    await tx.insert(
      'follow_ups',
      newFollowUpDoc({
        source: 'visit',
        sourceId: doc._id,
        stationId: doc.stationId,
        company: { id: doc.companyId, name: doc.companyName },
        owner: { id: by.userId, name: by.displayName },
        dueDate: input.nextFollowUpDate,
        subject: followUpSubject(input),
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
      by: { id: by.userId, name: by.displayName },
      source: 'visit',
      historyId: visitHoldingsHistoryId(doc._id),
      visitId: doc._id,
      now: doc.createdAt,
    });
  }
  return doc;
}

async function write(ctx: HandlerContext, visit: VisitDoc, input: VisitInput, by: Caller): Promise<VisitDoc> {
  let doc: VisitDoc;
  try {
    doc = await ctx.store.transaction((tx) => writeInTx(tx, visit, input, by));
  } catch (e) {
    if (!(isAppError(e) && e.code === 'CONFLICT')) throw e;
    // The same submission again (its id is taken by our own visit): the first result, nothing new.
    const first = await ctx.store.get<VisitDoc>('visits', visit._id);
    if (first && first.createdBy === by.userId) return first;
    throw e;
  }
  await ctx.audit('create', doc._id, { companyId: doc.companyId, requestIds: doc.requestIds });
  return doc;
}

export default handler('visit', 'logVisit', async (ctx, input) => {
  const caller = ctx.requireCaller();
  const now = ctx.clock.now();
  checkVisitTime(input.visitedAt, now);
  checkNextFollowUp(input.nextFollowUpDate, input.visitedAt);
  const company = await mustGet<CompanyDoc>(ctx.store, 'companies', input.companyId);
  // A company of another station's ledger is not the caller's to visit (policy: station scope).
  ctx.authorize({ stationId: company.stationId });
  const station = await mustGet<StationDoc>(ctx.store, 'stations', company.stationId);
  const photos = await claimAttachments(ctx, input.photos, [], '照片');
  const internalNote = input.internalNote?.trim();
  const id = visitIdOf(caller.userId, input.clientRequestId);
  const visit: VisitDoc = {
    _id: id,
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
    photos,
    ...(input.location ? { location: input.location } : {}),
    ...(input.nextFollowUpDate ? { nextFollowUpDate: input.nextFollowUpDate } : {}),
    requestIds: input.needs.map((_, i) => visitRequestId(id, i + 1)),
    createdBy: caller.userId,
    createdByName: caller.displayName,
    createdAt: now,
  };
  return stationVisitView(ctx.files, await write(ctx, visit, input, caller));
});
