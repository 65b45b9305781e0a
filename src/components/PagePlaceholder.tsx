import type { ReactNode } from 'react';
import { View } from '@tarojs/components';
import { Cell } from '@nutui/nutui-react-taro';
import './PagePlaceholder.scss';

export interface PagePlaceholderProps {
  /** Chinese page title shown as the first cell. */
  title: string;
  /** One line saying what the page will do. */
  description?: string;
  children?: ReactNode;
}

/** Temporary page body: a NutUI Cell with the page's title, to be replaced by the real page. */
export function PagePlaceholder({ title, description, children }: PagePlaceholderProps) {
  return (
    <View className="page-placeholder">
      <Cell title={title} description={description ?? '页面建设中'} />
      {children}
    </View>
  );
}
