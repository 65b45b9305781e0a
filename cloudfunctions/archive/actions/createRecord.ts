/**
 * Writes a consultation's archive record (咨询档案).
 *
 * From a booking: the assigned consultant (or the chief) closes it — ONE transaction inserts the
 * record under `booking:<bookingId>` (the database refuses a second record of a booking), marks
 * the booking done with a history entry and gives the company's open-bookings count back.
 *
 * Without a booking (walk-in, phone, online chat): for a company of the station's ledger or a
 * new one, which one transaction adds to the ledger together with the record. The record's id is
 * derived from the writer and the client request id, so a retry can never archive twice.
 *
 * Everything that can be judged from the request is checked first: bad input writes nothing.
 */
import { AppError, isAppError } from '../../../core/errors';
import type { Caller, Notice } from '../../../core/ports';
import type { BookingDoc, ConsultationRecordDoc, StationDoc, UserDoc } from '../../../core/store/docs';
import { claimAttachments } from '../../_shared/attachments';
import { mustGet } from '../../_shared/records';
import { handler, type HandlerContext } from '../../_shared/runtime';
import { bookingTarget } from '../../_shared/bookings';
import { archivedNotices, recordLink } from '../../_shared/booking-notices';
import { bookingRecordId, closeBooking } from '../../_shared/bookings';
import { invalidField } from '../../_shared/errors';
import { consultantRole } from '../../_shared/people';
import { stationChiefIds } from '../../_shared/people';
import { insertRecordFollowUp } from '../follow-up';
import { recordContent, walkInTime, type RecordInput } from '../content';
import { readsAsCompany } from '../../_shared/views';
import { recordView } from '../views';
import { recordCompany, walkInRecordId } from '../walk-in';

const writer = (caller: Caller) => ({ createdBy: caller.userId, createdByName: caller.displayName });

async function fromBooking(ctx: HandlerContext, caller: Caller, input: RecordInput, bookingId: string) {
  if (input.companyId || input.newCompany) {
    throw invalidField('companyId', '企业', '从预约填写记录时，企业以预约为准，请勿另选');
  }
  const before = await mustGet<BookingDoc>(ctx.store, 'bookings', bookingId);
  ctx.authorize(bookingTarget(before));
  if (input.consultantId && input.consultantId !== before.consultantId) {
    throw invalidField('consultantId', '咨询人员', '从预约填写记录时，咨询人员以预约为准');
  }
  if (input.consultedAt !== undefined) {
    throw invalidField('consultedAt', '咨询时间', '从预约填写记录时，咨询时间以预约时段为准');
  }
  const content = recordContent(input, before.start, await claimAttachments(ctx, input.attachments));
  const now = ctx.clock.now();
  let record: ConsultationRecordDoc | null = null;
  let after: BookingDoc;
  try {
    after = await closeBooking(
      ctx.store,
      before._id,
      'done',
      (current) => ctx.authorize(bookingTarget(current)),
      { at: now, by: caller.userId, byName: caller.displayName, event: 'done' },
      async (tx, current) => {
        const doc: ConsultationRecordDoc = {
          _id: bookingRecordId(current._id),
          stationId: current.stationId,
          stationName: current.stationName,
          companyId: current.companyId,
          companyName: current.companyName,
          consultantId: current.consultantId,
          consultantName: current.consultantName,
          bookingId: current._id,
          consultedAt: current.start,
          channel: input.channel ?? current.channel,
          ...content,
          ...writer(caller),
          createdAt: now,
        };
        try {
          await tx.insert('consultation_records', doc);
        } catch (e) {
          if (isAppError(e) && e.code === 'CONFLICT')
            throw new AppError('CONFLICT', '该预约已有咨询记录，不能重复填写');
          throw e;
        }
        await insertRecordFollowUp(tx, doc);
        record = doc;
      },
    );
  } catch (e) {
    if (!(isAppError(e) && e.code === 'CONFLICT')) throw e;
    // Closed already: by this very submission when the record is ours (a replay), else a conflict.
    const first = await ctx.store.get<ConsultationRecordDoc>('consultation_records', bookingRecordId(before._id));
    if (first && first.createdBy === caller.userId) return first;
    throw e;
  }
  const written = record as ConsultationRecordDoc | null;
  if (!written) throw new Error('closeBooking returned without writing the record');
  await ctx.audit('create', written._id, { bookingId: after._id, companyId: after.companyId });
  await ctx.notifyAll(archivedNotices(after, caller));
  return written;
}

