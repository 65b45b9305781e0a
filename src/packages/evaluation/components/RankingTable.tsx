/**
 * A round's ranking (the admin's): rank, station, score, grade and how many reviewers' scores
 * count; a vetoed station (否决, ranked last whatever its score) is marked red, an unscored one shows
 * 「—」. Tapping a row opens that station's evaluation.
 */
import { Text, View } from '@tarojs/components';
import type { ResultRow } from '@core/contract';

interface Props {
  rows: ResultRow[];
  onOpen: (stationId: string) => void;
}

const dash = (n: number | null) => (n === null ? '—' : String(n));

export function RankingTable({ rows, onOpen }: Props) {
  return (
    <View className="eval-table" data-testid="ranking">
      <View className="eval-table__row eval-table__row--head">
        <Text className="eval-table__rank">排名</Text>
        <Text className="eval-table__name">站点</Text>
        <Text className="eval-table__num">得分</Text>
        <Text className="eval-table__grade">等级</Text>
        <Text className="eval-table__num">评审</Text>
      </View>
      {rows.map((r) => (
        <View
          key={r.stationId}
          className={`eval-table__row${r.vetoed ? ' eval-table__row--vetoed' : ''}`}
          data-testid="ranking-row"
          data-id={r.stationId}
          data-vetoed={r.vetoed ? 'true' : 'false'}
          onClick={() => onOpen(r.stationId)}
        >
          <Text className="eval-table__rank">{dash(r.rank)}</Text>
          <Text className="eval-table__name">{r.stationName}</Text>
          <Text className="eval-table__num">{dash(r.score)}</Text>
          <Text className="eval-table__grade" data-testid="ranking-grade">
            {r.gradeLabel}
          </Text>
          <Text className="eval-table__num">{r.reviewers} 人</Text>
        </View>
      ))}
    </View>
  );
}
