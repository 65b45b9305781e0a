/**
 * The district a guest (or anyone without a company) chose on 首页, kept on the phone so the next
 * visit shows the same station. Only 首页 reads and writes it.
 */
import Taro from '@tarojs/taro';
import { DISTRICT, type District } from '@core/enums';

export const HOME_DISTRICT_KEY = 'ip-station.home-district';

/** The district chosen before; '' when none (or what is stored is no district). */
export function storedDistrict(): District | '' {
  try {
    const value = Taro.getStorageSync(HOME_DISTRICT_KEY) as unknown;
    return (DISTRICT.values as readonly unknown[]).includes(value) ? (value as District) : '';
  } catch {
    return '';
  }
}

export function rememberDistrict(district: District): void {
  try {
    Taro.setStorageSync(HOME_DISTRICT_KEY, district);
  } catch {
    // Storage full or refused: the choice holds for this visit only.
  }
}
