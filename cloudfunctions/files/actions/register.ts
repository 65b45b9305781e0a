/**
 * Registers a file the caller has just stored, after checking it: it must lie directly in the
 * caller's own upload folder (nobody registers another person's file), its bytes must show an
 * allowed type (never trusted from the name) matching its extension, within that type's size
 * limit, and decode in full as that type (_shared/file-content). A refused file of the caller's
 * own is removed from storage, so nothing unchecked stays.
 *
 * Retry-safe without a client request id: the upload's id is derived from the file id, so the
 * database refuses a second document for the same file and a repeat answers the first upload.
 */
import { AppError, isAppError } from '../../../core/errors';
import { isImageType, uploadOwnership, UPLOAD_MESSAGES, type UploadExt } from '../../../core/rules/uploads';
import type { AttachmentRef, UploadDoc } from '../../../core/store/docs';
import { attachmentViews } from '../../_shared/attachments';
import { checkFileContent } from '../../_shared/file-content';
import { handler, type HandlerContext } from '../../_shared/runtime';
import { uploadIdOf } from '../upload-id';

/** INVALID_INPUT naming the file (the `fileId` field, labelled 附件). */
const refused = (message: string) => new AppError('INVALID_INPUT', message, { fileId: message });

/** Images may carry any image extension (phones rename when compressing); a PDF must be a .pdf. */
const extFits = (ext: UploadExt, contentType: string) => (ext === 'pdf') === !isImageType(contentType);

/** A name to show: the last segment of whatever path the client had. */
const displayName = (name: string) => name.split(/[\\/]/).pop()!.trim() || '附件';

async function viewOf(ctx: HandlerContext, doc: UploadDoc) {
  const ref: AttachmentRef = {
    id: doc._id,
    fileId: doc.fileId,
    name: doc.name,
    contentType: doc.contentType,
    size: doc.size,
  };
  const [view] = await attachmentViews(ctx.files, [ref]);
  return view!;
}

export default handler('files', 'register', async (ctx, input) => {
  const caller = ctx.requireCaller();
  const owned = uploadOwnership(input.fileId, caller.userId);
  if (!owned.ok) {
    // Someone else's file is left alone: refusing must never let a caller delete another's upload.
    if (owned.reason === 'foreign') throw new AppError('FORBIDDEN', UPLOAD_MESSAGES.foreign);
    throw refused(UPLOAD_MESSAGES.badPath);
  }

  const id = uploadIdOf(input.fileId);
  const registered = await ctx.store.get<UploadDoc>('uploads', id);
  if (registered) return viewOf(ctx, registered);

  const stored = await ctx.files.get(input.fileId);
  if (!stored) throw new AppError('NOT_FOUND', UPLOAD_MESSAGES.missing);
  const check = await checkFileContent(stored.body);
  if (!check.ok || !extFits(owned.ext, check.contentType)) {
    await ctx.files.remove(input.fileId);
    throw refused(check.ok ? UPLOAD_MESSAGES.mismatch : check.message);
  }

  const doc: UploadDoc = {
    _id: id,
    ownerId: caller.userId,
    fileId: input.fileId,
    name: displayName(input.name),
    contentType: check.contentType,
    size: check.size,
    purpose: input.purpose,
    createdAt: ctx.clock.now(),
  };
  try {
    await ctx.store.insert('uploads', doc);
  } catch (e) {
    if (!(isAppError(e) && e.code === 'CONFLICT')) throw e;
    // Registered meanwhile (a double tap): the same file, so the first upload is the answer.
    const first = await ctx.store.get<UploadDoc>('uploads', id);
    if (!first) throw e;
    return viewOf(ctx, first);
  }
  return viewOf(ctx, doc);
});
