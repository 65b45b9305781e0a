/** Spies on the Taro APIs the pages call, resolving as WeChat does. */
import Taro from '@tarojs/taro';

const ok = { errMsg: 'ok' };

export function mockTaro() {
  return {
    navigateTo: jest.spyOn(Taro, 'navigateTo').mockResolvedValue(ok as never),
    navigateBack: jest.spyOn(Taro, 'navigateBack').mockResolvedValue(ok as never),
    redirectTo: jest.spyOn(Taro, 'redirectTo').mockResolvedValue(ok as never),
    switchTab: jest.spyOn(Taro, 'switchTab').mockResolvedValue(ok as never),
    showToast: jest.spyOn(Taro, 'showToast').mockResolvedValue(ok as never),
    showModal: jest.spyOn(Taro, 'showModal').mockResolvedValue({ ...ok, confirm: true, cancel: false } as never),
    setClipboardData: jest.spyOn(Taro, 'setClipboardData').mockResolvedValue(ok as never),
    makePhoneCall: jest.spyOn(Taro, 'makePhoneCall').mockResolvedValue(ok as never),
    stopPullDownRefresh: jest.spyOn(Taro, 'stopPullDownRefresh').mockReturnValue(undefined as never),
    setNavigationBarTitle: jest.spyOn(Taro, 'setNavigationBarTitle').mockResolvedValue(ok as never),
    getCurrentPages: jest.spyOn(Taro, 'getCurrentPages').mockReturnValue([{}, {}] as never),
  };
}

export type TaroMocks = ReturnType<typeof mockTaro>;

/** Titles of every toast shown so far. */
export function toastTitles(mocks: TaroMocks): string[] {
  return mocks.showToast.mock.calls.map(([opts]) => String((opts as { title?: string }).title));
}

/** Every page opened with navigateTo so far, in order. */
export function navigatedUrls(mocks: TaroMocks): string[] {
  return mocks.navigateTo.mock.calls.map(([opts]) => (opts as { url: string }).url);
}
