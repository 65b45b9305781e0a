/** A station's kind, level and (optionally) district as tags, in Chinese (服务网点's cards: PlainTag). */
import { View } from '@tarojs/components';
import { DISTRICT, labelOf, STATION_KIND, STATION_LEVEL } from '@core/enums';
import type { Station } from '@core/contract';
import { PlainTag } from './PlainTag';
import './StationTags.scss';

export interface StationTagsProps {
  station: Pick<Station, 'kind' | 'level' | 'district'>;
  withDistrict?: boolean;
}

export function StationTags({ station, withDistrict }: StationTagsProps) {
  return (
    <View className="station-tags">
      <PlainTag background="#e8f1ff" color="#1677ff" className="station-tags__tag">
        {labelOf(STATION_KIND, station.kind)}
      </PlainTag>
      <PlainTag background="#fff4e5" color="#d46b08" className="station-tags__tag">
        {labelOf(STATION_LEVEL, station.level)}
      </PlainTag>
      {withDistrict ? (
        <PlainTag background="#e8f7ee" color="#1f9d55" className="station-tags__tag">
          {labelOf(DISTRICT, station.district)}
        </PlainTag>
      ) : null}
    </View>
  );
}

/** Key industries as small grey tags; nothing when there are none. */
export function IndustryTags({ industries }: { industries: string[] }) {
  if (industries.length === 0) return null;
  return (
    <View className="station-tags station-tags--industries" data-testid="station-industries">
      {industries.map((name) => (
        <PlainTag key={name} background="#f2f3f5" color="#4e5969" className="station-tags__tag">
          {name}
        </PlainTag>
      ))}
    </View>
  );
}
