/**
 * Compiles the Store's filter language (core/store/query.ts) and patches to SQLite SQL over
 * `(id TEXT PRIMARY KEY, doc TEXT)` tables.
 *
 * - Values are always bound parameters. Field paths are checked with assertFieldPath and then
 *   written into the SQL as `json_extract(doc, '$.a.b')` literals: the planner only uses an
 *   expression index when the query spells the same expression, path included.
 * - Comparisons are type-strict like MongoDB / CloudBase: json_extract returns 1/0 for JSON
 *   booleans, so number and boolean comparisons also check `json_type` (see `guarded`).
 * - Missing and null are the same (`{f: null}` matches both); negations ($ne, $nin) match missing.
 */
import {
  assertFieldPath,
  checkPatch,
  clampLimit,
  isCondition,
  whereEntries,
  type Condition,
  type FieldFilter,
  type FindOptions,
  type Patch,
  type Scalar,
  type Where,
} from '../../core/store/query';
import {
  COLLECTIONS,
  indexFields,
  type CollectionName,
  type CollectionSpec,
  type IndexSpec,
} from '../../core/store/schema';
import { textMatchesAny, textSearchAny } from './sqlite-text';

/** bigint binds as INTEGER (a JS number binds as REAL, which json_set would write as `1.0`). */
export type Param = string | number | bigint | null;

export interface Sql {
  text: string;
  params: Param[];
}

/** The quoted table of a collection; refuses names not declared in COLLECTIONS. */
export function table(collection: CollectionName): string {
  if (!Object.prototype.hasOwnProperty.call(COLLECTIONS, collection)) {
    throw new Error(`Store: unknown collection "${String(collection)}"`);
  }
  return `"${collection}"`;
}

function jsonPath(field: string): string {
  return `'$.${assertFieldPath(field)}'`;
}

/** The SQL value of a field: the id column for `_id`, else json_extract (as in the indexes). */
export function fieldExpr(field: string): string {
  return field === '_id' ? 'id' : `json_extract(doc, ${jsonPath(field)})`;
}

/**
 * Keeps a comparison to values of the same JSON type. Strings need no guard: json_extract gives
 * TEXT only for JSON strings (and object/array text, never compared by this store), and SQLite
 * never finds INTEGER/REAL equal to TEXT in an expression without affinity. Leaving the guard out
 * for strings lets string filters (ids, status, district) be answered from an index alone —
 * counts included. Numbers and booleans do need it: JSON true extracts as the integer 1.
 */
function guarded(field: string, test: string, v: string | number | boolean, typed: Typed): string {
  if (typeof v === 'string') return test;
  // A field the schema stores as one JSON type only: nothing to tell apart, so no guard, and a
  // count or range on it is answered from its index alone.
  if (typeof v === 'number' && typed.numbers.has(field)) return test;
  if (typeof v === 'boolean' && typed.booleans.has(field)) return test;
  const type = typeof v === 'number' ? `IN ('integer', 'real')` : v ? `= 'true'` : `= 'false'`;
  return `(${test} AND json_type(doc, ${jsonPath(field)}) ${type})`;
}

/**
 * How a `$contains` the text index can answer is compiled: `index`, a test against the index's
 * match set (the default); `scan`, the substring test on the document itself; `superset`, left out
 * (always true), which only widens what a where selects, since the language never negates a
 * `$contains` — for a probe that tests each row with the `scan` form (see compileProbe).
 */
type TextSearch = 'index' | 'scan' | 'superset';

/** What the compiler knows of a collection: the fields of one JSON type (schema `numbers`, `booleans`). */
interface Typed {
  collection: CollectionName | null;
  numbers: ReadonlySet<string>;
  booleans: ReadonlySet<string>;
  text: TextSearch;
}
const UNTYPED: Typed = { collection: null, numbers: new Set(), booleans: new Set(), text: 'index' };
const TYPED = new Map<string, Typed>(
  Object.entries(COLLECTIONS).map(([name, spec]) => [
    name,
    {
      collection: name as CollectionName,
      numbers: new Set((spec as CollectionSpec).numbers ?? []),
      booleans: new Set((spec as CollectionSpec).booleans ?? []),
      text: 'index' as const,
    },
  ]),
);
const typedOf = (collection: CollectionName): Typed => TYPED.get(collection) ?? UNTYPED;

