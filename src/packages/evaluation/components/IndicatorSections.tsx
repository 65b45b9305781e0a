/**
 * The indicator table of a round, section by section: each item with its title, 分值, 评分标准 and
 * the 佐证材料 it asks for, and — for an item filled in from the records — the figure, where it
 * comes from and the suggested score. What goes under each item (the station's fields, its answers,
 * a reviewer's score) is the caller's.
 */
import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import type { IndicatorSetView, StationEvaluation } from '@core/contract';
import type { IndicatorItem } from '@core/rules/evaluation';

type AutoFigure = NonNullable<StationEvaluation['answers'][string]['auto']>;

/** 「系统取数：12（2025年本站举办的培训场次） 建议得分 6」 */
export function autoLine(auto: AutoFigure): string {
  const figure = auto.value === null ? '暂无数据' : String(auto.value);
  const suggested = auto.suggested === null ? '' : ` 建议得分 ${auto.suggested}`;
  return `系统取数：${figure}（${auto.source}）${suggested}`;
}

export function ItemHead({ item, auto }: { item: IndicatorItem; auto?: AutoFigure }) {
  return (
    <>
      <View className="eval-item__head">
        <Text className="eval-item__title">{item.title}</Text>
        <Text className="eval-item__max">{item.maxScore} 分</Text>
      </View>
      <Text className="eval-item__line">评分标准：{item.guide}</Text>
      <Text className="eval-item__line">佐证材料：{item.evidence || '无需提供'}</Text>
      {auto ? (
        <Text className="eval-item__auto" data-testid="auto-figure">
          {autoLine(auto)}
        </Text>
      ) : null}
    </>
  );
}

interface Props {
  set: IndicatorSetView;
  answers?: StationEvaluation['answers'];
  /** What shows under an item's head. */
  children?: (item: IndicatorItem) => ReactNode;
  /** Only the items' heads and what is under them (a reviewer's scoring under the answers above). */
  compact?: boolean;
}

export function IndicatorSections({ set, answers, children, compact }: Props) {
  return (
    <View className="eval-sections" data-testid="indicator-table">
      {set.sections.map((section) => (
        <View key={section.id} className="eval-section" data-testid="indicator-section">
          <Text className="eval-section__title">{section.title}</Text>
          {section.items.map((item) => (
            <View key={item.id} className="eval-item" data-testid="indicator-item" data-id={item.id}>
              {compact ? (
                <View className="eval-item__head">
                  <Text className="eval-item__title">{item.title}</Text>
                  <Text className="eval-item__max">{item.maxScore} 分</Text>
                </View>
              ) : (
                <ItemHead item={item} auto={answers?.[item.id]?.auto} />
              )}
              {children?.(item)}
            </View>
          ))}
        </View>
      ))}
    </View>
  );
}
