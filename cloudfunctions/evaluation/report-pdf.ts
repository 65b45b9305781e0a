/**
 * A station's evaluation report as a PDF (pdf-lib, the Chinese font subset-embedded): the round,
 * the result (grade, score, reviewers; 否决 with the conditions), then every indicator with its
 * maximum, the station's self-score and the reviewers' mean, and the reviewers' comments without
 * their names (000: reviewers' independence), written with the shared PDF writer.
 */
import { EVAL_VETO } from '../../core/enums';
import { formatShanghai } from '../../core/rules/time';
import type {
  EvalIndicatorSetDoc,
  EvalReviewDoc,
  EvalRoundDoc,
  EvalSubmissionDoc,
  EvalVetoDoc,
} from '../../core/store/docs';
import { openPdf, WIDTH } from '../_shared/pdf-writer';
import type { StationResult } from '../_shared/evaluation-results';

export interface ReportParts {
  round: EvalRoundDoc;
  set: EvalIndicatorSetDoc;
  submission: EvalSubmissionDoc;
  reviews: EvalReviewDoc[];
  vetoes: EvalVetoDoc[];
  result: StationResult;
  generatedAt: number;
}

const fmt = (n: number | null | undefined) => (n === null || n === undefined ? '—' : String(Math.round(n * 10) / 10));

export async function stationReportPdf(p: ReportParts): Promise<Uint8Array> {
  const { doc, w } = await openPdf(`${p.submission.stationName} ${p.round.title} 评价报告`);

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
