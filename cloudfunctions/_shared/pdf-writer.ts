/**
 * A PDF of the product's reports (pdf-lib, the Chinese font subset-embedded): A4, text wrapped by
 * measured width, fixed-column table rows, new pages as needed. The Chinese font has no Latin
 * glyphs, so ASCII runs (figures, dates) are set in Helvetica and everything else in the Chinese
 * font, run by run. Used by the evaluation report and the studio application.
 */
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb, StandardFonts, type PDFFont, type PDFPage, type RGB } from 'pdf-lib';
import { reportFont } from './report-font';

export const A4: [number, number] = [595.28, 841.89];
const MARGIN = 50;
/** The width between the margins: what table columns share. */
export const WIDTH = A4[0] - 2 * MARGIN;

interface Fonts {
  cjk: PDFFont;
  latin: PDFFont;
}

/** The text cut into runs of one font each: printable ASCII in Latin, the rest in the Chinese font. */
function runs(text: string): Array<{ latin: boolean; text: string }> {
  const out: Array<{ latin: boolean; text: string }> = [];
  for (const ch of text) {
    const latin = ch >= ' ' && ch <= '~';
    const last = out[out.length - 1];
    if (last && last.latin === latin) last.text += ch;
    else out.push({ latin, text: ch });
  }
  return out;
}

/** Writes lines top to bottom, wrapping by the fonts' measured widths and turning pages. */
export class Writer {
  private page: PDFPage;
  private y = A4[1] - MARGIN;
  constructor(
    private readonly doc: PDFDocument,
    private readonly fonts: Fonts,
  ) {
    this.page = doc.addPage(A4);
  }

  private width(text: string, size: number): number {
    return runs(text).reduce(
      (w, r) => w + (r.latin ? this.fonts.latin : this.fonts.cjk).widthOfTextAtSize(r.text, size),
      0,
    );
  }

  private draw(text: string, x: number, y: number, size: number, color: RGB): void {
    let at = x;
    for (const r of runs(text)) {
      const font = r.latin ? this.fonts.latin : this.fonts.cjk;
      this.page.drawText(r.text, { x: at, y, size, font, color });
      at += font.widthOfTextAtSize(r.text, size);
    }
  }

  private wrap(text: string, size: number, width: number): string[] {
    const lines: string[] = [];
    for (const paragraph of text.split('\n')) {
      let line = '';
      for (const ch of paragraph) {
        if (line && this.width(line + ch, size) > width) {
          lines.push(line);
          line = '';
        }
        line += ch;
      }
      lines.push(line);
    }
    return lines;
  }

  text(text: string, size = 10.5, opts: { x?: number; width?: number; color?: [number, number, number] } = {}): void {
    const x = MARGIN + (opts.x ?? 0);
    for (const line of this.wrap(text, size, opts.width ?? WIDTH - (opts.x ?? 0))) {
      if (this.y - size < MARGIN) {
        this.page = this.doc.addPage(A4);
        this.y = A4[1] - MARGIN;
      }
      this.draw(line, x, this.y - size, size, rgb(...(opts.color ?? [0, 0, 0])));
      this.y -= size * 1.6;
    }
  }

  /** One table row of fixed columns (each cell wraps inside its width); the row as tall as its tallest cell. */
  row(cells: Array<{ text: string; width: number }>, size = 9.5): void {
    const wrapped = cells.map((c) => this.wrap(c.text, size, c.width - 4));
    const height = Math.max(...wrapped.map((w) => w.length)) * size * 1.5;
    if (this.y - height < MARGIN) {
      this.page = this.doc.addPage(A4);
      this.y = A4[1] - MARGIN;
    }
    let x = MARGIN;
    wrapped.forEach((lines, i) => {
      lines.forEach((line, j) => {
        this.draw(line, x, this.y - size - j * size * 1.5, size, rgb(0, 0, 0));
      });
      x += cells[i]!.width;
    });
    this.y -= height + 3;
  }

  gap(points = 8): void {
    this.y -= points;
  }
}

/** A new A4 document titled `title`, with the fonts embedded, and its writer. */
export async function openPdf(title: string): Promise<{ doc: PDFDocument; w: Writer }> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const fonts = {
    cjk: await doc.embedFont(reportFont(), { subset: true }),
    latin: await doc.embedFont(StandardFonts.Helvetica),
  };
  doc.setTitle(title);
  return { doc, w: new Writer(doc, fonts) };
}
