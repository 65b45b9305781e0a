/**
 * 专家资料's form: the draft the page edits (text as typed), what it starts from (the saved
 * profile, or the name the person signed up with and the stations they were invited to), the
 * page's own checks (the same limits the server holds: core/rules/expert-roster.ts) and the input
 * saveMyProfile takes.
 */
import type { InputOf, MyExpertProfile } from '@core/contract';
import type { Industry, ServiceCategory } from '@core/enums';
import { MOBILE_PATTERN } from '@core/rules/patterns';
import { EXPERT_LIMITS as L, type Qualification } from '@core/rules/expert-roster';
import type { FieldErrors } from '@/lib/field-errors';

export interface QualificationDraft {
  kind: Qualification['kind'];
  number: string;
  name: string;
}

export interface ProfileDraft {
  name: string;
  organisation: string;
  title: string;
  specialities: ServiceCategory[];
  industries: Industry[];
  qualifications: QualificationDraft[];
  yearsOfPractice: string;
  stationIds: string[];
  mobile: string;
  email: string;
  acceptCommitment: boolean;
}

export function newDraft(name: string, stationIds: string[]): ProfileDraft {
  return {
    name,
    organisation: '',
    title: '',
    specialities: [],
    industries: [],
    qualifications: [],
    yearsOfPractice: '',
    stationIds,
    mobile: '',
    email: '',
    acceptCommitment: false,
  };
}

/** The saved profile as a draft; the commitment is ticked again for each submission. */
export function draftOf(p: MyExpertProfile): ProfileDraft {
  return {
    name: p.name,
    organisation: p.organisation,
    title: p.title,
    specialities: [...p.specialities],
    industries: [...p.industries],
    qualifications: p.qualifications.map((q) => ({ kind: q.kind, number: q.number, name: q.name ?? '' })),
    yearsOfPractice: String(p.yearsOfPractice),
    stationIds: p.stations.map((s) => s.id),
    mobile: p.mobile,
    email: p.email ?? '',
    acceptCommitment: false,
  };
}

/** What the page refuses before sending (the server refuses the same, field by field). */
export function draftErrors(d: ProfileDraft): FieldErrors {
  const e: FieldErrors = {};
  if (!d.name.trim()) e.name = '姓名：不能为空';
  if (!d.organisation.trim()) e.organisation = '所在单位：不能为空';
  if (!d.title.trim()) e.title = '职务/职称：不能为空';
  if (!d.specialities.length) e.specialities = '擅长领域：至少选择 1 项';
  const years = Number(d.yearsOfPractice);
  if (!d.yearsOfPractice.trim() || !Number.isInteger(years) || years < 0 || years > L.yearsOfPractice) {
    e.yearsOfPractice = `从业年限：请填写 0–${L.yearsOfPractice} 的整数`;
  }
  d.qualifications.forEach((q, i) => {
    if (!q.number.trim()) e[`qualifications.${i}.number`] = '证书编号：不能为空';
  });
  if (!d.stationIds.length) e.stationIds = '服务站点：请至少选择 1 个服务站点';
  if (!MOBILE_PATTERN.test(d.mobile.trim())) e.mobile = '手机号：格式不正确';
  if (!d.acceptCommitment) e.acceptCommitment = '行为承诺：请阅读并勾选专家行为承诺';
  return e;
}

export function inputOf(d: ProfileDraft): InputOf<'expert', 'saveMyProfile'> {
  return {
    name: d.name,
    organisation: d.organisation,
    title: d.title,
    specialities: d.specialities,
    industries: d.industries,
    qualifications: d.qualifications.map((q) => ({
      kind: q.kind,
      number: q.number,
      ...(q.kind === 'other' && q.name.trim() ? { name: q.name } : {}),
    })),
    yearsOfPractice: Number(d.yearsOfPractice),
    stationIds: d.stationIds,
    mobile: d.mobile,
    ...(d.email.trim() ? { email: d.email } : {}),
    acceptCommitment: true,
  };
}