function checkScalar(field: string, v: unknown): Scalar {
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  throw new Error(`Store filter: field "${field}" compares with an unsupported value`);
}

/** better-sqlite3 cannot bind booleans; json_extract yields 1/0 for them anyway. */
function bind(v: string | number | boolean): Param {
  return typeof v === 'boolean' ? (v ? 1 : 0) : v;
}

function idValue(v: Scalar): string {
  if (typeof v !== 'string') throw new Error('Store filter: _id compares with strings only');
  return v;
}

function equals(field: string, raw: unknown, params: Param[], typed: Typed): string {
  const v = checkScalar(field, raw);
  if (v === null) return `${fieldExpr(field)} IS NULL`;
  if (field === '_id') {
    params.push(idValue(v));
    return 'id = ?';
  }
  params.push(bind(v));
  return guarded(field, `${fieldExpr(field)} = ?`, v, typed);
}

/** `field IN (...)`, one IN per JSON type so each keeps its type guard. */
function inList(field: string, raw: unknown, params: Param[], typed: Typed): string {
  if (!Array.isArray(raw)) throw new Error(`Store filter: field "${field}" needs a list for $in/$nin`);
  const values = raw.map((v) => checkScalar(field, v));
  if (values.length === 0) return '0';
  const terms: string[] = [];
  if (values.includes(null)) terms.push(`${fieldExpr(field)} IS NULL`);
  const present = values.filter((v): v is string | number | boolean => v !== null);
  if (field === '_id') {
    if (present.length) {
      params.push(...present.map(idValue));
      terms.push(`id IN (${present.map(() => '?').join(', ')})`);
    }
  } else {
    for (const kind of ['string', 'number', 'true', 'false'] as const) {
      const group = present.filter((v) => (typeof v === 'boolean' ? String(v) === kind : typeof v === kind));
      if (!group.length) continue;
      params.push(...group.map(bind));
      const marks = group.map(() => '?').join(', ');
      terms.push(guarded(field, `${fieldExpr(field)} IN (${marks})`, group[0]!, typed));
    }
  }
  return `(${terms.join(' OR ')})`;
}

const RANGE_OPS: Record<string, string> = { $gt: '>', $gte: '>=', $lt: '<', $lte: '<=' };

function range(field: string, op: string, raw: unknown, params: Param[], typed: Typed): string {
  if (!(typeof raw === 'string' || (typeof raw === 'number' && Number.isFinite(raw)))) {
    throw new Error(`Store filter: ${op} on "${field}" needs a number or a string`);
  }
  const sqlOp = RANGE_OPS[op];
  params.push(field === '_id' ? idValue(raw) : raw);
  if (field === '_id') return `id ${sqlOp} ?`;
  return guarded(field, `${fieldExpr(field)} ${sqlOp} ?`, raw, typed);
}

/**
 * Case-insensitive substring: true only for JSON strings containing `raw` (like a Mongo regex,
 * which never matches numbers). `lower` folds ASCII only; Chinese has no case.
 */
function contains(field: string, raw: unknown, params: Param[], typed: Typed): string {
  if (typeof raw !== 'string') throw new Error(`Store filter: $contains on "${field}" needs a string`);
  const indexed = textSearch(typed, [field], raw, params);
  if (indexed) return indexed;
  params.push(raw);
  if (field === '_id') return 'instr(lower(id), lower(?)) > 0';
  return `(json_type(doc, ${jsonPath(field)}) = 'text' AND instr(lower(${fieldExpr(field)}), lower(?)) > 0)`;
}

/** Negation that is true when the test is false or NULL (field missing). */
const not = (sql: string): string => `(${sql}) IS NOT 1`;

function condition(field: string, cond: Condition, params: Param[], typed: Typed): string {
  const parts: string[] = [];
  for (const [op, v] of Object.entries(cond)) {
    if (v === undefined) throw new Error(`Store filter: ${op} on "${field}" is undefined`);
    if (op === '$eq') parts.push(equals(field, v, params, typed));
    else if (op === '$ne') parts.push(not(equals(field, v, params, typed)));
    else if (op === '$in') parts.push(inList(field, v, params, typed));
    else if (op === '$nin') parts.push(not(inList(field, v, params, typed)));
    else if (op === '$contains') parts.push(contains(field, v, params, typed));
    else parts.push(range(field, op, v, params, typed));
  }
  return parts.join(' AND ');
}

