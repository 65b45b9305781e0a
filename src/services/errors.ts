/** A failed call as the UI sees it: the envelope's code and Chinese message, or a network failure. */
import { DEFAULT_MESSAGES, type ErrorBody, type ErrorCode } from '@core/errors';

export type ServiceErrorCode = ErrorCode | 'NETWORK';

export class ServiceError extends Error {
  readonly code: ServiceErrorCode;
  readonly fields: Record<string, string>;
  constructor(code: ServiceErrorCode, message: string, fields: Record<string, string> = {}) {
    super(message);
    this.name = 'ServiceError';
    this.code = code;
    this.fields = fields;
  }
  static from(body: ErrorBody): ServiceError {
    return new ServiceError(body.code, body.message || DEFAULT_MESSAGES[body.code], body.fields);
  }
}

export const NETWORK_MESSAGE = '网络连接失败，请检查网络后重试';

/** The Chinese text to show for any thrown value. */
export function messageOf(e: unknown): string {
  if (e instanceof ServiceError) return e.message;
  return DEFAULT_MESSAGES.INTERNAL;
}
