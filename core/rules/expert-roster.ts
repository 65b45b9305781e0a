/**
 * The volunteer expert roster (专家库, 004 §8.1–8.5), as pure rules shared by the `expert`
 * function and the pages: the field limits, the conduct commitment an expert accepts (§8.2, §8.4),
 * the roster's steps as a table (who moves a profile from which status to which), when an expert
 * is away, and how the on-time rate is counted.
 *
 * Editing a filed profile keeps it filed, except when the qualifications change: 备案 attests to
 * them, so new certificates go back to the admin (待备案) — a changed phone or speciality does not
 * stop the station assigning the expert.
 */
import type { ExpertStatus } from '../enums';

export const EXPERT_LIMITS = {
  name: 30,
  organisation: 60,
  title: 30,
  /** Certificate numbers (执业证号, 资格证号). */
  qualificationNumber: 40,
  /** 「其他」: what the qualification is. */
  qualificationName: 30,
  qualifications: 5,
  yearsOfPractice: 60,
  stations: 10,
  email: 60,
  /** Why a profile is returned, or an expert leaves / is removed. */
  reasonMin: 2,
  reasonMax: 200,
} as const;

/**
 * 行为准则 and 服务要求 (§8.2, §8.4) as the expert accepts them. Shown on 专家资料 beside the box
 * the expert ticks; the time they tick it is kept (commitmentAcceptedAt).
 */
export const EXPERT_COMMITMENT: readonly string[] = [
  '遵守国家法律法规和本规范，服从专家管理机构的服务工作安排；',
  '尊重服务对象的商业、技术秘密和隐私，对服务中知悉的信息予以保密；',
  '坚持公益性、专业性，不收取服务对象礼金，不推介有偿服务，不为所在单位招揽业务；',
  '接到服务通知后 2 日内及时响应；',
  '服务结束后以书面形式反馈服务情况。',
];

/** What the admin (file / return / remove) and the expert (leave) may do from each status. */
export type RosterStep = 'file' | 'return' | 'remove' | 'leave';

export const ROSTER_STEPS: Record<RosterStep, { from: readonly ExpertStatus[]; to: ExpertStatus }> = {
  file: { from: ['submitted'], to: 'filed' },
  return: { from: ['submitted'], to: 'returned' },
  remove: { from: ['draft', 'submitted', 'filed', 'returned'], to: 'removed' },
  leave: { from: ['draft', 'submitted', 'filed', 'returned'], to: 'exited' },
};

export const canStep = (step: RosterStep, status: ExpertStatus) => ROSTER_STEPS[step].from.includes(status);

/** On the roster (not exited or removed). */
export const onRoster = (status: ExpertStatus) => status !== 'exited' && status !== 'removed';

export interface Qualification {
  kind: 'patent_attorney' | 'lawyer' | 'other';
  number: string;
  name?: string;
}

const qualificationKey = (qs: readonly Qualification[]) =>
  qs
    .map((q) => `${q.kind}|${q.number}|${q.name ?? ''}`)
    .sort()
    .join('\n');

/** The status a profile has after the expert saves it (with the commitment accepted). */
export function statusAfterSave(
  current: { status: ExpertStatus; qualifications: readonly Qualification[] } | null,
  qualifications: readonly Qualification[],
): ExpertStatus {
  if (current?.status === 'filed' && qualificationKey(current.qualifications) === qualificationKey(qualifications)) {
    return 'filed';
  }
  return 'submitted';
}

/** Away on `today` (a Shanghai date) as the expert marked it: until when, else null. */
export function awayUntil(p: { unavailableFrom?: string; unavailableUntil?: string }, today: string): string | null {
  if (!p.unavailableUntil || p.unavailableUntil < today) return null;
  if (p.unavailableFrom && p.unavailableFrom > today) return null;
  return p.unavailableUntil;
}

/** Answered on time out of answered, as a whole percentage; null before the first answer. */
export function onTimePercent(onTime: number, answered: number): number | null {
  return answered === 0 ? null : Math.round((onTime / answered) * 100);
}
