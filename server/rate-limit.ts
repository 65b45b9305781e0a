/**
 * Throttles of the host's login and registration, so one address cannot spray passwords across
 * many usernames, guess one user's password, or burn the CPU with scrypt hashes:
 *   - failed logins per address, across usernames (default 30 per 15 minutes);
 *   - registrations per address (default 30 per hour);
 *   - failed logins per username from one address (5 per 15 minutes; cleared by a success).
 * The defaults sit far above what a station's own people do by accident (a person mistyping a
 * password a few times, a liaison registering a handful of colleagues from the office PC) and far
 * below a spray: 60 usernames × 4 tries meets the per-address limit after 30.
 *
 * The per-address limits are @fastify/rate-limit's (its address normalisation — IPv6 by /64 —,
 * its Retry-After header, its route hook for registrations, its `createRateLimit` for counting
 * only failed logins). Its built-in LocalStore reads `Date.now()`, so its windows could only be
 * tested by sleeping or faking the process clock; the plugin takes a `store`, and ours counts the
 * same fixed windows on the host's Clock port, so tests move time by hand. Everything here is in
 * memory: the host is one process, and a restart forgetting the counts is acceptable for a throttle.
 *
 * Memory stays bounded under a flood: each limiter remembers at most `trackedKeys` keys
 * (addresses, or username+address pairs) and forgets the least recently used one beyond that.
 * An attacker with more addresses than that can push a counted address out early; per-address
 * limits do not stop an attacker with that many addresses anyway.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fastifyRateLimit, {
  type FastifyRateLimitStore,
  type FastifyRateLimitStoreCtor,
  type RateLimitOptions,
} from '@fastify/rate-limit';
import { AppError } from '../core/errors';
import type { Clock } from '../core/ports';

export interface AuthLimits {
  /** Failed logins one address may make across all usernames within `loginWindowMs`. */
  loginFailuresPerIp: number;
  /** Failed logins one address may make for one username within `loginWindowMs`. */
  loginFailuresPerUser: number;
  loginWindowMs: number;
  /** Registrations (each an scrypt hash) one address may make within `registrationWindowMs`. */
  registrationsPerIp: number;
  registrationWindowMs: number;
  /** How many keys each limiter remembers at most: the bound on its memory. */
  trackedKeys: number;
}

export const DEFAULT_AUTH_LIMITS: AuthLimits = {
  loginFailuresPerIp: 30,
  loginFailuresPerUser: 5,
  loginWindowMs: 15 * 60 * 1000,
  registrationsPerIp: 30,
  registrationWindowMs: 60 * 60 * 1000,
  trackedKeys: 10_000,
};

/** "请 12 分钟后再试": whole minutes, rounded up, at least one. */
export const retryMinutes = (ms: number) => Math.max(1, Math.ceil(ms / 60_000));

export const loginLimited = (waitMs: number) =>
  new AppError('RATE_LIMITED', `登录失败次数过多，请 ${retryMinutes(waitMs)} 分钟后再试`);
export const registrationLimited = (waitMs: number) =>
  new AppError('RATE_LIMITED', `注册过于频繁，请 ${retryMinutes(waitMs)} 分钟后再试`);

/**
 * A map that keeps at most `capacity` keys, forgetting the least recently used one first
 * (a Map iterates in insertion order; a touched key is moved to the end).
 */
export class BoundedMap<V> {
  private entries = new Map<string, V>();
  constructor(private capacity: number) {}

  get size(): number {
    return this.entries.size;
  }