function fieldTest(field: string, filter: FieldFilter, params: Param[], typed: Typed): string {
  assertFieldPath(field);
  return isCondition(filter) ? condition(field, filter, params, typed) : equals(field, filter, params, typed);
}

/**
 * A boolean SQL expression for `where`; parameters are appended to `params` in text order.
 * An empty filter (or `$and: []`) is '1'; `$or: []` matches nothing.
 */
export function compileWhere(where: Where | undefined, params: Param[], typed: Typed = UNTYPED): string {
  if (where === undefined) return '1';
  if (where === null || typeof where !== 'object' || Array.isArray(where)) {
    throw new Error('Store filter: where must be an object');
  }
  const { fields, and, or } = whereEntries(where);
  if (!Array.isArray(and) || !Array.isArray(or)) throw new Error('Store filter: $and/$or take lists');
  const parts = fields.map(([field, filter]) => fieldTest(field, filter, params, typed));
  for (const sub of and) parts.push(`(${compileWhere(sub, params, typed)})`);
  if (where.$or !== undefined) {
    const oneSearch = anyFieldContains(or, params, typed);
    if (oneSearch) parts.push(oneSearch);
    else parts.push(or.length ? `(${or.map((sub) => `(${compileWhere(sub, params, typed)})`).join(' OR ')})` : '0');
  }
  return parts.length ? parts.join(' AND ') : '1';
}

/**
 * An `$or` whose every branch is `{ field: { $contains: q } }` with the same `q` (a keyword over
 * several fields) as one text-index lookup over those fields, or null.
 */
function anyFieldContains(or: readonly Where[], params: Param[], typed: Typed): string | null {
  const search = oneKeywordOverFields(or);
  return search && textSearch(typed, search.fields, search.query, params);
}

/**
 * A `$contains` of `query` on any of `fields` as the text index answers it, per `typed.text`; null
 * when it is to be the substring test (no index can answer it, or the `scan` form is asked for).
 */
function textSearch(typed: Typed, fields: readonly string[], query: string, params: Param[]): string | null {
  if (!typed.collection || typed.text === 'scan') return null;
  const mark = params.length;
  const indexed = textSearchAny(typed.collection, fields, query, params);
  if (!indexed || typed.text === 'index') return indexed;
  params.length = mark;
  return '1';
}

/** The fields and the query of an `$or` of one `$contains` query over several fields, or null. */
function oneKeywordOverFields(or: readonly Where[]): { fields: string[]; query: string } | null {
  if (or.length < 2) return null;
  const fields: string[] = [];
  let query: string | null = null;
  for (const sub of or) {
    const entries = sub && typeof sub === 'object' && !Array.isArray(sub) ? Object.entries(sub) : [];
    if (entries.length !== 1) return null;
    const [field, filter] = entries[0]!;
    if (field.startsWith('$')) return null;
    const q = containsOnly(filter as FieldFilter);
    if (q === null || (query !== null && q !== query)) return null;
    query = q;
    assertFieldPath(field);
    fields.push(field);
  }
  return query === null ? null : { fields, query };
}

/** The query of a field filter that is a `$contains` and nothing else, or null. */
function containsOnly(filter: FieldFilter): string | null {
  if (!isCondition(filter)) return null;
  const cond = Object.entries(filter);
  return cond.length === 1 && cond[0]![0] === '$contains' && typeof cond[0]![1] === 'string' ? cond[0]![1] : null;
}

/** When `where` is a text search and nothing else (one field's `$contains`, or one keyword over several fields): its fields and query; else null. */
function onlyTextSearch(where: Where): { fields: string[]; query: string } | null {
  const { fields, and, or } = whereEntries(where);
  if (and.length) return null;
  if (fields.length === 0) return where.$or !== undefined ? oneKeywordOverFields(or) : null;
  if (fields.length !== 1 || where.$or !== undefined) return null;
  const [field, filter] = fields[0]!;
  const query = containsOnly(filter);
  if (query === null) return null;
  assertFieldPath(field);
  return { fields: [field], query };
}

