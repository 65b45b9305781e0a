/**
 * Improvement actions, due soonest first: the policy's scope of the acting role (an owner their
 * own at their station, a chief the station's, an admin any or one station's, a district admin the
 * district's), by status or only the overdue ones.
 */
import { shanghaiDate } from '../../../core/rules/time';
import type { ImprovementDoc } from '../../../core/store/docs';
import type { Where } from '../../../core/store/query';
import { findPage } from '../../_shared/paging';
import { handler } from '../../_shared/runtime';
import { narrow, scopeWhere } from '../../_shared/scope';
import { improvementView } from '../views';

export default handler('quality', 'listImprovements', async (ctx, input) => {
  const caller = ctx.requireCaller();
  const today = shanghaiDate(ctx.clock.now());
  const where: Where = {
    ...scopeWhere('quality', 'listImprovements', caller, { station: 'stationId', assigned: 'ownerId' }),
  };
  narrow(where, 'stationId', input.stationId, '您只能查看本站点的整改事项');
  if (input.overdue) Object.assign(where, { status: 'open', dueDate: { $lt: today } });
  else if (input.status) where.status = input.status;
  const page = await findPage<ImprovementDoc, ImprovementDoc>(
    ctx.store,
    'improvements',
    where,
    [['dueDate', 'asc']],
    input,
    (d) => d,
  );
  return { ...page, items: await Promise.all(page.items.map((d) => improvementView(ctx.files, d, today))) };
});