  get(key: string): V | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  set(key: string, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    while (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
  }

  delete(key: string): void {
    this.entries.delete(key);
  }
}

interface Window {
  count: number;
  startedAt: number;
}

/** What the plugin's store answers: the count in the key's window and the ms until it ends. */
type StoreCallback = (error: Error | null, result?: { current: number; ttl: number }) => void;

/**
 * A store for @fastify/rate-limit with the same fixed windows as its LocalStore, on the Clock
 * port and bounded by `capacity`. Every limiter (`child`) gets its own keys; `sizes()` reports
 * how many each holds, so a test can see the bound hold.
 */
export function clockStore(clock: Clock, capacity: number) {
  const stores: ClockStore[] = [];
  class ClockStore implements FastifyRateLimitStore {
    readonly windows = new BoundedMap<Window>(capacity);
    constructor() {
      stores.push(this);
    }

    private alive(key: string, timeWindow: number): Window | undefined {
      const w = this.windows.get(key);
      return w && w.startedAt + timeWindow > clock.now() ? w : undefined;
    }

    incr(key: string, callback: StoreCallback, timeWindow: number): void {
      const now = clock.now();
      const w = this.alive(key, timeWindow) ?? { count: 0, startedAt: now };
      w.count += 1;
      this.windows.set(key, w);
      callback(null, { current: w.count, ttl: w.startedAt + timeWindow - now });
    }

    /** The plugin's `{ increment: false }`: the window as it stands, unchanged. */
    read(key: string, callback: StoreCallback, timeWindow: number): void {
      const w = this.alive(key, timeWindow);
      callback(null, w ? { current: w.count, ttl: w.startedAt + timeWindow - clock.now() } : { current: 0, ttl: 0 });
    }

    child(): FastifyRateLimitStore {
      return new ClockStore();
    }
  }
  return {
    Store: ClockStore as unknown as FastifyRateLimitStoreCtor,
    sizes: () => stores.map((s) => s.windows.size),
  };
}

/**
 * Failed logins per key (username + address): after `max` failures within `windowMs`, further
 * attempts are refused until the oldest of them leaves the window; a success clears the key.
 * Kept by hand because it is cleared on success, which the plugin's limiters are not.
 */
export class FailureLimiter {
  private failures: BoundedMap<number[]>;
  constructor(
    private clock: Clock,
    private max = DEFAULT_AUTH_LIMITS.loginFailuresPerUser,
    private windowMs = DEFAULT_AUTH_LIMITS.loginWindowMs,
    capacity = DEFAULT_AUTH_LIMITS.trackedKeys,
  ) {
    this.failures = new BoundedMap(capacity);
  }

  get size(): number {
    return this.failures.size;
  }

  private recent(key: string): number[] {
    const since = this.clock.now() - this.windowMs;
    const kept = (this.failures.get(key) ?? []).filter((t) => t > since);
    if (kept.length) this.failures.set(key, kept);
    else this.failures.delete(key);
    return kept;
  }

  /** Milliseconds until the key may try again, or 0. */
  blockedFor(key: string): number {
    const recent = this.recent(key);
    if (recent.length < this.max) return 0;
    return recent[recent.length - this.max]! + this.windowMs - this.clock.now();
  }

  fail(key: string): void {
    this.failures.set(key, [...this.recent(key), this.clock.now()]);
  }

  clear(key: string): void {
    this.failures.delete(key);
  }
}

export interface AuthThrottles {
  /** Route options for POST /api/auth/register: counts every attempt per address. */
  registerRoute: { config: { rateLimit: RateLimitOptions } };
  /** Before a login: RATE_LIMITED when this address used up its failed logins. */
  checkLogin(req: FastifyRequest): Promise<void>;
  /** After a login refused for a wrong username or password. */
  loginFailed(req: FastifyRequest): Promise<void>;
  /** How many keys each per-address limiter holds (never above `trackedKeys`). */
  sizes(): number[];
}

/**
 * Registers @fastify/rate-limit on the host (no global limit: only the routes that ask) and
 * returns the per-address throttles of login and registration.
 */
export async function registerAuthThrottles(
  app: FastifyInstance,
  clock: Clock,
  limits: AuthLimits,
): Promise<AuthThrottles> {
  const store = clockStore(clock, limits.trackedKeys);
  await app.register(fastifyRateLimit, { global: false, store: store.Store });

  const loginFailures = app.createRateLimit({ max: limits.loginFailuresPerIp, timeWindow: limits.loginWindowMs });
  return {
    registerRoute: {
      config: {
        rateLimit: {
          max: limits.registrationsPerIp,
          timeWindow: limits.registrationWindowMs,
          // Thrown into the host's error handler, which answers with the usual envelope (429).
          errorResponseBuilder: (_req, context) => registrationLimited(context.ttl),
        },
      },
    },
    async checkLogin(req) {
      const state = await loginFailures(req, { increment: false });
      if (!state.isAllowed && state.remaining === 0) throw loginLimited(state.ttl);
    },
    async loginFailed(req) {
      await loginFailures(req);
    },
    sizes: store.sizes,
  };
}
