/**
 * A button drawn with a View in NutUI Button's look (round, theme blue), for what the main
 * package shows: the tab pages and the states every list and session shows. NutUI's Button, with
 * the ConfigProvider, icons and lodash it brings, would add ~40 KB of script and style to the main
 * package (WeChat's budget there is tight; scripts/check-weapp.ts holds it under 450 KB).
 * Subpackage pages keep NutUI's Button.
 */
import type { ReactNode } from 'react';
import { View } from '@tarojs/components';
import './PlainButton.scss';

export interface PlainButtonProps {
  children: ReactNode;
  onClick: () => void;
  /** default: grey outline; primary: solid blue (or blue outline); danger: red outline. */
  type?: 'default' | 'primary' | 'danger';
  fill?: 'solid' | 'outline';
  size?: 'normal' | 'small';
  block?: boolean;
  className?: string;
  [data: `data-${string}`]: string | undefined;
}

export function PlainButton({
  children,
  onClick,
  type = 'default',
  fill = 'solid',
  size = 'normal',
  block,
  className,
  ...data
}: PlainButtonProps) {
  const classes = [
    'plain-button',
    `plain-button--${type}`,
    fill === 'outline' ? 'plain-button--outline' : '',
    size === 'small' ? 'plain-button--small' : '',
    block ? 'plain-button--block' : '',
    className ?? '',
  ];
  return (
    <View {...data} className={classes.filter(Boolean).join(' ')} onClick={() => onClick()}>
      {children}
    </View>
  );
}
