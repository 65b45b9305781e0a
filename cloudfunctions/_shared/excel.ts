/**
 * Excel exports (.xlsx), for any function: stream every row of one or more sheets into a
 * workbook, store it, hand back a URL.
 *
 * exceljs's streaming writer commits each row as it is added, so memory holds the compressed
 * output, never the rows: an export of a list reads the list a page at a time (scanAll in
 * ./paging.ts) and writes every row — no page or 1000-row cap cuts it short. The workbook's XML
 * is UTF-8, which Excel and WPS both read with Chinese intact (unlike a CSV, which Excel opens as
 * GBK on a Chinese Windows). Headers are bold and frozen, so a long list stays readable.
 */
import { PassThrough } from 'node:stream';
import { stream as excelStream } from 'exceljs';
import type { Clock, Files, Ids } from '../../core/ports';
import { formatShanghai } from '../../core/rules/time';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface Column<R> {
  header: string;
  /** Approximate width in characters (a Chinese character counts about two). */
  width?: number;
  value: (row: R) => string | number | null | undefined;
}

/** One sheet: lines above the table (a title, a period), the columns, and the rows, streamed. */
export interface SheetSpec<R> {
  name: string;
  preamble?: Array<Array<string | number | null>>;
  columns: Column<R>[];
  rows: Iterable<R> | AsyncIterable<R>;
}

/** A sheet of any row type, for a workbook of several (each sheet's rows typed where it is made). */
export type AnySheet = SheetSpec<unknown>;
export const sheet = <R>(spec: SheetSpec<R>): AnySheet => spec as unknown as AnySheet;

/** Excel refuses these in sheet names, and they are at most 31 characters. */
const sheetName = (name: string) => name.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31) || 'Sheet1';

/**
 * Writes the sheets in order, each row committed as it comes. Returns the workbook's bytes and
 * how many table rows were written (headers and preambles not counted).
 */
export async function streamWorkbook(sheets: AnySheet[]): Promise<{ body: Uint8Array; rows: number }> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    out.on('end', resolve);
    out.on('error', reject);
  });
  const workbook = new excelStream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  workbook.creator = '知识产权公共服务';
  let rows = 0;
  for (const spec of sheets) {
    const headerAt = (spec.preamble?.length ?? 0) + 1;
    const sheet = workbook.addWorksheet(sheetName(spec.name), { views: [{ state: 'frozen', ySplit: headerAt }] });
    sheet.columns = spec.columns.map((c, i) => ({ key: `c${i}`, width: c.width ?? 14 }));
    for (const line of spec.preamble ?? []) sheet.addRow(line).commit();
    const header = sheet.addRow(spec.columns.map((c) => c.header));
    header.font = { bold: true };
    header.commit();
    for await (const row of spec.rows) {
      sheet.addRow(spec.columns.map((c) => c.value(row) ?? '')).commit();
      rows++;
    }
    sheet.commit();
  }
  await workbook.commit();
  await done;
  return { body: new Uint8Array(Buffer.concat(chunks)), rows };
}

/** A one-sheet workbook of rows already in hand. */
export async function buildWorkbook<R>(name: string, columns: Column<R>[], rows: R[]): Promise<Uint8Array> {
  return (await streamWorkbook([sheet({ name, columns, rows })])).body;
}

/** A file name every system accepts: no path or reserved characters, no leading dots. */
export function safeFileName(name: string, extension = 'xlsx'): string {
  const base = name
    .replace(/[\\/:*?"<>|\s]+/g, '_')
    .replace(/^[._]+|_+$/g, '')
    .slice(0, 80);
  return `${base || 'export'}.${extension}`;
}

/**
 * Stores a workbook (or, with its type, another generated file: a PDF report) under
 * `exports/<folder>/<random>.<extension of fileName>` (the random part: nobody guesses another
 * export's address) and returns where to download it and the name to save it as.
 */
export async function storeExport(
  files: Files,
  ids: Ids,
  folder: string,
  fileName: string,
  body: Uint8Array,
  contentType = XLSX_TYPE,
): Promise<{ url: string; fileName: string }> {
  const extension = fileName.slice(fileName.lastIndexOf('.') + 1);
  const stored = await files.put(`exports/${folder}/${ids.id()}.${extension}`, body, contentType);
  const [url] = await files.urls([stored.fileId]);
  return { url: url!, fileName };
}

/** What a list's export uses of its handler's context (a HandlerContext has it all). */
export interface ExportContext {
  files: Files;
  ids: Ids;
  clock: Clock;
  audit(event: string, targetId: string, detail?: Record<string, unknown>): Promise<void>;
}

export interface ListExport<R> {
  /** Whose list it is, first in the file name: a station's name, or 全部站点 for an admin's all. */
  owner: string;
  /** What the list is: the sheet's name and the file name's middle (企业台账, 咨询档案…). */
  what: string;
  columns: Column<R>[];
  rows: AsyncIterable<R>;
  /** Where the file is stored (exports/<folder>/) and what the audit entry names: a station id, or 'all'. */
  folder: string;
  /** The audit event (export_…); the entry records the rows written and `detail` (the filters). */
  event: string;
  detail?: Record<string, unknown>;
}

/**
 * A list exported as it is filtered: one sheet of every row, streamed; saved as
 * `<owner>_<what>_<YYYYMMDD>.xlsx` (the day in Shanghai); audited, since personal data leaves here.
 */
export async function exportList<R>(
  ctx: ExportContext,
  list: ListExport<R>,
): Promise<{ url: string; fileName: string }> {
  const { body, rows } = await streamWorkbook([sheet({ name: list.what, columns: list.columns, rows: list.rows })]);
  const fileName = safeFileName(`${list.owner}_${list.what}_${formatShanghai(ctx.clock.now(), 'YYYYMMDD')}`);
  const result = await storeExport(ctx.files, ctx.ids, list.folder, fileName, body);
  await ctx.audit(list.event, list.folder, { ...list.detail, rows });
  return result;
}
