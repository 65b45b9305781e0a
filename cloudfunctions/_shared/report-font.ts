/**
 * The Chinese font generated PDFs embed (subset: only the glyphs used), so a report reads the
 * same on any phone or printer. pdf-lib embeds a single TrueType/OpenType font, not a .ttc
 * collection, so the font is Droid Sans Fallback (Debian fonts-droid-fallback, one .ttf with the
 * CJK glyphs). Looked for, in order: REPORT_FONT (a path the operator sets), fonts/report.ttf
 * beside the bundle (scripts/build-functions.ts copies it into the functions that make PDFs, for
 * CloudBase), and the Debian file (the host).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../core/errors';

export const DEBIAN_REPORT_FONT = '/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf';

let cached: Uint8Array | null = null;

export function reportFont(): Uint8Array {
  if (cached) return cached;
  const candidates = [process.env.REPORT_FONT, join(__dirname, 'fonts', 'report.ttf'), DEBIAN_REPORT_FONT];
  const found = candidates.find((p): p is string => !!p && existsSync(p));
  if (!found) {
    throw new AppError('INTERNAL', '服务器缺少中文字体，暂时无法生成报告，请联系管理员（安装 fonts-droid-fallback）');
  }
  cached = new Uint8Array(readFileSync(found));
  return cached;
}
