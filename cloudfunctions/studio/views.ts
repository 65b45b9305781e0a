/** A stored application → what the pages show, with what the caller may do now. */
import type { StudioApplication, StudioApplicationSummary } from '../../core/contract';
import { STAGE_ROLE, staffingGaps } from '../../core/rules/studio';
import type { StudioApplicationDoc } from '../../core/store/docs';
import type { HandlerContext } from '../_shared/runtime';
import { applicationTarget } from './access';

const DECIDE = { branch: 'decideAtBranch', section: 'decideAtSection', bureau: 'decideAtBureau' } as const;
export const decideActionOf = (stage: StudioApplicationDoc['stage']) => DECIDE[stage];

export function summaryView(a: StudioApplicationDoc, now: number): StudioApplicationSummary {
  return {
    id: a._id,
    companyId: a.companyId,
    companyName: a.companyName,
    district: a.district,
    town: a.town,
    status: a.status,
    stage: a.stage,
    ...(a.status === 'reviewing' && a.dueAt !== undefined ? { dueAt: a.dueAt } : {}),
    overdue: a.status === 'reviewing' && a.dueAt !== undefined && a.dueAt < now,
    ...(a.number ? { number: a.number } : {}),
    submittedAt: a.submittedAt,
    updatedAt: a.updatedAt,
  };
}

export function applicationView(ctx: HandlerContext, a: StudioApplicationDoc): StudioApplication {
  const target = applicationTarget(a);
  const role = ctx.caller?.acting?.role;
  const open = a.status === 'reviewing' || a.status === 'returned';
  return {
    ...summaryView(a, ctx.clock.now()),
    creditCode: a.creditCode,
    form: a.form,
    history: a.history,
    staff: a.staff,
    staffingGaps: staffingGaps(a.staff),
    ...(a.studioStationId ? { studioStationId: a.studioStationId } : {}),
    canDecide:
      a.status === 'reviewing' && role === STAGE_ROLE[a.stage] && ctx.may('studio', decideActionOf(a.stage), target),
    canResubmit: a.status === 'returned' && ctx.may('studio', 'resubmitApplication', target),
    canEditStaff: open && ctx.may('studio', 'saveStaff', target),
    version: a.version,
  };
}
