/**
 * A station's evaluation report as a PDF (pdf-lib, the Chinese font subset-embedded): the round,
 * the result (grade, score, reviewers; 否决 with the conditions), then every indicator with its
 * maximum, the station's self-score and the reviewers' mean, and the reviewers' comments without
 * their names (000: reviewers' independence). A4, text wrapped by measured width, new pages as
 * needed. The Chinese font has no Latin glyphs, so ASCII runs (figures, dates) are set in
 * Helvetica and everything else in the Chinese font, run by run.
 */
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb, StandardFonts, type PDFFont, type PDFPage, type RGB } from 'pdf-lib';
import { EVAL_VETO } from '../../core/enums';
import { formatShanghai } from '../../core/rules/time';
import type {
  EvalIndicatorSetDoc,
  EvalReviewDoc,
  EvalRoundDoc,
  EvalSubmissionDoc,
  EvalVetoDoc,
} from '../../core/store/docs';
import { reportFont } from '../_shared/report-font';
import type { StationResult } from '../_shared/evaluation-results';

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 50;
const WIDTH = A4[0] - 2 * MARGIN;

export interface ReportParts {
  round: EvalRoundDoc;
  set: EvalIndicatorSetDoc;
  submission: EvalSubmissionDoc;
  reviews: EvalReviewDoc[];
  vetoes: EvalVetoDoc[];
  result: StationResult;
  generatedAt: number;
}

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
class Writer {
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

const fmt = (n: number | null | undefined) => (n === null || n === undefined ? '—' : String(Math.round(n * 10) / 10));

export async function stationReportPdf(p: ReportParts): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const fonts = {
    cjk: await doc.embedFont(reportFont(), { subset: true }),
    latin: await doc.embedFont(StandardFonts.Helvetica),
  };
  doc.setTitle(`${p.submission.stationName} ${p.round.title} 评价报告`);
  const w = new Writer(doc, fonts);

  w.text(`${p.round.title}`, 16);
  w.text(`评价报告 · ${p.submission.stationName}`, 14);
  w.text(
    `评价年度：${p.round.year}年  指标表：第${p.round.setVersion}版  生成时间：${formatShanghai(p.generatedAt)}`,
    9.5,
    {
      color: [0.35, 0.35, 0.35],
    },
  );
  w.gap();
  w.text(`评价结果：${p.result.gradeLabel}`, 13);
  w.text(`综合得分：${fmt(p.result.score)} 分（${p.result.reviewers} 位评审专家评分的平均值，满分 100 分）`);
  if (p.result.vetoed) {
    w.text('一票否决情形：', 10.5, { color: [0.75, 0.1, 0.1] });
    for (const v of p.vetoes)
      w.text(`· ${EVAL_VETO.labels[v.condition]}：${v.evidence}`, 10, { x: 12, color: [0.75, 0.1, 0.1] });
  }
  w.gap();

  const submitted = p.reviews.filter((r) => r.status === 'submitted');
  const self = new Map(Object.entries(p.submission.answers));
  const columns = [200, 45, 45, 55, WIDTH - 345];
  w.row(
    ['指标', '分值', '自评', '专家平均', '自评说明'].map((text, i) => ({ text, width: columns[i]! })),
    10,
  );
  for (const section of p.set.sections) {
    w.text(section.title, 11);
    for (const item of section.items) {
      const scores = submitted.map((r) => new Map(Object.entries(r.scores)).get(item.id) ?? 0);
      const mean = scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : null;
      const answer = self.get(item.id);
      w.row(
        [item.title, String(item.maxScore), fmt(answer?.selfScore), fmt(mean), answer?.note ?? ''].map((text, i) => ({
          text,
          width: columns[i]!,
        })),
      );
    }
  }
  w.gap();
  const comments = submitted.map((r) => r.comment).filter((c) => c.trim());
  if (comments.length) {
    w.text('评审意见', 12);
    comments.forEach((c, i) => w.text(`${i + 1}. ${c}`));
  }
  return doc.save();
}
