/**
 * Opening a page from 首页. Promise chains rather than async functions in this folder: the main
 * package then carries no regenerator code for them.
 */
import Taro from '@tarojs/taro';

/** Opens a page above 首页 (a page that cannot open leaves 首页 as it is). */
export const go = (url: string) => void Taro.navigateTo({ url }).catch(() => undefined);

/** Switches to another tab. */
export const goTab = (url: string) => void Taro.switchTab({ url }).catch(() => undefined);
