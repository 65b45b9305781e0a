/** The vetoes recorded on a station: 000's condition, the facts and evidence, who recorded it and when. */
import { Text, View } from '@tarojs/components';
import type { StationEvaluation } from '@core/contract';
import { EVAL_VETO } from '@core/enums';
import { stampOf } from '@/lib/format';

export function VetoList({ vetoes }: { vetoes: StationEvaluation['vetoes'] }) {
  if (!vetoes.length) return null;
  return (
    <View className="eval-vetoes" data-testid="vetoes">
      {vetoes.map((v) => (
        <View key={v.condition} className="eval-vetoes__item" data-testid="veto" data-condition={v.condition}>
          <Text className="eval-vetoes__condition">一票否决：{EVAL_VETO.labels[v.condition]}</Text>
          <Text className="eval-vetoes__text">{v.evidence}</Text>
          <Text className="eval-vetoes__by">
            {v.automatic ? '系统记录' : v.byName} · {stampOf(v.at)}
          </Text>
        </View>
      ))}
    </View>
  );
}
