/**
 * Error codes and the one response envelope (DESIGN.md "One envelope").
 * Messages are Chinese and tell the user what to do.
 */
export const ERROR_CODES = [
  'INVALID_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** HTTP status the host answers with for each code. */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  INVALID_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  INTERNAL: 500,
};

/** Fallback Chinese messages, used by the front end when a message is missing. */
export const DEFAULT_MESSAGES: Record<ErrorCode, string> = {
  INVALID_INPUT: '填写的内容有误，请检查后重试',
  UNAUTHENTICATED: '请先登录',
  FORBIDDEN: '您没有权限进行此操作',
  NOT_FOUND: '内容不存在或已被删除',
  CONFLICT: '操作冲突，请刷新后重试',
  RATE_LIMITED: '操作过于频繁，请稍后再试',
  INTERNAL: '系统繁忙，请稍后重试',
};

export interface ErrorBody {
  code: ErrorCode;
  message: string;
  /** For INVALID_INPUT: field path → Chinese message. */
  fields?: Record<string, string>;
}

export type Envelope<T> = { ok: true; data: T } | { ok: false; error: ErrorBody };

/**
 * Marks AppErrors by a registered symbol, not by class identity alone: a second copy of this
 * module (a bundle loaded beside the host's store, the weapp suite reloading a phone's modules)
 * has another AppError class, and a CONFLICT thrown by one copy must still be known by the other.
 */
const APP_ERROR = Symbol.for('ip-station.AppError');

/** A failure the caller is meant to see. Anything else thrown becomes INTERNAL. */
export class AppError extends Error {
  readonly [APP_ERROR] = true;
  readonly code: ErrorCode;
  readonly fields?: Record<string, string>;
  constructor(code: ErrorCode, message?: string, fields?: Record<string, string>) {
    super(message ?? DEFAULT_MESSAGES[code]);
    this.name = 'AppError';
    this.code = code;
    this.fields = fields;
  }
  toBody(): ErrorBody {
    return this.fields
      ? { code: this.code, message: this.message, fields: this.fields }
      : { code: this.code, message: this.message };
  }
}

export const isAppError = (e: unknown): e is AppError =>
  e instanceof AppError || (e instanceof Error && (e as unknown as Record<symbol, unknown>)[APP_ERROR] === true);

export const ok = <T>(data: T): Envelope<T> => ({ ok: true, data });
export const fail = (error: ErrorBody): Envelope<never> => ({ ok: false, error });
