/**
 * 我的回访: follow-ups by due date (Shanghai days, by the server's clock). A liaison or expert
 * reads their own at the station they act for, a chief the station's. Views: due today, overdue
 * (oldest first), upcoming, done (latest due first); with the open counts for the tabs. Each
 * query is served by a declared index on follow_ups.
 */
import type { Caller } from '../../../core/ports';
import { shanghaiDate } from '../../../core/rules/time';
import type { FollowUpView } from '../../../core/rules/visits';
import type { FollowUpDoc } from '../../../core/store/docs';
import type { FindOptions, Where } from '../../../core/store/query';
import { findPage } from '../../_shared/paging';
import { handler } from '../../_shared/runtime';
import { scopeWhere, type ScopeFields } from '../../_shared/scope';
import { followUpView } from '../views';

/** Where a follow-up's station and owner are (POLICY's scopes for listFollowUps). */
const SCOPE_FIELDS: ScopeFields = { station: 'stationId', assigned: 'ownerId' };

const scopeOf = (caller: Caller): Where | null =>
  scopeWhere('visit', 'listFollowUps', caller, SCOPE_FIELDS, '请在"我的"页面切换到工作站身份后查看回访');

const BY_VIEW: Record<FollowUpView, (today: string) => { where: Where; orderBy: NonNullable<FindOptions['orderBy']> }> =
  {
    today: (today) => ({ where: { status: 'open', dueDate: today }, orderBy: [['dueDate', 'asc']] }),
    overdue: (today) => ({ where: { status: 'open', dueDate: { $lt: today } }, orderBy: [['dueDate', 'asc']] }),
    upcoming: (today) => ({ where: { status: 'open', dueDate: { $gt: today } }, orderBy: [['dueDate', 'asc']] }),
    done: () => ({ where: { status: 'done' }, orderBy: [['dueDate', 'desc']] }),
  };

export function followUpsQuery(
  caller: Caller,
  view: FollowUpView,
  today: string,
): { where: Where; orderBy: NonNullable<FindOptions['orderBy']> } {
  const { where, orderBy } = BY_VIEW[view](today);
  return { where: { ...scopeOf(caller), ...where }, orderBy };
}

export default handler('visit', 'listFollowUps', async (ctx, input) => {
  const caller = ctx.requireCaller();
  const today = shanghaiDate(ctx.clock.now());
  const { where, orderBy } = followUpsQuery(caller, input.view, today);
  const count = (view: FollowUpView) => ctx.store.count('follow_ups', followUpsQuery(caller, view, today).where);
  const [page, todayCount, overdue, upcoming] = await Promise.all([
    findPage<FollowUpDoc, ReturnType<typeof followUpView>>(ctx.store, 'follow_ups', where, orderBy, input, (d) =>
      followUpView(d, today),
    ),
    count('today'),
    count('overdue'),
    count('upcoming'),
  ]);
  return { ...page, counts: { today: todayCount, overdue, upcoming } };
});
