/**
 * Excel exports (.xlsx), for any function: build a one-sheet workbook, store it, hand back a URL.
 *
 * exceljs writes the workbook's XML as UTF-8 with shared strings, which Excel and WPS both read
 * with Chinese intact (unlike a CSV, which Excel opens as GBK on a Chinese Windows). Headers are
 * bold and frozen, so a long list stays readable while scrolling.
 */
import { Workbook } from 'exceljs';
import type { Files, Ids } from '../../core/ports';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface Column<R> {
  header: string;
  /** Approximate width in characters (a Chinese character counts about two). */
  width?: number;
  value: (row: R) => string | number | null | undefined;
}

/** Excel refuses these in sheet names, and they are at most 31 characters. */
const sheetName = (name: string) => name.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31) || 'Sheet1';

export async function buildWorkbook<R>(name: string, columns: Column<R>[], rows: R[]): Promise<Uint8Array> {
  const workbook = new Workbook();
  workbook.creator = '知识产权公共服务';
  const sheet = workbook.addWorksheet(sheetName(name), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c, i) => ({ header: c.header, key: `c${i}`, width: c.width ?? 14 }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(columns.map((c) => c.value(row) ?? ''));
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
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
 * Stores a workbook under `exports/<folder>/<random>.xlsx` (the random part: nobody guesses
 * another export's address) and returns where to download it and the name to save it as.
 */
export async function storeExport(
  files: Files,
  ids: Ids,
  folder: string,
  fileName: string,
  body: Uint8Array,
): Promise<{ url: string; fileName: string }> {
  const stored = await files.put(`exports/${folder}/${ids.id()}.xlsx`, body, XLSX_TYPE);
  const [url] = await files.urls([stored.fileId]);
  return { url: url!, fileName };
}
