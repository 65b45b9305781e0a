/**
 * The text index of a collection's `text` fields (core/store/schema.ts): an FTS5 table with the
 * `trigram` tokenizer, so `$contains` on those fields is an index lookup instead of reading every
 * document the rest of the filter selects.
 *
 * - External content: the FTS table keeps only its index; its content is a view over the
 *   collection's table (`rid` = the row's rowid, one column per field). Triggers on the table keep
 *   the index in step, inside the statement that writes the document — so in the same transaction.
 *   Rowids must stay stable: the store never runs VACUUM (which may renumber them), and backups use
 *   SQLite's backup API, which copies pages.
 * - Exactly `$contains`'s semantics: a field is indexed only when it is a JSON string, as
 *   `lower()` of it (ASCII folding, as `$contains` does), with a case-sensitive tokenizer; a query
 *   of 3+ characters is then an exact substring test.
 * - Shorter queries (1–2 characters, common in Chinese: 专利, 商标) have no trigram of their own.
 *   Each indexed value ends with two SENTINEL characters, so every occurrence of a 1–2 character
 *   query begins some indexed trigram; the query matches any of the index's trigrams that begin
 *   with it, read from the index's vocabulary (an fts5vocab table, read as a term range).
 */
import type Database from 'better-sqlite3';
import { assertFieldPath } from '../../core/store/query';
import { COLLECTIONS, type CollectionName, type CollectionSpec } from '../../core/store/schema';

/** Ends every indexed value; never part of a query (queries with control characters are scanned). */
const SENTINEL = '\u0001';
/** After every character a term may continue with (terms are compared as UTF-8 text). */
const TERM_END = '\u{10ffff}';
/** A query holding a control character could match the sentinels; such a query is scanned instead. */
const hasControl = (text: string) => [...text].some((c) => c.charCodeAt(0) < 0x20);

export const textFieldsOf = (collection: CollectionName): readonly string[] =>
  (COLLECTIONS[collection] as CollectionSpec).text ?? [];

const ftsTable = (collection: CollectionName) => `"${collection}__text"`;
const vocabTable = (collection: CollectionName) => `"${collection}__text_terms"`;
const contentView = (collection: CollectionName) => `"${collection}__text_content"`;
/** FTS column names are positional: field paths may hold dots. */
const column = (i: number) => `f${i}`;

/** The indexed value of a field of `row` (`new`, `old`, or the table): lower-cased text, or NULL. */
function indexedValue(row: string, field: string): string {
  const path = `'$.${assertFieldPath(field)}'`;
  return `CASE WHEN json_type(${row}.doc, ${path}) = 'text' THEN lower(json_extract(${row}.doc, ${path})) || '${SENTINEL}${SENTINEL}' END`;
}

/**
 * The DDL of a collection's text index, or null when it declares no text fields. The content
 * view comes first: its SQL names the fields, so a changed list is seen by comparing it.
 */
export function textIndexDdl(collection: CollectionName): { create: string[] } | null {
  const fields = textFieldsOf(collection);
  if (!fields.length) return null;
  const t = `"${collection}"`;
  const fts = ftsTable(collection);
  const cols = fields.map((_, i) => column(i));
  const values = (row: string) => fields.map((f) => indexedValue(row, f)).join(', ');
  const changed = fields.map((f) => `${indexedValue('old', f)} IS NOT ${indexedValue('new', f)}`).join(' OR ');
  const deleteOld = `INSERT INTO ${fts}(${fts}, rowid, ${cols.join(', ')}) VALUES ('delete', old.rowid, ${values('old')});`;
  const insertNew = `INSERT INTO ${fts}(rowid, ${cols.join(', ')}) VALUES (new.rowid, ${values('new')});`;
  const trigger = (what: string) => `"${collection}__text_${what}"`;
  return {
    create: [
      `CREATE VIEW ${contentView(collection)} AS SELECT rowid AS rid, ${fields
        .map((f, i) => `${indexedValue(t, f)} AS ${column(i)}`)
        .join(', ')} FROM ${t}`,
      `CREATE VIRTUAL TABLE ${fts} USING fts5(${cols.join(', ')}, content='${collection}__text_content', content_rowid='rid', tokenize='trigram case_sensitive 1')`,
      `CREATE VIRTUAL TABLE ${vocabTable(collection)} USING fts5vocab(${fts.slice(1, -1)}, 'row')`,
      `CREATE TRIGGER ${trigger('insert')} AFTER INSERT ON ${t} BEGIN ${insertNew} END`,
      `CREATE TRIGGER ${trigger('delete')} AFTER DELETE ON ${t} BEGIN ${deleteOld} END`,
      `CREATE TRIGGER ${trigger('update')} AFTER UPDATE ON ${t} WHEN ${changed} BEGIN ${deleteOld} ${insertNew} END`,
      `INSERT INTO ${fts}(${fts}) VALUES ('rebuild')`,
    ],
  };
}

