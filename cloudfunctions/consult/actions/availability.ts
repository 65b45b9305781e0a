/** Consultants' weekly patterns at a station, and the public list of who can be booked there. */
import { AppError, isAppError } from '../../../core/errors';
import type { AvailabilityDoc, StationDoc, UserDoc } from '../../../core/store/docs';
import { findAll } from '../../_shared/paging';
import { mustGet } from '../../_shared/records';
import { handler } from '../../_shared/runtime';
import { invalidField } from '../../_shared/errors';
import { availabilityId, stationPatterns } from '../station';
import { consultantRole, stationConsultants } from '../../_shared/people';
import { availabilityView, emptyAvailability } from '../views';

export const getAvailability = handler('consult', 'getAvailability', async (ctx, input) => {
  ctx.authorize({ stationId: input.stationId, assigneeId: input.consultantId });
  const doc = await ctx.store.get<AvailabilityDoc>('availability', availabilityId(input.stationId, input.consultantId));
  if (doc) return availabilityView(doc);
  const user = await ctx.store.get<UserDoc>('users', input.consultantId);
  if (!user) throw new AppError('NOT_FOUND', '该咨询人员不存在，请刷新后重试');
  return emptyAvailability(input.stationId, input.consultantId, user.displayName);
});

/**
 * A liaison or expert publishes their own pattern; the chief edits anyone's at the station.
 * Bookings are separate documents holding their own slot, so a changed pattern never drops
 * one: a booked slot the new pattern no longer offers stays booked until it is cancelled.
 */
export const saveAvailability = handler('consult', 'saveAvailability', async (ctx, input) => {
  const station = await mustGet<StationDoc>(ctx.store, 'stations', input.stationId);
  ctx.authorize({ stationId: station._id, assigneeId: input.consultantId });
  if (!(await consultantRole(ctx.store, station._id, input.consultantId))) {
    throw invalidField('consultantId', '咨询人员', '该人员不是本站的联络员、专家或站长，不能发布咨询时间');
  }
  const user = await mustGet<UserDoc>(ctx.store, 'users', input.consultantId);
  const fields = {
    consultantName: user.displayName,
    rules: input.rules,
    exceptions: input.exceptions,
    updatedAt: ctx.clock.now(),
    updatedBy: ctx.requireCaller().userId,
  };
  const doc: AvailabilityDoc = {
    _id: availabilityId(station._id, input.consultantId),
    stationId: station._id,
    consultantId: input.consultantId,
    ...fields,
  };
  // Insert first, update when it exists: CloudBase's update count leaves out unchanged
  // documents, so "updated 0" would not tell "missing" from "saved the same pattern".
  try {
    await ctx.store.insert('availability', doc);
  } catch (e) {
    if (!(isAppError(e) && e.code === 'CONFLICT')) throw e;
    await ctx.store.update('availability', { _id: doc._id }, { set: fields });
  }
  await ctx.audit('save', doc._id, { rules: input.rules.length, exceptions: input.exceptions.length });
  return availabilityView(doc);
});

/** Public: the people with a published pattern at the station, by name. */
export const listConsultants = handler('consult', 'listConsultants', async (ctx, input) => {
  await mustGet<StationDoc>(ctx.store, 'stations', input.stationId);
  const patterns = await stationPatterns(ctx.store, input.stationId);
  return patterns.map((p) => ({ id: p.consultantId, name: p.consultantName, role: p.role }));
});

/**
 * The chief's picker: every current consultant of the station, by name, whether or not they
 * have published a pattern (a new liaison has none until someone sets their time).
 */
export const listStationMembers = handler('consult', 'listStationMembers', async (ctx, input) => {
  const station = await mustGet<StationDoc>(ctx.store, 'stations', input.stationId);
  ctx.authorize({ stationId: station._id });
  const [roles, patterns] = await Promise.all([
    stationConsultants(ctx.store, station._id),
    findAll<AvailabilityDoc>(ctx.store, 'availability', { stationId: station._id }),
  ]);
  const withPattern = new Set(patterns.map((p) => p.consultantId));
  // Their names in one read by id, not one read per person.
  const users = roles.size ? await findAll<UserDoc>(ctx.store, 'users', { _id: { $in: [...roles.keys()] } }) : [];
  return users
    .map((u) => ({ id: u._id, name: u.displayName, role: roles.get(u._id)!, hasPattern: withPattern.has(u._id) }))
    .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
});
