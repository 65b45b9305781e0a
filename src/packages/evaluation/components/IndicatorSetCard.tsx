/**
 * One version of the indicator table: its number, name, total score and when it was made; tapped,
 * it opens to show its sections and items, and offers 「基于此版本新建」.
 */
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { IndicatorSetView } from '@core/contract';
import { stampOf } from '@/lib/format';
import { IndicatorSections } from './IndicatorSections';

interface Props {
  set: IndicatorSetView;
  open: boolean;
  onToggle: () => void;
  onCopy: () => void;
}

export function IndicatorSetCard({ set, open, onToggle, onCopy }: Props) {
  return (
    <View className="eval-card" data-testid="indicator-set" data-version={set.version}>
      <View className="eval-card__head" onClick={onToggle}>
        <Text className="eval-card__title">
          第 {set.version} 版 · {set.title}
        </Text>
        <Text className="eval-card__toggle">{open ? '收起' : '展开'}</Text>
      </View>
      <Text className="eval-card__line eval-card__line--muted">
        合计 {set.total} 分 · {set.sections.length} 类 {set.sections.reduce((n, s) => n + s.items.length, 0)} 项 ·{' '}
        {stampOf(set.createdAt)} 创建
      </Text>
      {open ? (
        <>
          <IndicatorSections set={set} />
          <Button type="primary" fill="outline" block onClick={onCopy}>
            基于此版本新建
          </Button>
        </>
      ) : null}
    </View>
  );
}
