/**
 * Host accounts: register, login, logout and resolving a bearer token to a user.
 * Session tokens are random; only their SHA-256 is stored, so a copied database
 * cannot be used to sign in.
 */
import { createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';
import { loginInput, registerInput, type Session } from '../core/contract/auth';
import { AppError, isAppError } from '../core/errors';
import type { Clock, Ids, Store } from '../core/ports';
import type { UserDoc } from '../core/store/docs';
import { invalidInput } from '../cloudfunctions/_shared/zod-labels';
import { hashPassword, verifyPassword, verifyUnknownUser } from './passwords';
import { DEFAULT_AUTH_LIMITS, FailureLimiter, loginLimited, type AuthLimits } from './rate-limit';

export const SESSION_TTL_MS = 30 * 24 * 60 * 60 * 1000;

interface CredentialDoc {
  _id: string;
  userId: string;
  hash: string;
  createdAt: number;
  [key: string]: unknown;
}
interface SessionDoc {
  _id: string;
  userId: string;
  createdAt: number;
  expiresAt: number;
  [key: string]: unknown;
}

const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

/** What identifies a session in storage and in caches: the token's SHA-256, never the token. */
export const sessionKey = tokenHash;

/** Whom a live session stands for, and until when (epoch ms). */
export interface LiveSession {
  userId: string;
  expiresAt: number;
}

const credentialId = (username: string) => username.toLowerCase();

function parse<T extends z.ZodType>(schema: T, body: unknown): z.output<T> {
  const r = schema.safeParse(body ?? {});
  if (!r.success) throw invalidInput(schema, r.error);
  return r.data;
}

export class HostAuth {
  private limiter: FailureLimiter;
  constructor(
    private store: Store,
    private clock: Clock,
    private ids: Ids,
    limits: AuthLimits = DEFAULT_AUTH_LIMITS,
  ) {
    // Per username and address; the per-address limits across usernames are the host's (rate-limit.ts).
    this.limiter = new FailureLimiter(clock, limits.loginFailuresPerUser, limits.loginWindowMs, limits.trackedKeys);
  }

  /** How many username+address pairs the per-username throttle remembers (bounded). */
  get trackedLoginKeys(): number {
    return this.limiter.size;
  }

  /** Creates a user with a password; used by the register endpoint and the demo seed. */
  async createAccount(input: { username: string; password: string; displayName: string }, userId?: string) {
    const now = this.clock.now();
    const id = userId ?? this.ids.id();
    const hash = await hashPassword(input.password);
    try {
      // The credential's id is the lower-cased username: the database refuses a second one.
      await this.store.insert<CredentialDoc>('host_credentials', {
        _id: credentialId(input.username),
        userId: id,
        hash,
        createdAt: now,
      });
    } catch (e) {
      if (isAppError(e) && e.code === 'CONFLICT') {
        throw new AppError('CONFLICT', '该用户名已被注册，请换一个', { username: '用户名已被注册' });
      }
      throw e;
    }
    await this.store.insert<UserDoc>('users', {
      _id: id,
      username: input.username,
      displayName: input.displayName,
      createdAt: now,
    });
    return id;
  }

  async register(body: unknown): Promise<Session> {
    const input = parse(registerInput, body);
    const userId = await this.createAccount(input);
    return this.openSession(userId, input.username, input.displayName);
  }

  async login(body: unknown, ip: string): Promise<Session> {
    const input = parse(loginInput, body);
    const key = `${credentialId(input.username)}|${ip}`;
    const wait = this.limiter.blockedFor(key);
    if (wait > 0) throw loginLimited(wait);
    const cred = await this.store.get<CredentialDoc>('host_credentials', credentialId(input.username));
    const user = cred ? await this.store.get<UserDoc>('users', cred.userId) : null;
    // An unknown username costs the same scrypt as a wrong password: timing tells nobody who exists.
    const verified = cred ? await verifyPassword(input.password, cred.hash) : await verifyUnknownUser(input.password);
    if (!verified || !user) {
      this.limiter.fail(key);
      throw new AppError('UNAUTHENTICATED', '用户名或密码错误');
    }
    this.limiter.clear(key);
    return this.openSession(user._id, user.username ?? input.username, user.displayName);
  }

  private async openSession(userId: string, username: string, displayName: string): Promise<Session> {
    const token = randomBytes(32).toString('base64url');
    const now = this.clock.now();
    const expiresAt = now + SESSION_TTL_MS;
    await this.store.insert<SessionDoc>('host_sessions', { _id: tokenHash(token), userId, createdAt: now, expiresAt });
    return { token, user: { id: userId, displayName, username }, expiresAt };
  }

  async logout(token: string | null): Promise<void> {
    if (token) await this.store.remove('host_sessions', { _id: tokenHash(token) });
  }

  /** The session a bearer token opens, or null when missing, unknown or expired. */
  async sessionFor(token: string | null): Promise<LiveSession | null> {
    if (!token) return null;
    const s = await this.store.get<SessionDoc>('host_sessions', tokenHash(token));
    if (!s || s.expiresAt <= this.clock.now()) return null;
    return { userId: s.userId, expiresAt: s.expiresAt };
  }

  /** The user id a bearer token stands for, or null when missing, unknown or expired. */
  async userIdFor(token: string | null): Promise<string | null> {
    return (await this.sessionFor(token))?.userId ?? null;
  }
}

export function bearerToken(header: string | undefined): string | null {
  const m = /^Bearer\s+([A-Za-z0-9_-]{20,200})$/.exec(header ?? '');
  return m ? m[1]! : null;
}
