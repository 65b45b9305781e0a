/**
 * 安排走访: a visit suggested by 企业关注 becomes planned — a 走访计划 follow-up owed by the one
 * who planned it, due that day, which 工作台 counts and which opens 登记走访 for the company. Its id
 * names the company and the day, so planning it twice (a double tap, a retry) plans it once.
 */
import { AppError, isAppError } from '../../../core/errors';
import type { CompanyDoc, FollowUpDoc } from '../../../core/store/docs';
import { followUpId, newFollowUpDoc } from '../../_shared/followups';
import { mustGet } from '../../_shared/records';
import { handler } from '../../_shared/runtime';
import { shanghaiDate } from '../../../core/rules/time';

export default handler('stats', 'planVisit', async (ctx, input) => {
  const caller = ctx.requireCaller();
  const company = await mustGet<CompanyDoc>(ctx.store, 'companies', input.companyId);
  ctx.authorize({ stationId: company.stationId });
  if (input.dueDate < shanghaiDate(ctx.clock.now())) {
    throw new AppError('INVALID_INPUT', '计划走访日期不能早于今天', { dueDate: '计划走访日期：不能早于今天' });
  }
  const sourceId = `${company._id}:${input.dueDate}`;
  const doc: FollowUpDoc = newFollowUpDoc({
    source: 'plan',
    sourceId,
    stationId: company.stationId,
    company: { id: company._id, name: company.name },
    owner: { id: caller.userId, name: caller.displayName },
    dueDate: input.dueDate,
    subject: `计划走访：${company.name}`,
    now: ctx.clock.now(),
  });
  try {
    await ctx.store.insert('follow_ups', doc);
  } catch (e) {
    if (isAppError(e) && e.code === 'CONFLICT')
      return { followUpId: followUpId('plan', sourceId), dueDate: input.dueDate, created: false };
    throw e;
  }
  await ctx.audit('plan_visit', doc._id, { companyId: company._id, dueDate: input.dueDate });
  return { followUpId: doc._id, dueDate: input.dueDate, created: true };
});
