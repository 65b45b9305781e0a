/**
 * The ports a handler sees. Platform adapters (CloudBase, the local host) build them;
 * handlers never know which platform they run on.
 */
import type { FindOptions, Patch, Where } from './store/query';
import type { CollectionName } from './store/schema';
import type { District, Role } from './enums';

/** Every stored document has a string id. */
export interface Doc {
  _id: string;
  [key: string]: unknown;
}

/** Single-document operations allowed inside a transaction (CloudBase's limit). */
export interface TxStore {
  get<T extends Doc>(collection: CollectionName, id: string): Promise<T | null>;
  /** Inserts with the given id; throws AppError CONFLICT when it exists. */
  insert<T extends Doc>(collection: CollectionName, doc: T): Promise<void>;
  /** Patches one document by id; returns false when it does not exist. */
  updateById(collection: CollectionName, id: string, patch: Patch): Promise<boolean>;
  removeById(collection: CollectionName, id: string): Promise<boolean>;
}

export interface Store {
  get<T extends Doc>(collection: CollectionName, id: string): Promise<T | null>;
  find<T extends Doc>(collection: CollectionName, options?: FindOptions): Promise<T[]>;
  count(collection: CollectionName, where?: Where): Promise<number>;
  /**
   * Inserts a document. `_id` may be given (deterministic ids settle uniqueness) or left out
   * (the store generates one). Throws AppError CONFLICT when the id or a unique index is taken.
   * Returns the id.
   */
  insert<T extends Record<string, unknown>>(collection: CollectionName, doc: T & { _id?: string }): Promise<string>;
  /**
   * Conditional update: applies `patch` atomically to every document matching `where` and
   * returns how many changed. `update(c, {_id, taken: {$lt: cap}}, {inc: {taken: 1}})` is the
   * capacity pattern: 1 means this caller got the seat.
   */
  update(collection: CollectionName, where: Where, patch: Patch): Promise<number>;
  /** Removes matching documents; returns how many. */
  remove(collection: CollectionName, where: Where): Promise<number>;
  /** Runs single-document operations atomically; retried by the platform on conflict. */
  transaction<T>(work: (tx: TxStore) => Promise<T>): Promise<T>;
}

export interface StoredFile {
  fileId: string;
  size: number;
  contentType: string;
}

export interface Files {
  put(path: string, body: Uint8Array, contentType: string): Promise<StoredFile>;
  get(fileId: string): Promise<{ body: Uint8Array; contentType: string } | null>;
  /**
   * A URL the client can load for each file, in the same order (temporary on CloudBase). One
   * call for a record's files: CloudBase resolves a whole list per storage request.
   */
  urls(fileIds: string[]): Promise<string[]>;
  remove(fileId: string): Promise<void>;
}

export interface Clock {
  /** Epoch milliseconds, UTC. */
  now(): number;
}

export interface Ids {
  /** A random, URL-safe, unguessable id. */
  id(): string;
  /** A short human-typable code from an unambiguous alphabet (no 0/O, 1/I/L). */
  code(length: number): string;
}

export interface Notice {
  userId: string;
  kind: string;
  title: string;
  body: string;
  /** Page path the notice opens. */
  link?: string;
  /**
   * Plain facts behind the text (time "2025年3月4日 09:00", station, consultant…), for
   * channels with fixed fields: a WeChat subscribe message template maps its keys onto these.
   */
  facts?: Record<string, string>;
}

export interface Notifier {
  notify(notice: Notice): Promise<void>;
}

/** A code a phone scans to open one page of the app (the check-in code). */
export interface PageCodeRequest {
  /** Page path without the leading slash (core/pages.ts's PAGES.checkin, e.g.). */
  page: string;
  /** The mini program code's `scene` (≤ 32 of [A-Za-z0-9_-]): the page reads `options.scene`. */
  scene: string;
  /** The query of the H5 URL a plain QR code holds instead (the page reads these params). */
  query: Record<string, string>;
}

export interface PageCode {
  /** The picture as a PNG data URL (`data:image/png;base64,…`). */
  image: string;
  /** 'miniprogram': a WeChat mini program code; 'url': a QR code of `url` (any camera opens it). */
  kind: 'miniprogram' | 'url';
  url?: string;
}

/** Draws page codes: WeChat's mini program code on CloudBase, a QR code of the H5 URL on the host. */
export interface PageCodes {
  draw(request: PageCodeRequest): Promise<PageCode>;
}

/**
 * A role grant. `stationId` for station roles, `companyId` for company staff, `district` for a
 * district admin, none for an admin (the whole city).
 */
export interface Membership {
  id: string;
  role: Role;
  stationId?: string;
  companyId?: string;
  district?: District;
}

/** Who is calling, as verified by the platform. Never built from the payload. */
export interface Caller {
  userId: string;
  displayName: string;
  memberships: Membership[];
  /** The membership the user currently acts for (switchable on the Me page). */
  acting: Membership | null;
  /**
   * When acting as a district admin: every station of the district (read with the caller, so a
   * station moved to another district leaves its reach at once). The policy's 'district' scope.
   */
  districtStationIds?: readonly string[];
  /** The platform's own timer (no person): admitted only by the policy's 'system' rules. */
  system?: true;
}

export interface Logger {
  info(msg: string, meta?: Record<string, unknown>): void;
  error(msg: string, meta?: Record<string, unknown>): void;
}
