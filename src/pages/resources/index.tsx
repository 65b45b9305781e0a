/**
 * Tab 资源: public retrieval platforms, the standard training courses and the service
 * catalogue. A pane loads the first time it is opened.
 */
import { useState } from 'react';
import { View } from '@tarojs/components';
import { Tabs } from '@nutui/nutui-react-taro';
import { CatalogueList } from './components/CatalogueList';
import { CourseList } from './components/CourseList';
import { PlatformList } from './components/PlatformList';
import './index.scss';

const PANES = [
  { value: 'platforms', title: '检索平台', Pane: PlatformList },
  { value: 'courses', title: '培训课程', Pane: CourseList },
  { value: 'catalogue', title: '服务目录', Pane: CatalogueList },
] as const;

type PaneValue = (typeof PANES)[number]['value'];

export default function ResourcesPage() {
  const [active, setActive] = useState<PaneValue>('platforms');
  const [opened, setOpened] = useState<ReadonlySet<PaneValue>>(() => new Set(['platforms']));

  const open = (value: string | number) => {
    const pane = PANES.find((p) => p.value === value);
    if (!pane) return;
    setActive(pane.value);
    setOpened((prev) => (prev.has(pane.value) ? prev : new Set([...prev, pane.value])));
  };

  return (
    <View className="resources-page">
      <Tabs value={active} onChange={open} activeType="line" duration={0}>
        {PANES.map(({ value, title, Pane }) => (
          <Tabs.TabPane key={value} title={title} value={value}>
            {opened.has(value) ? <Pane /> : null}
          </Tabs.TabPane>
        ))}
      </Tabs>
    </View>
  );
}
