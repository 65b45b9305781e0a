/** One service point in the network list; tapping it opens the station page. */
import { Text, View } from '@tarojs/components';
import type { Station } from '@core/contract';
import { DISTRICT, labelOf } from '@core/enums';
import { PhoneLink } from './PhoneLink';
import { IndustryTags, StationTags } from './StationTags';
import './StationCard.scss';

export interface StationCardProps {
  station: Station;
  onOpen: (stationId: string) => void;
}

export function StationCard({ station, onOpen }: StationCardProps) {
  return (
    <View className="station-card" data-testid="station-card" data-id={station.id} onClick={() => onOpen(station.id)}>
      <Text className="station-card__name">{station.name}</Text>
      <StationTags station={station} />
      <View className="station-card__row">
        <Text className="station-card__label">所在区</Text>
        <Text className="station-card__value">{labelOf(DISTRICT, station.district)}</Text>
      </View>
      <View className="station-card__row">
        <Text className="station-card__label">地址</Text>
        <Text className="station-card__value">{station.address}</Text>
      </View>
      <View className="station-card__row">
        <Text className="station-card__label">电话</Text>
        {/* Dialling must not also open the station. */}
        <View className="station-card__value" onClick={(e) => e.stopPropagation()}>
          <PhoneLink phone={station.phone} />
        </View>
      </View>
      <View className="station-card__row">
        <Text className="station-card__label">服务时间</Text>
        <Text className="station-card__value">{station.hours}</Text>
      </View>
      <IndustryTags industries={station.keyIndustries} />
    </View>
  );
}
