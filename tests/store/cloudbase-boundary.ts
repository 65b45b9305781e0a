/**
 * wx-server-sdk with its network replaced, for tests. Everything above the wire is the real SDK
 * (wx-server-sdk 4.0.2 → @cloudbase/node-sdk 3.17.2 → @cloudbase/database): its query builders,
 * `db.command`, EJSON serialisation, result parsing and error wrapping. Three module functions
 * are replaced, each read by the SDK through a live module property at call time:
 *
 *  1. `tcbapirequester.request` (node-sdk/dist/utils/tcbapirequester.js): the one call every
 *     database and storage API goes through to the tcb API server (TcbDBApiHttpRequester.send
 *     and storage/index.js call `tcbapicaller.request({config, params, ...})`). The fake records
 *     `params` and answers with a canned body in the server's JSON shape; a body with `code` is
 *     passed to node-sdk's own `processReturn`, exactly as the real `request` does, so it throws
 *     the SDK's real TcbError.
 *  2. `request-core.request`: the raw HTTP the storage module uses for the COS upload (PUT) and
 *     download (GET) of file bytes, answered with canned bytes.
 *  3. `metadata.lookupAppId`: `tcb.init` starts an un-awaited probe of
 *     http://metadata.tencentyun.com to detect Tencent Cloud; the fake answers "not on Tencent
 *     Cloud" ('') as the real probe does when unreachable, without the DNS lookup.
 *
 * As a tripwire, http(s).request/get throw and are counted: the SDK must never reach the network.
 */
import http from 'node:http';
import https from 'node:https';
import path from 'node:path';
import { Writable } from 'node:stream';

export interface ApiCall {
  action: string;
  /** The params the SDK sent, `action` included (the request body before signing). */
  params: Record<string, unknown>;
  /** The environment the request was addressed to. */
  envName: unknown;
}

export interface CosCall {
  method: string;
  url: string;
  headers: Record<string, unknown>;
  /** Bytes piped into a PUT; empty for a GET. */
  body: Buffer;
}

type ApiArgs = { config: { envName?: unknown }; params: Record<string, unknown> & { action: string } };
type CosOptions = { method: string; url: string; headers?: Record<string, unknown> };
type CosCallback = (
  err: Error | null,
  res?: { statusCode: number; headers: Record<string, string> },
  body?: Buffer,
) => void;

const SDK = '@cloudbase/node-sdk/dist/utils/';

const requester = require(`${SDK}tcbapirequester`) as { request: (args: ApiArgs) => Promise<unknown> };
const requestCore = require(`${SDK}request-core`) as { request: (o: CosOptions, cb: CosCallback) => Writable };
const metadata = require(`${SDK}metadata`) as { lookupAppId: () => Promise<string> };
const sdkUtils = require(`${SDK}utils`) as { processReturn: (result: unknown) => unknown };

/**
 * The node-sdk file that wx-server-sdk itself resolves, and the one this module spies on. They
 * must be the same file (one copy in node_modules), or the spies would miss the SDK's calls.
 */
export function sdkModulePaths(): { usedByWxServerSdk: string; spied: string } {
  const wxDir = path.dirname(require.resolve('wx-server-sdk'));
  return {
    usedByWxServerSdk: require.resolve(`${SDK}tcbapirequester`, { paths: [wxDir] }),
    spied: require.resolve(`${SDK}tcbapirequester`),
  };
}

export class FakeCloud {
  readonly api: ApiCall[] = [];
  readonly cos: CosCall[] = [];
  readonly networkAttempts: string[] = [];
  private readonly answers: Array<{ action: string; body: unknown }> = [];
  private readonly downloads = new Map<string, Buffer>();
  private readonly spies: jest.SpyInstance[] = [];

  install(): void {
    this.spies.push(
      jest.spyOn(requester, 'request').mockImplementation(async (args) => this.answerApi(args)),
      jest.spyOn(requestCore, 'request').mockImplementation((o, cb) => this.answerCos(o, cb)),
      jest.spyOn(metadata, 'lookupAppId').mockResolvedValue(''),
    );
    for (const [name, mod] of [
      ['http', http],
      ['https', https],
    ] as const) {
      for (const fn of ['request', 'get'] as const) {
        this.spies.push(
          jest.spyOn(mod, fn).mockImplementation(((target: unknown) => {
            this.networkAttempts.push(`${name}.${fn} ${String((target as { host?: string })?.host ?? target)}`);
            throw new Error('test tripwire: the SDK tried to reach the network');
          }) as never),
        );
      }
    }
  }

  uninstall(): void {
    for (const spy of this.spies.splice(0)) spy.mockRestore();
  }

  /** Queues the server's body for the next API request, which must be `action`. */
  answer(action: string, body: unknown): this {
    this.answers.push({ action, body });
    return this;
  }

  /** Bytes COS serves at `url` (a temporary download URL). */
  serve(url: string, bytes: Buffer): this {
    this.downloads.set(url, bytes);
    return this;
  }

  /** Unanswered canned bodies (should be none at the end of a test). */
  pending(): string[] {
    return this.answers.map((a) => a.action);
  }

  reset(): void {
    this.api.length = 0;
    this.cos.length = 0;
    this.answers.length = 0;
    this.downloads.clear();
  }

  /** The actions requested so far, in order. */
  actions(): string[] {
    return this.api.map((c) => c.action);
  }

  private async answerApi(args: ApiArgs): Promise<unknown> {
    const { action } = args.params;
    this.api.push({ action, params: { ...args.params }, envName: args.config.envName });
    const next = this.answers.shift();
    if (!next) throw new Error(`test: no canned answer for ${action}`);
    if (next.action !== action) throw new Error(`test: expected a ${next.action} request, got ${action}`);
    const body = next.body as { code?: unknown } | null;
    // What node-sdk's request() does with a parsed body.
    if (body?.code) return sdkUtils.processReturn(body);
    return body;
  }

  /** A stand-in for the http.ClientRequest request-core returns: PUT bodies are piped into it. */
  private answerCos(o: CosOptions, cb: CosCallback): Writable {
    const chunks: Buffer[] = [];
    const call: CosCall = { method: o.method, url: o.url, headers: { ...o.headers }, body: Buffer.alloc(0) };
    this.cos.push(call);
    const req = new Writable({
      write(chunk: Buffer, _encoding, done) {
        chunks.push(chunk);
        done();
      },
    });
    if (o.method === 'get') {
      const bytes = this.downloads.get(o.url);
      setImmediate(() =>
        bytes
          ? cb(null, { statusCode: 200, headers: {} }, bytes)
          : cb(null, { statusCode: 404, headers: { 'x-cos-request-id': 'cos-404' } }, Buffer.alloc(0)),
      );
    } else {
      // COS answers a successful PUT with an empty body.
      req.on('finish', () => {
        call.body = Buffer.concat(chunks);
        cb(null, { statusCode: 200, headers: {} }, Buffer.alloc(0));
      });
    }
    return req;
  }
}
