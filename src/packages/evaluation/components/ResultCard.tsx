/**
 * A station's result (the station once published, the admin at any time): the grade — 否决 in red,
 * whatever the score — the score, how many reviewers' scores count, the vetoes recorded, and
 * 下载评价报告 (the PDF report, through the house export hook).
 */
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { StationEvaluation } from '@core/contract';
import { useExport } from '@/hooks/useExport';
import { VetoList } from './VetoList';

interface Props {
  result: NonNullable<StationEvaluation['result']>;
  vetoes: StationEvaluation['vetoes'];
  /** Makes the report. */
  report: () => Promise<{ url: string; fileName: string }>;
}

export function ResultCard({ result: r, vetoes, report }: Props) {
  const download = useExport(report);
  return (
    <View className={`eval-result${r.vetoed ? ' eval-result--vetoed' : ''}`} data-testid="result">
      <Text className="eval-result__label">评价结果</Text>
      <Text className="eval-result__grade" data-testid="result-grade" data-grade={r.grade ?? ''}>
        {r.gradeLabel}
      </Text>
      <Text className="eval-result__line" data-testid="result-score">
        得分：{r.score === null ? '—' : `${r.score} 分`} · 评审专家 {r.reviewers} 人
      </Text>
      <VetoList vetoes={vetoes} />
      <Button type="primary" fill="outline" block loading={download.exporting} onClick={() => void download.run()}>
        下载评价报告
      </Button>
    </View>
  );
}
