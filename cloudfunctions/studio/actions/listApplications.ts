/** Applications in the caller's reach (scopeWhere: a company its own, a town branch its area's), newest first. */
import type { StudioApplicationDoc } from '../../../core/store/docs';
import type { Where } from '../../../core/store/query';
import { findPage } from '../../_shared/paging';
import { handler } from '../../_shared/runtime';
import { scopeWhere } from '../../_shared/scope';
import { summaryView } from '../views';

export default handler('studio', 'listApplications', async (ctx, input) => {
  const caller = ctx.requireCaller();
  const where: Where = {
    ...scopeWhere('studio', 'listApplications', caller, { company: 'companyId', district: 'district' }),
    ...(input.status ? { status: input.status } : {}),
    ...(input.stage ? { stage: input.stage } : {}),
  };
  const now = ctx.clock.now();
  return findPage<StudioApplicationDoc, ReturnType<typeof summaryView>>(
    ctx.store,
    'studio_applications',
    where,
    [['submittedAt', 'desc']],
    input,
    (d) => summaryView(d, now),
  );
});
