import Taro from '@tarojs/taro';

/** Back to the previous page; when there is none (opened from a share), to `fallbackUrl`. */
export function goBack(fallbackUrl: string): void {
  const pages = Taro.getCurrentPages();
  if (pages.length > 1) {
    void Taro.navigateBack().catch(() => Taro.redirectTo({ url: fallbackUrl }));
  } else {
    void Taro.redirectTo({ url: fallbackUrl }).catch(() => undefined);
  }
}
