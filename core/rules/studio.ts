/**
 * The mobile studio (企业知识产权保护流动工作室, seed 001): its approval chain, numbering and
 * staffing rule, shared by the contract, the studio function and the pages.
 */
import type { StudioParty, StudioStage } from '../enums';

/** The stages in order (001 §6.2: town branch → city bureau IP section → city bureau). */
export const STUDIO_STAGES: readonly StudioStage[] = ['branch', 'section', 'bureau'];

/** The stage after `stage`, or null after the last. */
export const nextStage = (stage: StudioStage): StudioStage | null =>
  STUDIO_STAGES[STUDIO_STAGES.indexOf(stage) + 1] ?? null;

/** The role that decides at each stage. */
export const STAGE_ROLE = {
  branch: 'studio_branch',
  section: 'studio_section',
  bureau: 'studio_bureau',
} as const satisfies Record<StudioStage, string>;

/** Days each stage has by default (the admin sets them: studio.setStageLimits). */
export const DEFAULT_STAGE_DAYS: Readonly<Record<StudioStage, number>> = { branch: 5, section: 5, bureau: 5 };
export const STAGE_DAYS_MAX = 60;

/**
 * 001 §6.4 a: at least 2 part-time staff of the IP authority, 1 of the town branch, 2 full-time of
 * the service agency and 1 full-time of the company. `fullTime` null: either counts.
 */
export const STAFFING_RULE: ReadonlyArray<{
  party: StudioParty;
  min: number;
  fullTime: boolean | null;
  label: string;
}> = [
  { party: 'authority', min: 2, fullTime: null, label: '知识产权主管部门至少2名兼职工作人员' },
  { party: 'branch', min: 1, fullTime: null, label: '镇街市场监督管理分局至少1名工作人员' },
  { party: 'agency', min: 2, fullTime: true, label: '知识产权服务机构至少2名专职工作人员' },
  { party: 'company', min: 1, fullTime: true, label: '企业至少1名专职工作人员' },
];

export interface StaffMember {
  party: StudioParty;
  fullTime: boolean;
}

/** The parts of the staffing rule `staff` does not meet yet (empty: met). */
export function staffingGaps(staff: readonly StaffMember[]): string[] {
  return STAFFING_RULE.filter(
    (r) =>
      staff.filter((s) => s.party === r.party && (r.fullTime === null || s.fullTime === r.fullTime)).length < r.min,
  ).map((r) => r.label);
}

/**
 * A studio's number (编号): the prefix, the year of final approval and a 3-digit sequence of that
 * year, e.g. LDGZS-2026-007. The sequence is a counter moved in the same transaction as the
 * approval, so numbers are never duplicated or skipped.
 */
export const STUDIO_NUMBER_PREFIX = 'LDGZS';
export const studioNumber = (year: number, seq: number) =>
  `${STUDIO_NUMBER_PREFIX}-${year}-${String(seq).padStart(3, '0')}`;

export const OPINION_MAX = 300;
export const TOWN_MAX = 30;
export const OTHER_NEED_MAX = 200;
export const STAFF_MAX = 30;