const whereClause = (sql: string): string => (sql === '1' ? '' : ` WHERE ${sql}`);

/**
 * ORDER BY for a find. `id` is always the last key, so equal sort keys still come in one fixed
 * order and skip/limit pages tile the result.
 */
function orderClause(orderBy: FindOptions['orderBy']): string {
  const keys = (orderBy ?? []).map(([field, dir]) => {
    if (dir !== 'asc' && dir !== 'desc') throw new Error(`Store: bad sort direction "${String(dir)}"`);
    return `${fieldExpr(field)} ${dir === 'asc' ? 'ASC' : 'DESC'}`;
  });
  if (!(orderBy ?? []).some(([field]) => field === '_id')) keys.push('id ASC');
  return ` ORDER BY ${keys.join(', ')}`;
}

function checkSkip(skip: number | undefined): number {
  const n = skip ?? 0;
  if (!Number.isInteger(n) || n < 0) throw new Error('Store: skip must be a non-negative integer');
  return n;
}

export function compileFind(collection: CollectionName, options: FindOptions = {}): Sql {
  const params: Param[] = [];
  const where = compileWhere(options.where, params, typedOf(collection));
  const limit = clampLimit(options.limit);
  const skip = checkSkip(options.skip);
  params.push(limit, skip);
  const text = `SELECT doc FROM ${table(collection)}${whereClause(where)}${orderClause(options.orderBy)} LIMIT ? OFFSET ?`;
  return { text, params };
}

/**
 * A find's first pages read in order, testing each row's document, before the text index. With a
 * common word (「商标」 in a third of a station's archive) the page's rows come within its first
 * few dozen entries, while the index builds its whole match set first: measured at 100k records,
 * 0.36 ms against 8.6 ms for the page (36.6k matches). A rare word spends the probe's rows (about
 * 6 µs each) and the index answers. So a probe reads at most PROBE_ROWS_PER_ROW × (skip + limit)
 * rows, and deeper pages go to the index at once.
 */
export interface Probe extends Sql {
  /** The most rows the probe reads; fewer back means every candidate was tested. */
  rows: number;
  skip: number;
  limit: number;
}
const PROBE_ROWS_PER_ROW = 10;
const PROBE_MAX_ROWS = 400;

/**
 * The probe of a find (null when its where has no text search the index answers, or the page is
 * too deep): the where without its text searches selects candidates in the find's order, and each
 * row is its document when the whole where holds (the text searches as substring tests, exactly
 * `$contains`), else NULL.
 */
export function compileProbe(collection: CollectionName, options: FindOptions = {}): Probe | null {
  const limit = clampLimit(options.limit);
  const skip = checkSkip(options.skip);
  const rows = PROBE_ROWS_PER_ROW * (skip + limit);
  // Every find passes here: most have no `$contains`, and are told so without compiling.
  if (rows > PROBE_MAX_ROWS || !holdsContains(options.where)) return null;
  const typed = typedOf(collection);
  const params: Param[] = [];
  const exact = compileWhere(options.where, params, { ...typed, text: 'scan' });
  const candidates = compileWhere(options.where, params, { ...typed, text: 'superset' });
  if (candidates === exact) return null;
  params.push(rows);
  const text = `SELECT CASE WHEN ${exact} THEN doc END FROM ${table(collection)}${whereClause(candidates)}${orderClause(options.orderBy)} LIMIT ?`;
  return { text, params, rows, skip, limit };
}

/** Whether a `$contains` occurs anywhere in `where` (a malformed where is left to compileWhere). */
function holdsContains(where: Where | undefined): boolean {
  if (where === null || typeof where !== 'object' || Array.isArray(where)) return false;
  const { fields, and, or } = whereEntries(where);
  if (fields.some(([, filter]) => isCondition(filter) && Object.prototype.hasOwnProperty.call(filter, '$contains'))) {
    return true;
  }
  return Array.isArray(and) && Array.isArray(or) && [...and, ...or].some(holdsContains);
}

