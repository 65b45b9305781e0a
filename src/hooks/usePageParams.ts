/**
 * The query parameters of the page, read once when it mounts: `Current.router` later belongs to
 * whichever page is on top, so a page still in the stack must not read it again.
 * Values are URL-decoded (WeChat passes them as they were written in the url).
 */
import { useState } from 'react';
import Taro from '@tarojs/taro';

function decode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

export function usePageParams(): Record<string, string | undefined> {
  const [params] = useState(() => {
    const raw = Taro.getCurrentInstance().router?.params ?? {};
    const out: Record<string, string | undefined> = {};
    for (const [key, value] of Object.entries(raw)) {
      if (typeof value === 'string') out[key] = decode(value);
    }
    return out;
  });
  return params;
}

/** A query value that must be one of `allowed` (a filter a link opens a list with), else ''. */
export function oneOfParam<V extends string>(value: string | undefined, allowed: readonly V[]): V | '' {
  return value !== undefined && (allowed as readonly string[]).includes(value) ? (value as V) : '';
}
