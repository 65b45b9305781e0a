/**
 * What a list may return, derived from the policy table: the rule of the action that admits the
 * caller's acting membership decides the store filter, so a list can never show more than
 * authorizeTarget would let the caller open one by one.
 *
 *   - 'any'      → no filter (admins; the system)
 *   - 'station'  → the station the caller acts for
 *   - 'company'  → the company the caller acts for
 *   - 'assigned' → assigned to the caller, at the station the caller acts for
 *   - 'district' → any station of the district the caller oversees (an `$in` of its stations), or
 *                  a row of that district itself (`fields.district`)
 *
 * The filters are plain equalities on the collection's own fields, the leading fields of the
 * indexes the lists are served by (core/store/schema.ts).
 *
 * A list of ONE station named in its input (invitations, companies, station sessions, ratings,
 * the ledger) needs no filter from here: it authorises that station as its target
 * (ctx.authorize, the same policy rule) and queries it.
 */
import { AppError } from '../../core/errors';
import { actingRule, accessOf, type Scope } from '../../core/policy';
import type { Caller } from '../../core/ports';
import type { Where } from '../../core/store/query';

/** The collection's field holding each scope's value (only the scopes the action's rules use). */
export interface ScopeFields {
  station?: string;
  company?: string;
  /** The user a row is assigned to (a booking's consultant, a follow-up's owner). */
  assigned?: string;
  /** A row of an area (a studio application): the district scope matches it directly. */
  district?: string;
}

const NO_SCOPE = '请在"我的"页面切换身份后查看';

function fieldOf(fields: ScopeFields, key: keyof ScopeFields, fn: string, action: string): string {
  const field = fields[key];
  // A programming error, not the caller's: the action's rules use a scope this list has no field for.
  if (!field) throw new Error(`scopeWhere(${fn}.${action}): no field for the '${key}' scope`);
  return field;
}

/**
 * The filter the caller's acting membership may list `fn`.`action` over, or null for all rows
 * (scope 'any'). FORBIDDEN when no rule admits the caller, or the membership lacks the station
 * or company its scope names (`forbidden` says what to do then). A 'user' rule (one's own rows,
 * by caller.userId) is the handler's to filter, so it is refused here.
 */
export function scopeWhere(
  fn: string,
  action: string,
  caller: Caller,
  fields: ScopeFields,
  forbidden: string = NO_SCOPE,
): Where | null {
  const rule = actingRule(fn, action, caller);
  if (!rule) {
    if (accessOf(fn, action) === 'public') return null;
    throw new AppError('FORBIDDEN', forbidden);
  }
  if (rule.role === 'user') throw new Error(`scopeWhere(${fn}.${action}): a 'user' rule is filtered by caller.userId`);
  const acting = caller.acting;
  const scope: Scope = rule.scope;
  switch (scope) {
    case 'any':
      return null;
    case 'station':
      if (!acting?.stationId) throw new AppError('FORBIDDEN', forbidden);
      return { [fieldOf(fields, 'station', fn, action)]: acting.stationId };
    case 'company':
      if (!acting?.companyId) throw new AppError('FORBIDDEN', forbidden);
      return { [fieldOf(fields, 'company', fn, action)]: acting.companyId };
    case 'assigned':
      if (!acting?.stationId) throw new AppError('FORBIDDEN', forbidden);
      return {
        [fieldOf(fields, 'assigned', fn, action)]: caller.userId,
        [fieldOf(fields, 'station', fn, action)]: acting.stationId,
      };
    case 'district':
      if (fields.district) {
        if (!acting?.district) throw new AppError('FORBIDDEN', forbidden);
        return { [fields.district]: acting.district };
      }
      if (!caller.districtStationIds) throw new AppError('FORBIDDEN', forbidden);
      return { [fieldOf(fields, 'station', fn, action)]: { $in: [...caller.districtStationIds] } };
  }
}

/**
 * Adds a filter the caller asked for (`value`) to `where`. Asking for a value the scope already
 * fixes otherwise (another company's, another station's) is FORBIDDEN with `refused`, never an
 * empty page: the caller learns the list is not theirs to read.
 */
export function narrow(where: Where, field: string, value: string | undefined, refused: string): void {
  if (!value) return;
  const fixed = where[field];
  if (fixed !== undefined && !admits(fixed, value)) throw new AppError('FORBIDDEN', refused);
  where[field] = value;
}

/** Whether a scope's fixed condition (a value, or a district's `$in`) admits `value`. */
function admits(fixed: Where[string], value: string): boolean {
  if (fixed !== null && typeof fixed === 'object' && !Array.isArray(fixed) && '$in' in fixed) {
    return (fixed.$in ?? []).includes(value);
  }
  return fixed === value;
}
