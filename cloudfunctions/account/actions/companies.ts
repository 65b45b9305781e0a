/** Reading and reviewing company profiles (the station's side). */
import { AppError } from '../../../core/errors';
import type { CompanyDoc, MembershipDoc, StationDoc } from '../../../core/store/docs';
import type { Where } from '../../../core/store/query';
import { findPage } from '../../_shared/paging';
import { mustGet } from '../../_shared/records';
import { handler } from '../../_shared/runtime';
import { companyView } from '../../_shared/views';

export const getCompany = handler('account', 'getCompany', async (ctx, input) => {
  const doc = await mustGet<CompanyDoc>(ctx.store, 'companies', input.companyId);
  ctx.authorize({ companyId: doc._id, stationId: doc.stationId });
  const station = await ctx.store.get<StationDoc>('stations', doc.stationId);
  return companyView(doc, station?.name);
});

export const listCompanies = handler('account', 'listCompanies', async (ctx, input) => {
  ctx.authorize({ stationId: input.stationId });
  const where: Where = { stationId: input.stationId };
  if (input.status) where.status = input.status;
  return findPage<CompanyDoc, ReturnType<typeof companyView>>(
    ctx.store,
    'companies',
    where,
    [['createdAt', 'desc']],
    input,
    (d) => companyView(d),
  );
});

/** Confirms or rejects a pending company; only once (the conditional update decides). */
export const reviewCompany = handler('account', 'reviewCompany', async (ctx, input) => {
  const before = await mustGet<CompanyDoc>(ctx.store, 'companies', input.companyId);
  ctx.authorize({ stationId: before.stationId });
  const caller = ctx.requireCaller();
  const status: CompanyDoc['status'] = input.decision === 'confirm' ? 'confirmed' : 'rejected';
  if (status === 'rejected' && !input.note) {
    throw new AppError('INVALID_INPUT', '审核意见：不通过时请说明原因', { note: '审核意见：不通过时请说明原因' });
  }
  const set = { status, reviewedBy: caller.userId, reviewedAt: ctx.clock.now(), reviewNote: input.note ?? '' };
  const changed = await ctx.store.update('companies', { _id: before._id, status: 'pending' }, { set });
  if (changed === 0) throw new AppError('CONFLICT', '该企业已审核过，请刷新查看');
  await ctx.audit(input.decision, before._id, { note: input.note });
  const staff = await ctx.store.find<MembershipDoc>('memberships', {
    where: { companyId: before._id, status: 'active' },
    limit: 100,
  });
  await ctx.notifyAll(
    staff.map((m) => ({
      userId: m.userId,
      kind: `company.${status}`,
      title: status === 'confirmed' ? '企业信息已确认' : '企业信息未通过确认',
      body: status === 'confirmed' ? `${before.name} 已由站点确认` : `${before.name} 未通过确认：${input.note}`,
    })),
  );
  return companyView({ ...before, ...set });
});
