/**
 * Rows of a settings-like list in NutUI Cell / CellGroup's look, drawn with Views, for 我的 (a tab
 * page, in the main package, where NutUI's Cell would bring its library code along). A group is
 * a white rounded block under an optional title; a row has a title, an optional description
 * under it and an optional extra at its right end.
 */
import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import './PlainCell.scss';

export function PlainCellGroup({ title, children }: { title?: string; children: ReactNode }) {
  return (
    <View className="plain-cell-group">
      {title ? <Text className="plain-cell-group__title">{title}</Text> : null}
      <View className="plain-cell-group__rows">{children}</View>
    </View>
  );
}

export interface PlainCellProps {
  title: ReactNode;
  description?: ReactNode;
  extra?: ReactNode;
  onClick?: () => void;
  className?: string;
  [data: `data-${string}`]: string | undefined;
}

export function PlainCell({ title, description, extra, onClick, className, ...data }: PlainCellProps) {
  const classes = ['plain-cell', onClick ? 'plain-cell--clickable' : '', className ?? ''];
  return (
    <View {...data} className={classes.filter(Boolean).join(' ')} onClick={onClick ? () => onClick() : undefined}>
      <View className="plain-cell__left">
        <View className="plain-cell__title">{title}</View>
        {description ? <View className="plain-cell__description">{description}</View> : null}
      </View>
      {extra ? <View className="plain-cell__extra">{extra}</View> : null}
    </View>
  );
}
