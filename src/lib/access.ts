/**
 * What the acting membership may use, read from THE policy table (core/policy.ts), so that 我的
 * offers and a page admits exactly what the server would let the acting role call. The server
 * still decides every call; this only keeps the app from showing a screen it would refuse.
 */
import { POLICY, accessOf } from '@core/policy';
import type { Role } from '@core/enums';
import type { MembershipView } from '@core/contract';

type Policy = typeof POLICY;

/** One action of the policy table, e.g. `['directory', 'updateStation']`. */
export type ActionRef = { [F in keyof Policy]: readonly [F, keyof Policy[F] & string] }[keyof Policy];

/** The acting role, or 'none' for someone signed in who acts for no membership yet. */
export type ActingRole = Role | 'none';

export function actingRole(acting: MembershipView | null): ActingRole {
  return acting?.role ?? 'none';
}

/**
 * Whether the acting role oversees many stations and so picks the one a management page shows:
 * an admin (the city's) or a district admin (the district's; the server refuses the others).
 */
export function picksStation(acting: MembershipView | null): boolean {
  return acting?.role === 'admin' || acting?.role === 'district_admin';
}

/** Whose the acting role works for, shown beside the role: the company, station, district or city. */
export function scopeLabel(m: MembershipView): string {
  return (
    m.companyName ??
    m.stationName ??
    m.districtName ??
    (m.role === 'admin' ? '全市' : m.role === 'reviewer' ? '年度评价' : '')
  );
}

/**
 * The roles the policy admits for an action; null when anyone signed in may call it (a 'user'
 * rule) or even a guest ('public').
 */
export function rolesFor([fn, action]: ActionRef): Role[] | null {
  const access = accessOf(fn, action);
  if (access === null) return [];
  if (access === 'public') return null;
  if (access.some((r) => r.role === 'user')) return null;
  const roles: Role[] = [];
  for (const { role } of access) {
    if (role !== 'system' && role !== 'user' && !roles.includes(role)) roles.push(role);
  }
  return roles;
}

/** Whether the policy lets the acting membership (null: none) call the action at all. */
export function admits(acting: MembershipView | null, action: ActionRef): boolean {
  const roles = rolesFor(action);
  if (roles === null) return true;
  return !!acting && roles.includes(acting.role);
}
