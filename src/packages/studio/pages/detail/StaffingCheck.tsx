/**
 * The staffing rule of 001 §6.4 a, one line per part, each ✓ met or ✗ not yet, from the parts
 * still unmet (`gaps`: the server's for what is saved, core's staffingGaps for rows being typed).
 */
import { Text, View } from '@tarojs/components';
import { STAFFING_RULE } from '@core/rules/studio';

export function StaffingCheck({ gaps, title }: { gaps: readonly string[]; title?: string }) {
  return (
    <View className="studio-rule" data-testid="staffing-check">
      <Text className="studio-rule__title">
        人员配备要求{title ? `（${title}）` : ''}：{gaps.length ? '尚未达到' : '已达到'}
      </Text>
      {STAFFING_RULE.map((r) => {
        const met = !gaps.includes(r.label);
        return (
          <View
            key={r.party}
            className={`studio-rule__line${met ? '' : ' studio-rule__line--unmet'}`}
            data-testid="staffing-rule"
            data-party={r.party}
            data-met={met ? 'true' : 'false'}
          >
            <Text className="studio-rule__mark">{met ? '✓' : '✗'}</Text>
            <Text>{r.label}</Text>
          </View>
        );
      })}
    </View>
  );
}
