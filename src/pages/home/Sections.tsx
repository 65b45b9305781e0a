/**
 * 首页's sections, each presenting its part of the one `content.home` answer: 政策与动态, 近期培训,
 * 年度专项服务 and the station (the person's own, or one of the district they chose). Every row
 * opens its page; 更多 opens the whole list.
 */
import { useState, type ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import type { HomeView } from '@core/contract';
import { ARTICLE_KIND, DISTRICT, SPECIAL_FREQUENCY, type District } from '@core/enums';
import { ChipRow, type Chip } from '@/components/ChipRow';
import { PhoneLink } from '@/components/PhoneLink';
import { ROUTES } from '@/lib/routes';
import { dayOf, momentOf } from './dates';
import { go, goTab } from './nav';

/** Special services shown here; the rest are on the list's own page. */
const SPECIAL_SHOWN = 3;
const DISTRICT_CHIPS: Chip<District>[] = DISTRICT.values.map((value) => ({ value, label: DISTRICT.labels[value] }));

interface SectionProps {
  title: string;
  testId: string;
  more?: () => void;
  children: ReactNode;
}

function Section({ title, testId, more, children }: SectionProps) {
  return (
    <View className="home-section" data-testid={testId}>
      <View className="home-section__head">
        <Text className="home-section__title">{title}</Text>
        {more ? (
          <Text className="home-section__more" onClick={more}>
            更多
          </Text>
        ) : null}
      </View>
      {children}
    </View>
  );
}

const Empty = ({ text }: { text: string }) => <Text className="home-section__empty">{text}</Text>;

export function ArticlesSection({ articles }: { articles: HomeView['articles'] }) {
  return (
    <Section title="政策与动态" testId="home-articles" more={() => go(ROUTES.articles())}>
      {articles.length === 0 ? <Empty text="暂无政策与动态" /> : null}
      {articles.map((a) => (
        <View key={a.id} className="home-row" data-testid="home-article" onClick={() => go(ROUTES.article(a.id))}>
          <Text className="home-row__title">{a.title}</Text>
          <Text className="home-row__line">
            {ARTICLE_KIND.labels[a.kind]} · {a.source} · {dayOf(a.publishAt ?? a.updatedAt)}
          </Text>
        </View>
      ))}
    </Section>
  );
}

export function TrainingsSection({ trainings }: { trainings: HomeView['trainings'] }) {
  return (
    <Section title="近期培训" testId="home-trainings" more={() => go(ROUTES.trainings)}>
      {trainings.length === 0 ? <Empty text="近期暂无可报名的培训" /> : null}
      {trainings.map((t) => (
        <View
          key={t.id}
          className="home-row"
          data-testid="home-training"
          onClick={() => go(ROUTES.trainingSession(t.id))}
        >
          <Text className="home-row__title">{t.title}</Text>
          <View className="home-row__split">
            <Text className="home-row__line">
              {t.stationName} · {momentOf(t.startAt)}
            </Text>
            <Text className={`home-row__seats${t.seatsLeft > 0 ? '' : ' home-row__seats--full'}`}>
              {t.seatsLeft > 0 ? `余${t.seatsLeft}席` : '名额已满'}
            </Text>
          </View>
        </View>
      ))}
    </Section>
  );
}

export function SpecialSection({ view, stationId }: { view: HomeView; stationId: string }) {
  const open = () => go(ROUTES.specialServices(stationId, view.specialYear));
  return (
    <Section title={`${view.specialYear}年度专项服务`} testId="home-special" more={open}>
      {view.specialServices.slice(0, SPECIAL_SHOWN).map((s) => (
        <View key={s.id} className="home-row home-row__split" data-testid="home-special-item" onClick={open}>
          <Text className="home-row__title home-row__title--flex">{s.content}</Text>
          <Text className="home-row__tag">{SPECIAL_FREQUENCY.labels[s.frequency]}</Text>
        </View>
      ))}
    </Section>
  );
}

export interface StationSectionProps {
  station: HomeView['station'];
  /** The person's own station (their company's or workplace's), not one of a chosen district. */
  mine: boolean;
  district: District | '';
  onDistrict: (district: District) => void;
}

export function StationSection({ station, mine, district, onDistrict }: StationSectionProps) {
  const [choosing, setChoosing] = useState(false);
  const chooser = !station || choosing;
  const choose = (d: District | '') => {
    if (!d) return;
    setChoosing(false);
    onDistrict(d);
  };
  return (
    <Section title={mine ? '我的服务站' : '附近服务站'} testId="home-station" more={() => goTab(ROUTES.network)}>
      {station ? (
        <View className="home-station" data-testid="home-station-card" onClick={() => go(ROUTES.station(station.id))}>
          <Text className="home-station__name">{station.name}</Text>
          <Text className="home-row__line">地址：{station.address}</Text>
          <Text className="home-row__line">服务时间：{station.hours}</Text>
          {/* Dialling must not also open the station. */}
          <View className="home-row__line" onClick={(e) => e.stopPropagation()}>
            <PhoneLink phone={station.phone} label="电话" />
          </View>
        </View>
      ) : (
        <Empty text={district ? '该区暂无服务站点，请选择其他区' : '选择所在区，查看附近的服务站点'} />
      )}
      {station && !mine && !choosing ? (
        <Text className="home-section__more home-station__switch" onClick={() => setChoosing(true)}>
          切换所在区
        </Text>
      ) : null}
      {chooser ? <ChipRow chips={DISTRICT_CHIPS} value={district} onChange={choose} testId="home-district" /> : null}
    </Section>
  );
}
