/**
 * Tab 首页, for everyone signed in or not: a search box, the quick actions, then what the one
 * `content.home` call answers — the latest 政策与动态, upcoming trainings, the station's 年度专项服务
 * and the station itself. A guest (or anyone without a company) has no station of their own: they
 * choose a district, which the phone remembers, and see one of its stations.
 *
 * It sits in the main package, so it uses only what the main package already carries (plain
 * Taro components, ChipRow, ListStatus, PhoneLink) and formats dates without dayjs (./dates.ts).
 */
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { District } from '@core/enums';
import { ListStatus } from '@/components/ListStatus';
import { SearchBox } from '@/components/SearchBox';
import { useLoad } from '@/hooks/useLoad';
import { usePullToReload, useReloadOnReturn } from '@/hooks/usePageRefresh';
import { useSession } from '@/hooks/useSession';
import { ROUTES } from '@/lib/routes';
import { home } from '@/services/content';
import { rememberDistrict, storedDistrict } from './district';
import { go } from './nav';
import { QuickActions } from './QuickActions';
import { ArticlesSection, SpecialSection, StationSection, TrainingsSection } from './Sections';
import './index.scss';

export default function HomePage() {
  const { signedIn, acting } = useSession();
  const [district, setDistrict] = useState<District | ''>(storedDistrict);
  const view = useLoad(() => home(district ? { district } : {}), [district, signedIn]);
  // Back from signing in, joining a company or another tab: the station and lists as they are now.
  useReloadOnReturn(view.reload);
  usePullToReload(view.reload);

  const chooseDistrict = (d: District) => {
    rememberDistrict(d);
    setDistrict(d);
  };

  const data = view.data;
  const station = data?.station ?? null;
  // A company's home is its own station's; staff see theirs when it is the one shown.
  const mine = !!station && signedIn && (acting?.role === 'company' || acting?.stationId === station.id);

  return (
    <View className="home">
      <View className="home__top">
        <SearchBox onSearch={(words) => go(ROUTES.search(words))} />
      </View>
      <QuickActions signedIn={signedIn} ctx={{ bookStationId: mine ? station!.id : null }} />

      {data ? (
        <>
          {view.error ? (
            <View className="home__stale" data-testid="home-stale">
              <Text>{view.error}</Text>
              <Text className="home-section__more" onClick={() => void view.reload()}>
                重新加载
              </Text>
            </View>
          ) : null}
          <ArticlesSection articles={data.articles} />
          <TrainingsSection trainings={data.trainings} />
          {station && data.specialServices.length > 0 ? <SpecialSection view={data} stationId={station.id} /> : null}
          <StationSection station={station} mine={mine} district={district} onDistrict={chooseDistrict} />
        </>
      ) : (
        <ListStatus
          loading={view.loading}
          error={view.error}
          empty
          emptyText="暂无内容"
          onRetry={() => void view.reload()}
        />
      )}
    </View>
  );
}
