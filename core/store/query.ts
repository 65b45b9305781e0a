/**
 * The Store's query language: a small Mongo-like filter that maps one-to-one onto
 * CloudBase `db.command` and onto SQLite `json_extract` expressions.
 *
 * Field names may be dotted paths ("contact.mobile").
 */
export type Scalar = string | number | boolean | null;

export interface Condition {
  $eq?: Scalar;
  $ne?: Scalar;
  $in?: Scalar[];
  $nin?: Scalar[];
  $gt?: string | number;
  $gte?: string | number;
  $lt?: string | number;
  $lte?: string | number;
  /**
   * Case-insensitive substring of a string field (text search; never matches non-strings).
   * SQLite: `instr(lower(…), lower(?))`; CloudBase: a case-insensitive escaped `db.RegExp`.
   * It cannot use an index: put it beside equality filters an index serves.
   */
  $contains?: string;
}

/** A field's value is an equality test, or a condition object. */
export type FieldFilter = Scalar | Condition;

export type Where = {
  $and?: Where[];
  $or?: Where[];
} & { [field: string]: FieldFilter | Where[] | undefined };

export type SortDirection = 'asc' | 'desc';

export interface FindOptions {
  where?: Where;
  orderBy?: Array<[field: string, direction: SortDirection]>;
  /** Default 100; the port refuses more than MAX_LIMIT (CloudBase's own server-side cap). */
  limit?: number;
  skip?: number;
}

export const DEFAULT_LIMIT = 100;
export const MAX_LIMIT = 1000;

/**
 * A patch: `set` replaces field values (dotted paths allowed), `inc` adds atomically,
 * `unset` removes fields. Applied in one atomic statement per document.
 */
export interface Patch {
  set?: Record<string, unknown>;
  inc?: Record<string, number>;
  unset?: string[];
}

const CONDITION_KEYS = new Set(['$eq', '$ne', '$in', '$nin', '$gt', '$gte', '$lt', '$lte', '$contains']);

export function isCondition(v: unknown): v is Condition {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return false;
  const keys = Object.keys(v);
  return keys.length > 0 && keys.every((k) => CONDITION_KEYS.has(k));
}

/** Splits a Where into its field tests and its $and / $or groups. */
export function whereEntries(where: Where): {
  fields: Array<[string, FieldFilter]>;
  and: Where[];
  or: Where[];
} {
  const fields: Array<[string, FieldFilter]> = [];
  for (const [k, v] of Object.entries(where)) {
    if (k === '$and' || k === '$or' || v === undefined) continue;
    if (Array.isArray(v)) throw new Error(`Store filter: field "${k}" must not be an array`);
    if (v !== null && typeof v === 'object' && !isCondition(v)) {
      throw new Error(`Store filter: field "${k}" has an unknown condition`);
    }
    fields.push([k, v as FieldFilter]);
  }
  return { fields, and: where.$and ?? [], or: where.$or ?? [] };
}

/** Field names reach SQL and CloudBase as paths: keep them to a safe alphabet. */
export const FIELD_PATH = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;
export function assertFieldPath(path: string): string {
  if (!FIELD_PATH.test(path)) throw new Error(`Store: invalid field path "${path}"`);
  return path;
}

/**
 * Every path a patch touches, validated the same way by both adapters: field paths only,
 * never `_id`, no path twice or inside another (`a` and `a.b`), and at least one change.
 */
export function checkPatch(patch: Patch): void {
  const paths = [...Object.keys(patch.set ?? {}), ...Object.keys(patch.inc ?? {}), ...(patch.unset ?? [])];
  if (paths.length === 0) throw new Error('Store: empty patch');
  paths.forEach((p, i) => {
    assertFieldPath(p);
    if (p === '_id' || p.startsWith('_id.')) throw new Error('Store: a patch must not change _id');
    for (const other of paths.slice(i + 1)) {
      if (p === other || other.startsWith(`${p}.`) || p.startsWith(`${other}.`)) {
        throw new Error(`Store: patch paths "${p}" and "${other}" overlap`);
      }
    }
  });
}

export function clampLimit(limit: number | undefined): number {
  const n = limit ?? DEFAULT_LIMIT;
  if (!Number.isInteger(n) || n < 1 || n > MAX_LIMIT) {
    throw new Error(`Store: limit must be an integer from 1 to ${MAX_LIMIT}`);
  }
  return n;
}
