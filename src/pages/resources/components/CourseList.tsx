/** The standard training courses (004 appendix B); a course opens to show its topics. */
import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { ListStatus } from '@/components/ListStatus';
import { useLoad } from '@/hooks/useLoad';
import { listCourses } from '@/services/directory';
import { ROUTES } from '@/lib/routes';

export function CourseList() {
  const { data, loading, error, reload } = useLoad(() => listCourses({}), []);
  const [open, setOpen] = useState<Record<string, boolean>>({});
  const items = data ?? [];
  return (
    <View className="resource-list">
      {/* The courses are taught in the stations' sessions: the way to sign up for one. */}
      <View
        className="resource-list__row resource-list__row--plain"
        data-testid="training-entry"
        onClick={() => void Taro.navigateTo({ url: ROUTES.trainings })}
      >
        <Text className="resource-list__title">近期培训报名</Text>
        <Text className="resource-list__toggle">查看 ›</Text>
      </View>
      {items.map((course, i) => {
        const expanded = !!open[course.id];
        return (
          <View key={course.id} className="resource-list__row resource-list__row--course" data-testid="course">
            <View
              className="resource-list__head"
              data-testid="course-title"
              onClick={() => setOpen((prev) => ({ ...prev, [course.id]: !expanded }))}
            >
              <Text className="resource-list__index">{i + 1}</Text>
              <Text className="resource-list__title">{course.title}</Text>
              <Text className="resource-list__toggle">{expanded ? '收起' : `${course.topics.length} 个专题`}</Text>
            </View>
            {expanded ? (
              <View className="resource-list__topics" data-testid="course-topics">
                {course.topics.map((topic) => (
                  <Text key={topic} className="resource-list__topic">
                    · {topic}
                  </Text>
                ))}
              </View>
            ) : null}
          </View>
        );
      })}
      <ListStatus
        loading={loading}
        error={error}
        empty={items.length === 0}
        emptyText="暂无培训课程"
        onRetry={() => void reload()}
      />
    </View>
  );
}