async function walkIn(ctx: HandlerContext, caller: Caller, input: RecordInput) {
  const stationId = caller.acting?.stationId;
  if (!stationId) throw new AppError('FORBIDDEN', '请在"我的"页面切换到工作站身份后填写咨询记录');
  const consultantId = input.consultantId ?? caller.userId;
  // A liaison or expert writes their own; the chief anyone's at the station (policy: assigned / station).
  ctx.authorize({ stationId, assigneeId: consultantId });
  const now = ctx.clock.now();
  if (!input.channel) throw invalidField('channel', '咨询方式', '请选择咨询方式');
  const consultedAt = walkInTime(input, now);
  const content = recordContent(input, consultedAt, await claimAttachments(ctx, input.attachments));
  const station = await mustGet<StationDoc>(ctx.store, 'stations', stationId);
  if (!(await consultantRole(ctx.store, stationId, consultantId))) {
    throw invalidField('consultantId', '咨询人员', '该人员不是本站的联络员、专家或站长，请重新选择');
  }
  const consultant = await mustGet<UserDoc>(ctx.store, 'users', consultantId);
  const company = await recordCompany(ctx.store, ctx.ids, caller, station, input, now);
  const doc: ConsultationRecordDoc = {
    _id: walkInRecordId(caller.userId, input.clientRequestId),
    stationId,
    stationName: station.name,
    companyId: company.doc._id,
    companyName: company.doc.name,
    consultantId,
    consultantName: consultant.displayName,
    consultedAt,
    channel: input.channel,
    ...content,
    ...writer(caller),
    createdAt: now,
  };
  try {
    await ctx.store.transaction(async (tx) => {
      if (company.isNew) await tx.insert('companies', company.doc);
      await tx.insert('consultation_records', doc);
      await insertRecordFollowUp(tx, doc);
    });
  } catch (e) {
    if (!(isAppError(e) && e.code === 'CONFLICT')) throw e;
    // The same submission again (its id is taken by our own record): the first result.
    const first = await ctx.store.get<ConsultationRecordDoc>('consultation_records', doc._id);
    if (first && first.createdBy === caller.userId) return first;
    throw new AppError('CONFLICT', '该企业刚刚被登记进台账，请重新选择企业后提交');
  }
  await ctx.audit('create', doc._id, { companyId: doc.companyId, newCompany: company.isNew });
  return doc;
}

/** A clue for the rights-protection assistance center (004 §7.3.4): the station's chiefs refer it on. */
async function clueNotices(ctx: HandlerContext, caller: Caller, r: ConsultationRecordDoc): Promise<Notice[]> {
  if (!r.rightsClue) return [];
  const chiefs = await stationChiefIds(ctx.store, r.stationId);
  return chiefs
    .filter((userId) => userId !== caller.userId)
    .map((userId) => ({
      userId,
      kind: 'record.rights_clue',
      title: '维权线索待转介',
      body: `${r.consultantName}在与${r.companyName}的咨询中发现维权线索，请核实后转介维权援助机构`,
      link: recordLink(r._id),
    }));
}

export default handler('archive', 'createRecord', async (ctx, input) => {
  const caller = ctx.requireCaller();
  const record = input.bookingId
    ? await fromBooking(ctx, caller, input, input.bookingId)
    : await walkIn(ctx, caller, input);
  await ctx.notifyAll(await clueNotices(ctx, caller, record));
  return recordView(record, readsAsCompany(caller));
});
