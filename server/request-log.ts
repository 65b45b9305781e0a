/**
 * The host's log for an operator: Fastify's own logger (pino, one JSON object a line), with ONE
 * line per request (`msg: "request"`) that says which request id, route, function and action,
 * HTTP status, milliseconds and acting role; and the error lines of the same request (runtime.ts
 * "internal error", host.ts "host error") through the same logger, so they carry the same
 * `reqId`. A user reads out the error number on their screen; the operator finds it in an error
 * line, and its `reqId` leads to the request line.
 *
 * What never goes in: tokens, passwords, the Authorization header, request bodies, personal
 * fields. The request line is built here from named fields only (Fastify's own "incoming
 * request"/"request completed" pair, which serialises the request, is off); the URL is logged
 * without its query string, which on a file URL is the signature (server/file-urls.ts); the
 * serializers and the redaction below are a second guard for anything else that logs a request.
 */
import {
  LogController,
  type FastifyBaseLogger,
  type FastifyInstance,
  type FastifyRequest,
  type FastifyServerOptions,
} from 'fastify';
import type { Caller, Logger } from '../core/ports';
import type { Platform } from '../cloudfunctions/_shared/runtime';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** LOG_LEVEL as the operator typed it (empty: info); a misspelt level stops the start, named. */
export function logLevelFrom(value: string | undefined): LogLevel {
  const level = value || 'info';
  const known = LOG_LEVELS.find((l) => l === level);
  if (!known) throw new Error(`LOG_LEVEL: unknown level "${level}" (one of ${LOG_LEVELS.join(', ')})`);
  return known;
}

export interface RequestLogOptions {
  level?: LogLevel;
  /** Where the lines go (one `write` per line); default stdout. */
  stream?: { write(line: string): void };
}

/** A function or action name as the registry and the contracts spell them; anything else is not logged. */
const NAME = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;
const nameOrNull = (value: unknown) => (typeof value === 'string' && NAME.test(value) ? value : null);

/** The path without the query string: a file URL's query is its signature. */
const pathOf = (url: string) => url.split('?', 1)[0];

const REDACTED = ['req.headers.authorization', 'req.headers.cookie', 'req.body', '*.password', '*.token'];

/** The logging part of Fastify's options: off, or pino with the guards above. */
export function fastifyLogging(
  options: RequestLogOptions | false | undefined,
): Pick<FastifyServerOptions, 'logger' | 'logController'> {
  if (!options) return { logger: false };
  return {
    logger: {
      level: options.level ?? 'info',
      ...(options.stream ? { stream: options.stream } : {}),
      serializers: {
        req: (req: { method: string; url: string }) => ({ method: req.method, url: pathOf(req.url) }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
      redact: { paths: REDACTED, censor: '[redacted]' },
    },
    logController: new LogController({ disableRequestLogging: true }),
  };
}

/** The acting role of the caller each /api/fn request resolved (null: nobody signed in). */
const actingRoles = new WeakMap<FastifyRequest, string | null>();

/** Writes the one line per request, when the response has gone. */
export function registerRequestLog(app: FastifyInstance): void {
  app.addHook('onResponse', async (req, reply) => {
    const isFunction = req.routeOptions.url === '/api/fn/:name';
    const status = reply.statusCode;
    req.log[status >= 500 ? 'error' : 'info'](
      {
        method: req.method,
        url: pathOf(req.url),
        fn: isFunction ? nameOrNull((req.params as { name?: unknown }).name) : null,
        action: isFunction ? nameOrNull((req.body as { action?: unknown } | null)?.action) : null,
        status,
        ms: Math.round(reply.elapsedTime * 10) / 10,
        role: actingRoles.get(req) ?? null,
      },
      'request',
    );
  });
}

/** The Logger port over a pino logger (a request's carries its reqId). */
export function pinoLogger(log: FastifyBaseLogger): Logger {
  return {
    info: (msg, meta) => log.info(meta ?? {}, msg),
    error: (msg, meta) => log.error(meta ?? {}, msg),
  };
}

/** `platform` for one request: logging through `log`, and the resolved caller's role noted for its line. */
export function platformForRequest(req: FastifyRequest, platform: Platform, log: Logger): Platform {
  return {
    ...platform,
    log,
    async resolveCaller(): Promise<Caller | null> {
      const caller = await platform.resolveCaller();
      actingRoles.set(req, caller?.acting?.role ?? null);
      return caller;
    },
  };
}
