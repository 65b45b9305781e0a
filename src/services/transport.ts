/**
 * The only place that talks to the back end. WeChat: Taro.cloud.callFunction (identity is the
 * OPENID CloudBase attaches). H5: POST /api/fn/<name> on the local host with the bearer token.
 * Either way the answer is the same envelope; a failed one is thrown as ServiceError.
 */
import Taro from '@tarojs/taro';
import type { Envelope } from '@core/errors';
import { NETWORK_MESSAGE, ServiceError } from './errors';
import { readSession } from './session-token';

/** Where the host is; same origin by default (the host serves the H5 build). */
export const API_BASE = process.env.TARO_APP_API_BASE || '';

let onUnauthenticated: (() => void) | null = null;
/** The store registers this to clear a dead session (expired token on H5). */
export function setUnauthenticatedHandler(handler: (() => void) | null): void {
  onUnauthenticated = handler;
}

/** An envelope → its data, or a thrown ServiceError (clearing a dead session on UNAUTHENTICATED). */
export function unwrap<T>(envelope: Envelope<T> | undefined): T {
  if (!envelope || typeof envelope !== 'object' || !('ok' in envelope)) {
    throw new ServiceError('INTERNAL', '服务返回了无法识别的内容，请稍后重试');
  }
  if (envelope.ok) return envelope.data;
  if (envelope.error.code === 'UNAUTHENTICATED') onUnauthenticated?.();
  throw ServiceError.from(envelope.error);
}

async function post<T>(path: string, body: unknown): Promise<T> {
  const session = readSession();
  let res: Taro.request.SuccessCallbackResult<Envelope<T>>;
  try {
    res = await Taro.request<Envelope<T>>({
      url: `${API_BASE}${path}`,
      method: 'POST',
      data: body as Record<string, unknown>,
      header: {
        'content-type': 'application/json',
        ...(session ? { Authorization: `Bearer ${session.token}` } : {}),
      },
      timeout: 15000,
    });
  } catch {
    throw new ServiceError('NETWORK', NETWORK_MESSAGE);
  }
  return unwrap(res.data);
}

export async function callFunction<T>(name: string, event: Record<string, unknown>): Promise<T> {
  if (process.env.TARO_ENV === 'weapp') {
    let res: { result?: unknown };
    try {
      res = (await Taro.cloud.callFunction({ name, data: event })) as { result?: unknown };
    } catch {
      throw new ServiceError('NETWORK', NETWORK_MESSAGE);
    }
    return unwrap(res.result as Envelope<T>);
  }
  return post<T>(`/api/fn/${name}`, event);
}

/** The host's own auth endpoints (H5 only). */
export const postAuth = <T>(path: 'register' | 'login' | 'logout', body: unknown) => post<T>(`/api/auth/${path}`, body);
