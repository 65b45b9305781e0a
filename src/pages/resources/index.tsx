/**
 * Tab 资源: public retrieval platforms, the standard training courses and the service
 * catalogue. A pane loads the first time it is opened and keeps its state when left.
 * The tab row is drawn here in NutUI Tabs' look (line under the active title) rather than with
 * NutUI's Tabs: this is a tab page, and Tabs would bring ~25 KB of script and style (with
 * lodash) into the main package.
 */
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
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

  const open = (value: PaneValue) => {
    setActive(value);
    setOpened((prev) => (prev.has(value) ? prev : new Set([...prev, value])));
  };

  return (
    <View className="resources-page">
      <View className="resources-tabs">
        {PANES.map(({ value, title }) => (
          <View
            key={value}
            className={`resources-tabs__title${value === active ? ' resources-tabs__title--active' : ''}`}
            data-value={value}
            onClick={() => open(value)}
          >
            <Text className="resources-tabs__text">{title}</Text>
            <View className="resources-tabs__line" />
          </View>
        ))}
      </View>
      {PANES.map(({ value, Pane }) =>
        opened.has(value) ? (
          <View
            key={value}
            className={`resources-tabs__pane${value === active ? ' resources-tabs__pane--active' : ''}`}
            data-value={value}
          >
            <Pane />
          </View>
        ) : null,
      )}
    </View>
  );
}
