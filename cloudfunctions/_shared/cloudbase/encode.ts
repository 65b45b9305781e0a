/**
 * Translates the Store's filter language and patches (core/store/query.ts) into the real
 * wx-server-sdk query objects built with `db.command` (`_`). The SDK serialises these to the
 * MongoDB-style EJSON the CloudBase server runs, so the semantics are MongoDB's:
 *  - equality is a plain value (`{f: null}` matches null and missing, the Mongo idiom);
 *  - `$ne` / `$nin` match documents where the field is missing;
 *  - range comparisons only match values of the same type.
 * The SQLite adapter (server/store/sqlite-sql.ts) implements the same rules by hand.
 */
import type { DB } from 'wx-server-sdk';
import {
  assertFieldPath,
  checkPatch,
  isCondition,
  whereEntries,
  type Condition,
  type FieldFilter,
  type FindOptions,
  type Patch,
  type Scalar,
  type Where,
} from '../../../core/store/query';

type Command = DB.DatabaseCommand;
/** `db.RegExp`: builds the `$regex` value of a text search ($contains). */
export type RegExpFactory = DB.IRegExpConstructor;

/** What a filter is encoded with: the database's command object and its RegExp constructor. */
export interface QueryTools {
  command: Command;
  RegExp: RegExpFactory;
}

/** A literal substring as a regular expression (every metacharacter escaped). */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
/** What `where()` accepts: a field object or a logic command (`_.and` / `_.or`). */
export type QueryCondition = DB.IQueryCondition;

function checkScalar(field: string, v: unknown): Scalar {
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  throw new Error(`Store filter: field "${field}" compares with an unsupported value`);
}

function checkList(field: string, v: unknown): Scalar[] {
  if (!Array.isArray(v)) throw new Error(`Store filter: field "${field}" needs a list for $in/$nin`);
  return v.map((x) => checkScalar(field, x));
}

function checkText(field: string, v: unknown): string {
  if (typeof v === 'string') return v;
  throw new Error(`Store filter: $contains on "${field}" needs a string`);
}

function checkRange(field: string, op: string, v: unknown): string | number {
  if (typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v))) return v;
  throw new Error(`Store filter: ${op} on "${field}" needs a number or a string`);
}

function opCommand(tools: QueryTools, field: string, op: string, v: unknown): DB.DatabaseQueryCommand {
  const _ = tools.command;
  switch (op) {
    case '$eq':
      return _.eq(checkScalar(field, v));
    case '$ne':
      return _.neq(checkScalar(field, v));
    case '$in':
      return _.in(checkList(field, v));
    case '$nin':
      return _.nin(checkList(field, v));
    case '$gt':
      return _.gt(checkRange(field, op, v));
    case '$gte':
      return _.gte(checkRange(field, op, v));
    case '$lt':
      return _.lt(checkRange(field, op, v));
    case '$lte':
      return _.lte(checkRange(field, op, v));
    default:
      throw new Error(`Store filter: unknown operator "${op}" on "${field}"`);
  }
}

/** `db.RegExp(…)`: a case-insensitive literal substring, as SQLite's instr(lower(…), lower(?)). */
function textSearch(tools: QueryTools, field: string, v: unknown): unknown {
  return tools.RegExp({ regexp: escapeRegExp(checkText(field, v)), options: 'i' });
}

/**
 * One field's test: a plain value for equality, a command (or commands joined by `.and`); a
 * `$contains` is a regular expression VALUE (not a command), so it travels as its own clause.
 */
function fieldTests(
  tools: QueryTools,
  field: string,
  filter: FieldFilter,
): { value?: unknown; search: QueryCondition[] } {
  if (!isCondition(filter)) return { value: checkScalar(field, filter), search: [] };
  let regex: unknown;
  const commands: DB.DatabaseQueryCommand[] = [];
  for (const [op, v] of Object.entries(filter as Condition)) {
    if (v === undefined) throw new Error(`Store filter: ${op} on "${field}" is undefined`);
    if (op === '$contains') regex = textSearch(tools, field, v);
    else commands.push(opCommand(tools, field, op, v));
  }
  // Alone, the expression is the field's value (`{f: /x/i}`); beside commands, its own clause.
  if (!commands.length) return { value: regex, search: [] };
  const search: QueryCondition[] = regex === undefined ? [] : [{ [field]: regex }];
  // `_.gte(1).and(_.lt(5))`: the SDK encodes it as `$and: [{f: {$gte}}, {f: {$lt}}]`.
  return { value: commands.length === 1 ? commands[0] : commands[0]!.and(...commands.slice(1)), search };
}