/**
 * A count. A where that is only a text search counts the text index's matches: every row of the
 * table has its entry there, kept in step by triggers (sqlite-text.ts), so the number is the same,
 * and nothing else is read (an admin's common keyword over 100k archive records: the whole
 * date index tested against 36k matches otherwise).
 */
export function compileCount(collection: CollectionName, where?: Where): Sql {
  const params: Param[] = [];
  const search = where && typeof where === 'object' && !Array.isArray(where) ? onlyTextSearch(where) : null;
  const matches = search && textMatchesAny(collection, search.fields, search.query, params);
  if (matches) return { text: `SELECT count(*) FROM (${matches})`, params };
  const text = `SELECT count(*) FROM ${table(collection)}${whereClause(compileWhere(where, params, typedOf(collection)))}`;
  return { text, params };
}

export function compileRemove(collection: CollectionName, where: Where): Sql {
  const params: Param[] = [];
  const text = `DELETE FROM ${table(collection)}${whereClause(compileWhere(where, params, typedOf(collection)))}`;
  return { text, params };
}

/**
 * The new-document expression of an UPDATE: `unset` through json_remove, then `set` and `inc`
 * through one json_set. Set values go in as `json(?)` of their JSON text, so strings, numbers,
 * booleans, null, objects and arrays all come back exactly; json_set creates missing parents.
 */
function patchExpr(patch: Patch, params: Param[]): string {
  checkPatch(patch);
  let expr = 'doc';
  if (patch.unset?.length) expr = `json_remove(${expr}, ${patch.unset.map(jsonPath).join(', ')})`;
  const pairs: string[] = [];
  for (const [path, value] of Object.entries(patch.set ?? {})) {
    // Undefined means "not given" (as JSON drops it on insert), not null.
    if (value === undefined) continue;
    const json = JSON.stringify(value);
    if (json === undefined) throw new Error(`Store: set "${path}" has a value JSON cannot hold`);
    pairs.push(`${jsonPath(path)}, json(?)`);
    params.push(json);
  }
  for (const [path, by] of Object.entries(patch.inc ?? {})) {
    if (typeof by !== 'number' || !Number.isFinite(by)) throw new Error(`Store: inc "${path}" needs a number`);
    pairs.push(`${jsonPath(path)}, coalesce(${fieldExpr(path)}, 0) + ?`);
    params.push(Number.isSafeInteger(by) ? BigInt(by) : by);
  }
  if (pairs.length) expr = `json_set(${expr}, ${pairs.join(', ')})`;
  return expr;
}

/** One UPDATE statement: the filter and the patch are applied atomically per row. */
export function compileUpdate(collection: CollectionName, where: Where, patch: Patch): Sql {
  const params: Param[] = [];
  const set = patchExpr(patch, params); // its parameters come first in the text
  const text = `UPDATE ${table(collection)} SET doc = ${set}${whereClause(compileWhere(where, params, typedOf(collection)))}`;
  return { text, params };
}

/** Deterministic index name; direction and uniqueness are part of it, so a changed spec is a new index. */
export function indexName(collection: CollectionName, spec: IndexSpec): string {
  const fields = indexFields(spec)
    .map(([field, dir]) => `${assertFieldPath(field).replace(/\./g, '_')}${dir === 'desc' ? '_desc' : ''}`)
    .join('_');
  return `${spec.unique ? 'ux' : 'ix'}_${collection}_${fields}`;
}

/** Idempotent DDL for one collection: its table and its declared indexes. */
export function collectionDdl(collection: CollectionName): { table: string; indexes: Map<string, string> } {
  const t = table(collection);
  const indexes = new Map<string, string>();
  for (const spec of COLLECTIONS[collection].indexes as IndexSpec[]) {
    const name = indexName(collection, spec);
    const cols = indexFields(spec)
      .map(([f, dir]) => `${fieldExpr(f)}${dir === 'desc' ? ' DESC' : ''}`)
      .join(', ');
    indexes.set(name, `CREATE ${spec.unique ? 'UNIQUE ' : ''}INDEX IF NOT EXISTS "${name}" ON ${t} (${cols})`);
  }
  return {
    table: `CREATE TABLE IF NOT EXISTS ${t} (id TEXT PRIMARY KEY, doc TEXT NOT NULL)`,
    indexes,
  };
}
