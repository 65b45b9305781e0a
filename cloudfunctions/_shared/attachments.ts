/**
 * Attaching uploads to a record. An upload id is admitted only if the caller uploaded it (or the
 * record already had it, when a record is edited), so nobody attaches someone else's file by
 * guessing an id. Records keep a copy of each ref, so reading a record needs no second query.
 */
import { AppError } from '../../core/errors';
import type { AttachmentView } from '../../core/contract/common';
import type { Files } from '../../core/ports';
import type { AttachmentRef, UploadDoc } from '../../core/store/docs';
import type { HandlerContext } from './runtime';

export async function claimAttachments(
  ctx: Pick<HandlerContext, 'store' | 'requireCaller'>,
  ids: string[],
  kept: AttachmentRef[] = [],
  field = '附件',
): Promise<AttachmentRef[]> {
  const caller = ctx.requireCaller();
  const refs: AttachmentRef[] = [];
  for (const uploadId of ids) {
    const already = kept.find((r) => r.id === uploadId);
    if (already) {
      refs.push(already);
      continue;
    }
    const upload = await ctx.store.get<UploadDoc>('uploads', uploadId);
    if (!upload || upload.ownerId !== caller.userId) {
      const message = `${field}：文件不存在或不是您上传的，请重新上传`;
      throw new AppError('INVALID_INPUT', message, { attachments: message });
    }
    refs.push({
      id: upload._id,
      fileId: upload.fileId,
      name: upload.name,
      contentType: upload.contentType,
      size: upload.size,
    });
  }
  return refs;
}

/** The refs with a URL each page can load (temporary URLs on CloudBase: all resolved in one call). */
export async function attachmentViews(files: Files, refs: AttachmentRef[] | undefined): Promise<AttachmentView[]> {
  if (!refs?.length) return [];
  const urls = await files.urls(refs.map((r) => r.fileId));
  return refs.map((r, i) => ({
    id: r.id,
    name: r.name,
    contentType: r.contentType,
    size: r.size,
    url: urls[i]!,
  }));
}