const isEmptyObject = (q: QueryCondition): boolean =>
  Object.getPrototypeOf(q) === Object.prototype && Object.keys(q).length === 0;

/**
 * The query object for `where()`. `{}` matches everything. Mongo refuses empty `$and` / `$or`
 * arrays, so an empty `$and` is dropped and an empty `$or` (matches nothing, as in SQLite)
 * becomes `_id in []`.
 */
export function encodeWhere(tools: QueryTools, where: Where): QueryCondition {
  const _ = tools.command;
  if (where === null || typeof where !== 'object' || Array.isArray(where)) {
    throw new Error('Store filter: where must be an object');
  }
  const { fields, and, or } = whereEntries(where);
  if (!Array.isArray(and) || !Array.isArray(or)) throw new Error('Store filter: $and/$or take lists');
  const clauses: QueryCondition[] = [];
  const own: Record<string, unknown> = {};
  const searches: QueryCondition[] = [];
  for (const [field, filter] of fields) {
    const { value, search } = fieldTests(tools, assertFieldPath(field), filter);
    if (value !== undefined) own[field] = value;
    searches.push(...search);
  }
  if (Object.keys(own).length) clauses.push(own);
  clauses.push(...searches);
  for (const sub of and) {
    const q = encodeWhere(tools, sub);
    if (!isEmptyObject(q)) clauses.push(q);
  }
  if (where.$or !== undefined) {
    const branches = or.map((sub) => encodeWhere(tools, sub));
    // A branch that matches everything makes the whole $or match everything.
    if (branches.length === 0) clauses.push({ _id: _.in([]) });
    else if (!branches.some(isEmptyObject)) clauses.push(_.or(...branches));
  }
  if (clauses.length === 0) return {};
  return clauses.length === 1 ? clauses[0] : _.and(...clauses);
}

/**
 * Sort keys for a find. `_id` is always the last key (as in SQLite), so equal sort keys still come
 * in one fixed order and skip/limit pages tile the result.
 */
export function sortKeys(orderBy: FindOptions['orderBy']): Array<[string, 'asc' | 'desc']> {
  const keys = (orderBy ?? []).map(([field, dir]): [string, 'asc' | 'desc'] => {
    if (dir !== 'asc' && dir !== 'desc') throw new Error(`Store: bad sort direction "${String(dir)}"`);
    return [assertFieldPath(field), dir];
  });
  if (!keys.some(([field]) => field === '_id')) keys.push(['_id', 'asc']);
  return keys;
}

export function checkSkip(skip: number | undefined): number {
  const n = skip ?? 0;
  if (!Number.isInteger(n) || n < 0) throw new Error('Store: skip must be a non-negative integer');
  return n;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype;

/**
 * The `data` of an update. Keys are (dotted) paths. A plain value becomes `$set`; an object value
 * is wrapped in `_.set` because the SDK otherwise flattens it into per-key `$set`s, which would
 * merge into the stored object instead of replacing it. `inc` → `$inc`, `unset` → `$unset`.
 */
export function encodePatch(_: Command, patch: Patch): Record<string, unknown> {
  checkPatch(patch);
  const data: Record<string, unknown> = {};
  for (const [path, value] of Object.entries(patch.set ?? {})) {
    // Undefined means "not given" (JSON drops it on insert too), not null.
    if (value === undefined) continue;
    data[path] = isPlainObject(value) ? _.set(value) : value;
  }
  for (const [path, by] of Object.entries(patch.inc ?? {})) {
    if (typeof by !== 'number' || !Number.isFinite(by)) throw new Error(`Store: inc "${path}" needs a number`);
    data[path] = _.inc(by);
  }
  for (const path of patch.unset ?? []) data[path] = _.remove();
  if (Object.keys(data).length === 0) throw new Error('Store: empty patch');
  return data;
}
