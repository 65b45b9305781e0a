/**
 * The archive's judgements of the year: each published annual evaluation (its grade and score,
 * 否决 in red when a veto applied), the satisfaction per service kind (ratings, mean stars, how
 * many were low), and the 服务评价 records kept for its periods.
 */
import { Text, View } from '@tarojs/components';
import type { StationArchive } from '@core/contract';
import { DetailCard, DetailNote } from '@/components/DetailCard';
import './ArchiveSections.scss';

export function ArchiveEvaluations({ items }: { items: StationArchive['evaluations'] }) {
  return (
    <DetailCard title="年度评价" testId="archive-evaluations">
      {items.length ? null : <DetailNote>本年度暂无已发布的年度评价</DetailNote>}
      {items.map((e) => (
        <View key={e.roundId} className="archive-row" data-testid="archive-evaluation" data-vetoed={String(e.vetoed)}>
          <Text className="archive-row__main">{e.title}</Text>
          <Text className={`archive-row__side${e.vetoed ? ' archive-row__side--bad' : ''}`}>
            {e.vetoed ? '否决' : e.gradeLabel}
            {!e.vetoed && e.score !== null ? ` · ${e.score} 分` : ''}
          </Text>
        </View>
      ))}
    </DetailCard>
  );
}

export function ArchiveRatings({ items }: { items: StationArchive['ratings'] }) {
  return (
    <DetailCard title="服务评价" testId="archive-ratings">
      {items.length ? null : <DetailNote>本年度暂无服务评价</DetailNote>}
      {items.map((r) => (
        <View key={r.kind} className="archive-row" data-testid="archive-rating" data-kind={r.kind}>
          <Text className="archive-row__main">{r.label}</Text>
          <Text className="archive-row__side">
            {r.count} 条 · 平均 {r.mean === null ? '—' : `${r.mean.toFixed(1)} 星`}
            {r.low ? ` · 低分 ${r.low} 条` : ''}
          </Text>
        </View>
      ))}
    </DetailCard>
  );
}

/** The 服务评价 records kept for periods of the year: each period's time checks and findings. */
export function ArchiveReviews({ items }: { items: StationArchive['reviews'] }) {
  return (
    <DetailCard title="服务评价记录" testId="archive-reviews">
      {items.length ? null : <DetailNote>本年度暂无存档的服务评价（在“服务评价”中存档）</DetailNote>}
      {items.map((r) => (
        <View key={r.id} className="archive-row" data-testid="archive-review">
          <Text className="archive-row__main">
            {r.label} · {r.checks.map((c) => `${c.title} ${c.rate === null ? '—' : `${c.rate}%`}`).join('，')}
          </Text>
          <Text className={`archive-row__side${r.findings.length ? ' archive-row__side--bad' : ''}`}>
            {r.findings.length ? `${r.findings.length} 项问题` : '未发现问题'} · {r.savedByName}存档
          </Text>
        </View>
      ))}
    </DetailCard>
  );
}
