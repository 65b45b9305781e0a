/**
 * A small label in NutUI Tag's look, drawn with a View, for what the main package shows (我的's
 * role tags, the station cards of 服务网点): NutUI's Tag would bring its library code along.
 * `background` / `color` colour it as Tag's props of those names do.
 */
import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import './PlainTag.scss';

export interface PlainTagProps {
  children: ReactNode;
  type?: 'default' | 'primary' | 'warning';
  background?: string;
  color?: string;
  className?: string;
}

export function PlainTag({ children, type = 'default', background, color, className }: PlainTagProps) {
  return (
    <View
      className={`plain-tag plain-tag--${type}${className ? ` ${className}` : ''}`}
      style={background || color ? { background, color } : undefined}
    >
      <Text>{children}</Text>
    </View>
  );
}