/** Drops a collection's text index (all of it: triggers, tables, view). */
export function textIndexDrop(collection: CollectionName): string[] {
  const trigger = (what: string) => `"${collection}__text_${what}"`;
  return [
    `DROP TRIGGER IF EXISTS ${trigger('insert')}`,
    `DROP TRIGGER IF EXISTS ${trigger('delete')}`,
    `DROP TRIGGER IF EXISTS ${trigger('update')}`,
    `DROP TABLE IF EXISTS ${vocabTable(collection)}`,
    `DROP TABLE IF EXISTS ${ftsTable(collection)}`,
    `DROP VIEW IF EXISTS ${contentView(collection)}`,
  ];
}

/**
 * Removes SQLite's statistics of the text indexes' FTS5 shadow tables (`<collection>__text_data`,
 * `_idx`, `_docsize`, `_config`). `PRAGMA optimize` analyses them like any table, and statistics
 * taken while an index is small (a new database: 2 rows) make FTS5's own statements slow down as
 * the index grows: measured here, inserting 5,000 archive records took 0.2 s at the start and
 * 0.9 s at 35,000 rows, 60 s at 60,000 with the Store's indexes, against a flat 0.2 s without those
 * statistics. FTS5 reads its shadow tables by key only and needs no statistics. Statistics a
 * connection has loaded stay in use until it is closed, so this is done on a connection that
 * closes next (see SqliteStore's open and close).
 */
export function forgetTextIndexStats(db: Database.Database): void {
  const tables = db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name IN ('sqlite_stat1', 'sqlite_stat4')")
    .pluck()
    .all() as string[];
  for (const t of tables) db.prepare(`DELETE FROM ${t} WHERE tbl GLOB '*__text_*'`).run();
}

/**
 * How a row is tested against the index's matches: `+rowid` (the unary plus keeps SQLite from
 * driving the query by the match list) makes the matches a set, built once, that the scan of the
 * query's own index (a station's records in date order) tests each entry against, without reading
 * the document. A page then stops at its 20th match, and a count reads the index alone. Driven by
 * the match list instead, SQLite read and sorted every matching document: at 100k archive
 * records a common word (4,000 matches at a station, 36,000 in all) took 130–160 ms per page and
 * as long again for the count; this way 11 ms and 13 ms (23 ms for the count of all).
 */
const MEMBERSHIP = '+rowid IN';

/** An FTS5 string: the text in double quotes, quotes doubled (no operator inside is special). */
const quoted = (text: string) => `"${text.replace(/"/g, '""')}"`;

/** ASCII-only lower case, as SQLite's lower() folds the indexed side. */
const asciiLower = (text: string) => text.replace(/[A-Z]/g, (c) => c.toLowerCase());

/**
 * `$contains` of one query on any of several text-indexed fields (an `$or` of them, as a keyword
 * search over a summary and an answer) as ONE lookup: an FTS column filter `{f0 f1} : …` matches a
 * row when any of those columns holds the query — the same rows as the `$or`, with one match set
 * to build and test instead of one per field (a single field is the list of one). Null when the
 * index cannot answer it: a field without a text index, an empty query, or one holding control
 * characters. Parameters are appended to `params` in text order.
 */
export function textSearchAny(
  collection: CollectionName,
  fields: readonly string[],
  query: string,
  params: Array<string | number | bigint | null>,
): string | null {
  const matches = textMatchesAny(collection, fields, query, params);
  return matches === null ? null : `${MEMBERSHIP} (${matches})`;
}

/**
 * The rowids of the rows holding `query` in any of `fields`, as a SELECT on the text index, or
 * null when the index cannot answer it. On its own it counts a where that is nothing but the text
 * search (an admin's keyword over the whole archive) without reading the table's index at all.
 */
export function textMatchesAny(
  collection: CollectionName,
  fields: readonly string[],
  query: string,
  params: Array<string | number | bigint | null>,
): string | null {
  const indexed = textFieldsOf(collection);
  const columns = fields.map((f) => indexed.indexOf(f));
  if (!columns.length || columns.some((i) => i < 0) || query.length === 0 || hasControl(query)) return null;
  const names = [...new Set(columns)].map(column);
  const filter = names.length === 1 ? names[0] : `{${names.join(' ')}}`;
  const fts = ftsTable(collection);
  const q = asciiLower(query);
  if ([...q].length >= 3) {
    params.push(`${filter} : ${quoted(q)}`);
    return `SELECT rowid FROM ${fts} WHERE ${fts} MATCH ?`;
  }
  // Any trigram beginning with the query: `f0 : ("ab1" OR "ab2" …)` from the vocabulary's term range.
  params.push(q, q + TERM_END);
  const none = quoted(SENTINEL.repeat(3));
  const terms = `SELECT '${filter} : (' || coalesce(group_concat('"' || replace(term, '"', '""') || '"', ' OR '), '${none}') || ')' FROM ${vocabTable(collection)} WHERE term >= ? AND term < ?`;
  return `SELECT rowid FROM ${fts} WHERE ${fts} MATCH (${terms})`;
}
