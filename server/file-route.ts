/**
 * GET /files/<path>?exp=…&sig=…: the host's stored files (attachments, exports), so that none can
 * ever act as a page of this origin.
 *  - Only a URL the host signed and that has not expired is served (server/file-urls.ts):
 *    403 for a missing, tampered or expired signature, 404 for what is not there.
 *  - Only files of a type the host stores; nothing else under the data dir (no side files).
 *  - The type sent is the one the bytes show (a .png that is not a PNG goes out as plain bytes),
 *    with `X-Content-Type-Options: nosniff` so the browser never guesses another; anything but an
 *    image is a download (`Content-Disposition: attachment`), and a CSP with `sandbox` and no
 *    script source keeps even a file opened directly from running anything.
 */
import { basename } from 'node:path';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Clock } from '../core/ports';
import { isImageType, sniffContentType } from '../core/rules/uploads';
import { FILES_PREFIX, type FileUrlSigner } from './file-urls';
import { readStored, storedTypeOf, UNKNOWN_TYPE } from './local-files';

/** No scripts, no plugins, no frames, no forms; an image may still show itself. */
export const FILE_CSP = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox";

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const ZIP_START = [0x50, 0x4b, 0x03, 0x04];

/**
 * A stored path of ours: segments of id characters (ids may carry `:` or `-`), none starting with
 * a dot (no `..`, no hidden files).
 */
const SAFE_PATH = /^(?:[A-Za-z0-9_:-][A-Za-z0-9._:-]{0,127}\/){1,4}[A-Za-z0-9_:-][A-Za-z0-9._:-]{0,127}$/;

/** The type the bytes show, when it is the one the name stands for; otherwise plain bytes. */
function detectedType(path: string, bytes: Buffer): string {
  const named = storedTypeOf(path);
  if (named === XLSX_TYPE) return ZIP_START.every((b, i) => bytes[i] === b) ? named : UNKNOWN_TYPE;
  return sniffContentType(bytes) === named ? named : UNKNOWN_TYPE;
}

function refuse(reply: FastifyReply, status: 403 | 404, message: string) {
  return reply
    .code(status)
    .header('x-content-type-options', 'nosniff')
    .header('content-security-policy', FILE_CSP)
    .header('cache-control', 'no-store')
    .type('text/plain; charset=utf-8')
    .send(message);
}

export function registerFileRoute(app: FastifyInstance, deps: { root: string; signer: FileUrlSigner; clock: Clock }) {
  app.get<{ Params: { '*': string }; Querystring: Record<string, unknown> }>(`${FILES_PREFIX}*`, async (req, reply) => {
    const path = req.params['*'];
    if (!SAFE_PATH.test(path) || storedTypeOf(path) === UNKNOWN_TYPE) {
      return refuse(reply, 404, '文件不存在');
    }
    const verdict = await deps.signer.verify(path, req.query.exp, req.query.sig);
    if (verdict === 'expired') return refuse(reply, 403, '文件链接已过期，请返回页面刷新后再打开');
    if (verdict !== 'ok') return refuse(reply, 403, '文件链接无效，请返回页面刷新后再打开');

    const body = await readStored(deps.root, path);
    if (!body) return refuse(reply, 404, '文件不存在或已被删除');
    const type = detectedType(path, body);
    const exp = Number(req.query.exp);
    reply
      .header('x-content-type-options', 'nosniff')
      .header('content-security-policy', FILE_CSP)
      // The URL is the permission: a private cache may keep the file until the URL dies.
      .header('cache-control', `private, max-age=${Math.max(0, Math.floor((exp - deps.clock.now()) / 1000))}`)
      // A page served from another origin (TARO_APP_API_BASE) may still show the images.
      .header('cross-origin-resource-policy', 'cross-origin')
      .type(type);
    if (!isImageType(type)) reply.header('content-disposition', `attachment; filename="${basename(path)}"`);
    return reply.send(body);
  });
}
