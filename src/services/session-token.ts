/**
 * The H5 session token, kept in Taro storage so a reload stays signed in. On WeChat there is
 * no token: CloudBase identifies the caller by OPENID.
 */
import Taro from '@tarojs/taro';

const KEY = 'ip-station.session';

export interface StoredSession {
  token: string;
  expiresAt: number;
  username: string;
}

export function readSession(): StoredSession | null {
  try {
    const s = Taro.getStorageSync(KEY) as StoredSession | '';
    return s && s.token && s.expiresAt > Date.now() ? s : null;
  } catch {
    return null;
  }
}

export function writeSession(s: StoredSession | null): void {
  if (s) Taro.setStorageSync(KEY, s);
  else Taro.removeStorageSync(KEY);
}
