/**
 * A studio application waiting past its stage's time limit: the stage's approvers (a town branch:
 * its area's) are reminded once per stage entry — the mark `<stage>:<enteredAt>` is set by a
 * conditional update first, so overlapping timer runs remind once. Run by jobs.sweepStudioStages.
 */
import { STUDIO_STAGE } from '../../core/enums';
import { ROUTES } from '../../core/pages';
import { STAGE_ROLE } from '../../core/rules/studio';
import type { StudioApplicationDoc } from '../../core/store/docs';
import { findAll } from './paging';
import { overseerIds } from './people';
import type { HandlerContext } from './runtime';

export async function sweepStudioStages(ctx: HandlerContext): Promise<{ checked: number; reminded: number }> {
  const now = ctx.clock.now();
  const due = await findAll<StudioApplicationDoc>(
    ctx.store,
    'studio_applications',
    { status: 'reviewing', dueAt: { $lt: now } },
    [['dueAt', 'asc']],
  );
  let reminded = 0;
  for (const a of due) {
    const mark = `${a.stage}:${a.enteredStageAt}`;
    if (a.overdueReminded === mark) continue;
    const won = await ctx.store.update(
      'studio_applications',
      { _id: a._id, version: a.version, status: 'reviewing' },
      { set: { overdueReminded: mark } },
    );
    if (!won) continue;
    const ids = await overseerIds(ctx.store, STAGE_ROLE[a.stage], a.stage === 'branch' ? a.district : undefined);
    await ctx.notifyAll(
      ids.map((userId) => ({
        userId,
        kind: 'studio.overdue',
        title: '流动工作室申请审批已超时',
        body: `${a.companyName}的流动工作室申请在${STUDIO_STAGE.labels[a.stage]}已超过审批时限，请尽快审批。`,
        link: ROUTES.studioApplication(a._id),
        facts: { company: a.companyName, stage: STUDIO_STAGE.labels[a.stage] },
      })),
    );
    reminded++;
  }
  return { checked: due.length, reminded };
}
