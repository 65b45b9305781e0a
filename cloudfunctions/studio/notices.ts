/**
 * Who is told of each step: the approvers of the stage an application reaches (a town branch:
 * its area's), and the applicant of a return, a rejection or the final approval.
 */
import { STUDIO_STAGE, type StudioStage } from '../../core/enums';
import { ROUTES } from '../../core/pages';
import type { Notice, Store } from '../../core/ports';
import { STAGE_ROLE } from '../../core/rules/studio';
import { formatShanghai } from '../../core/rules/time';
import type { StudioApplicationDoc } from '../../core/store/docs';
import { overseerIds } from '../_shared/people';

const link = (a: StudioApplicationDoc) => ROUTES.studioApplication(a._id);

export async function approverIds(store: Store, a: StudioApplicationDoc, stage: StudioStage): Promise<string[]> {
  return overseerIds(store, STAGE_ROLE[stage], stage === 'branch' ? a.district : undefined);
}

/** The stage's approvers: an application waits for them (or is overdue with them). */
export async function toApprovers(store: Store, a: StudioApplicationDoc, overdue = false): Promise<Notice[]> {
  const ids = await approverIds(store, a, a.stage);
  const due = a.dueAt ? `，请于${formatShanghai(a.dueAt, 'M月D日')}前审批` : '';
  return ids.map((userId) => ({
    userId,
    kind: overdue ? 'studio.overdue' : 'studio.waiting',
    title: overdue ? '流动工作室申请审批已超时' : '有流动工作室申请待审批',
    body: `${a.companyName}申请设立企业知识产权保护流动工作室，现由${STUDIO_STAGE.labels[a.stage]}审批${overdue ? '，已超过审批时限' : due}。`,
    link: link(a),
    facts: { company: a.companyName, stage: STUDIO_STAGE.labels[a.stage] },
  }));
}

export function toApplicant(a: StudioApplicationDoc, title: string, body: string): Notice[] {
  return [
    { userId: a.submittedBy, kind: 'studio.decided', title, body, link: link(a), facts: { company: a.companyName } },
  ];
}
