/**
 * The host's upload endpoint, the H5 twin of Taro.cloud.uploadFile: POST /api/upload with the
 * bearer token and the file's raw bytes as the body. It stores an allowed file (type by its
 * bytes, within its size limit, decoding in full as that type: nothing unchecked is stored) at
 * uploads/<userId>/<random>.<ext> and answers `{ok:true, data:{fileId}}`. It does not register the upload: the client calls
 * files.register next, the one path that checks and records uploads on both platforms.
 * (`?name=` may carry the original file name; storage never uses it.)
 */
import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import { AppError, HTTP_STATUS, isAppError, type Envelope } from '../core/errors';
import type { Files } from '../core/ports';
import { MAX_UPLOAD_BYTES, UPLOAD_MESSAGES, uploadPath } from '../core/rules/uploads';
import { checkFileContent } from '../cloudfunctions/_shared/file-content';
import { bearerToken, type HostAuth } from './auth';

export const UPLOAD_ROUTE = '/api/upload';
/** Room for the largest allowed file; a body past this is refused before it is read. */
const BODY_LIMIT = MAX_UPLOAD_BYTES + 64 * 1024;

function send(reply: FastifyReply, envelope: Envelope<unknown>) {
  return reply.code(envelope.ok ? 200 : HTTP_STATUS[envelope.error.code]).send(envelope);
}

const invalid = (message: string) => new AppError('INVALID_INPUT', message, { file: message });

declare module 'fastify' {
  interface FastifyRequest {
    uploaderId?: string;
  }
}

export async function registerUploadRoute(app: FastifyInstance, deps: { auth: HostAuth; files: Files }) {
  await app.register(async (scope) => {
    // Only this route takes raw bytes: any content type, as one Buffer.
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: BODY_LIMIT }, (_req, body, done) =>
      done(null, body),
    );

    scope.setErrorHandler((error: FastifyError, _req, reply) => {
      if (isAppError(error)) return send(reply, { ok: false, error: error.toBody() });
      if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
        return send(reply, { ok: false, error: invalid(UPLOAD_MESSAGES.tooLarge).toBody() });
      }
      throw error; // the host's handler answers the rest with the envelope
    });

    scope.post(UPLOAD_ROUTE, {
      bodyLimit: BODY_LIMIT,
      // Who uploads is known before a byte of the body is read: strangers are not read at all.
      onRequest: async (req) => {
        const userId = await deps.auth.userIdFor(bearerToken(req.headers.authorization));
        if (!userId) throw new AppError('UNAUTHENTICATED', '请先登录后再上传文件');
        req.uploaderId = userId;
      },
      handler: async (req, reply) => {
        const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
        const check = await checkFileContent(body);
        if (!check.ok) throw invalid(check.message);
        const bytes = new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
        const stored = await deps.files.put(uploadPath(req.uploaderId!, check.ext), bytes, check.contentType);
        return send(reply, { ok: true, data: { fileId: stored.fileId } });
      },
    });
  });
}
