/**
 * The studio's staff as the editor holds them (001 §6.4): one row per person, typed text kept as
 * typed until it is sent, checked first with the contract's limits, each message keyed by the
 * path the server names in INVALID_INPUT (`staff.1.mobile`) so both land under the same field.
 */
import type { StudioApplication } from '@core/contract';
import type { Role, StudioParty } from '@core/enums';
import { PERSON_NAME_MAX, PERSON_TITLE_MAX } from '@core/rules/ledger';
import { MOBILE_PATTERN } from '@core/rules/patterns';
import type { FieldErrors } from '@/lib/field-errors';

export type StaffMember = StudioApplication['staff'][number];

export interface StaffRow extends StaffMember {
  /** Stable while rows are added and removed (React's key), never sent. */
  key: string;
}

let nextKey = 0;
const newKey = () => `staff-${++nextKey}`;

export const rowsOf = (staff: readonly StaffMember[]): StaffRow[] => staff.map((s) => ({ ...s, key: newKey() }));

/**
 * Whose a new row most likely is: the one adding it usually records their own side's people (the
 * company its own, a town branch its staff, the city the IP authority's). Full-time where the rule
 * asks for full-time staff (the company's, the agency's).
 */
export function newRow(role: Role | undefined): StaffRow {
  const party: StudioParty =
    role === 'company' ? 'company' : role === 'studio_branch' ? 'branch' : role ? 'authority' : 'company';
  return { key: newKey(), party, name: '', title: '', mobile: '', fullTime: party === 'company' };
}

/** What the page checks before sending; messages say which person (第 n 位) for the toast. */
export function staffErrors(rows: readonly StaffRow[]): FieldErrors {
  const errors: FieldErrors = {};
  rows.forEach((r, i) => {
    const who = `第${i + 1}位人员`;
    const name = r.name.trim();
    const title = r.title.trim();
    if (!name) errors[`staff.${i}.name`] = `${who}：请填写姓名`;
    else if (name.length > PERSON_NAME_MAX) errors[`staff.${i}.name`] = `${who}：姓名不能超过${PERSON_NAME_MAX}字`;
    if (!title) errors[`staff.${i}.title`] = `${who}：请填写职务`;
    else if (title.length > PERSON_TITLE_MAX) errors[`staff.${i}.title`] = `${who}：职务不能超过${PERSON_TITLE_MAX}字`;
    if (!MOBILE_PATTERN.test(r.mobile.trim())) errors[`staff.${i}.mobile`] = `${who}：请填写正确的11位手机号`;
  });
  return errors;
}

/** The whole list as saveStaff takes it (it replaces the staff recorded). */
export const staffInput = (rows: readonly StaffRow[]): StaffMember[] =>
  rows.map(({ party, name, title, mobile, fullTime }) => ({
    party,
    name: name.trim(),
    title: title.trim(),
    mobile: mobile.trim(),
    fullTime,
  }));
