/**
 * What may be uploaded as an attachment, shared by the server (which decides) and the pages
 * (which warn early). Zod-free and platform-free.
 *
 * The type is told by the file's first bytes (magic numbers), never by its name or the type a
 * client claims: a renamed .exe or a text file called photo.jpg is refused. Stored files get
 * the extension of the type their bytes show, so they are served as what they really are.
 * This is only the first gate, cheap enough for the pages: the server then decodes the whole
 * file as that type (cloudfunctions/_shared/file-content.ts), so a PNG signature followed by
 * HTML is refused. WebP is refused outright: no maintained pure-JS decoder can check it.
 */

/** Attachments of one record (a booking, an archive record, a visit's photos, a request). */
export const MAX_ATTACHMENTS = 9;

/** What an upload is for: only informative (kept on the upload), never an authorisation. */
export const UPLOAD_PURPOSES = [
  'booking',
  'record',
  'visit',
  'request',
  'referral',
  'complaint',
  'evaluation',
] as const;
export type UploadPurpose = (typeof UPLOAD_PURPOSES)[number];

const MB = 1024 * 1024;
export const MAX_IMAGE_BYTES = 5 * MB;
export const MAX_PDF_BYTES = 10 * MB;

export const UPLOAD_KINDS = {
  'image/jpeg': { ext: 'jpg', maxBytes: MAX_IMAGE_BYTES, image: true },
  'image/png': { ext: 'png', maxBytes: MAX_IMAGE_BYTES, image: true },
  'application/pdf': { ext: 'pdf', maxBytes: MAX_PDF_BYTES, image: false },
} as const;
export type UploadContentType = keyof typeof UPLOAD_KINDS;
export type UploadExt = (typeof UPLOAD_KINDS)[UploadContentType]['ext'];

/** The largest upload of any kind: what the host's upload endpoint accepts at most. */
export const MAX_UPLOAD_BYTES = MAX_PDF_BYTES;

/** The label every upload message starts with (the field INVALID_INPUT names). */
const UPLOAD_FIELD = '附件';

export const UPLOAD_MESSAGES = {
  wrongType: `${UPLOAD_FIELD}：只支持 JPG、PNG 图片和 PDF 文件`,
  imageFormat: `${UPLOAD_FIELD}：图片格式不支持，请上传 JPG 或 PNG 图片`,
  undecodable: `${UPLOAD_FIELD}：文件已损坏或不是有效的图片、PDF，请重新选择`,
  tooManyPixels: `${UPLOAD_FIELD}：图片像素过多，请缩小后再上传`,
  imageTooLarge: `${UPLOAD_FIELD}：图片不能超过 ${MAX_IMAGE_BYTES / MB} MB`,
  pdfTooLarge: `${UPLOAD_FIELD}：PDF 文件不能超过 ${MAX_PDF_BYTES / MB} MB`,
  tooLarge: `${UPLOAD_FIELD}：文件不能超过 ${MAX_UPLOAD_BYTES / MB} MB`,
  empty: `${UPLOAD_FIELD}：文件是空的，请重新选择`,
  mismatch: `${UPLOAD_FIELD}：文件内容与扩展名不符，请重新选择`,
  badPath: `${UPLOAD_FIELD}：文件地址不正确，请重新上传`,
  missing: `${UPLOAD_FIELD}：文件不存在或已过期，请重新上传`,
  foreign: `${UPLOAD_FIELD}：只能登记您自己上传的文件`,
} as const;

const startsWith = (bytes: Uint8Array, sig: readonly number[], at = 0) =>
  bytes.length >= at + sig.length && sig.every((b, i) => bytes[at + i] === b);

const ascii = (s: string) => Array.from(s, (c) => c.charCodeAt(0));

/** The allowed type the bytes show, or null for anything else. */
export function sniffContentType(bytes: Uint8Array): UploadContentType | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, ascii('%PDF-'))) return 'application/pdf';
  return null;
}

/** Images people do send but we cannot check by decoding (WebP, GIF): told apart for a clearer message. */
function isOtherImage(bytes: Uint8Array): boolean {
  return (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) || startsWith(bytes, ascii('GIF8'));
}

export type UploadCheck =
  { ok: true; contentType: UploadContentType; ext: UploadExt; size: number } | { ok: false; message: string };

/**
 * Whether these bytes may be stored as an attachment by their first bytes and size: an allowed
 * type within its size limit. Necessary, not sufficient: the server decodes them too.
 */
export function checkUpload(bytes: Uint8Array): UploadCheck {
  if (bytes.byteLength === 0) return { ok: false, message: UPLOAD_MESSAGES.empty };
  const contentType = sniffContentType(bytes);
  if (!contentType) {
    return { ok: false, message: isOtherImage(bytes) ? UPLOAD_MESSAGES.imageFormat : UPLOAD_MESSAGES.wrongType };
  }
  const kind = UPLOAD_KINDS[contentType];
  if (bytes.byteLength > kind.maxBytes) {
    return { ok: false, message: kind.image ? UPLOAD_MESSAGES.imageTooLarge : UPLOAD_MESSAGES.pdfTooLarge };
  }
  return { ok: true, contentType, ext: kind.ext, size: bytes.byteLength };
}

export const isImageType = (contentType: string) => contentType.startsWith('image/');

const EXTS = new Set<string>([...Object.values(UPLOAD_KINDS).map((k) => k.ext), 'jpeg']);

/** The extension of a file name or path, lower-cased, when it is one of ours ('jpeg' counts as 'jpg'). */
export function allowedExtOf(name: string): UploadExt | null {
  const ext = /\.([A-Za-z0-9]+)$/.exec(name)?.[1]?.toLowerCase();
  if (!ext || !EXTS.has(ext)) return null;
  return (ext === 'jpeg' ? 'jpg' : ext) as UploadExt;
}

function randomName(): string {
  const bytes = new Uint8Array(12);
  const c = (globalThis as { crypto?: { getRandomValues?: (a: Uint8Array) => Uint8Array } }).crypto;
  if (c?.getRandomValues) c.getRandomValues(bytes);
  else for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(Math.random() * 256);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The folder a user's uploads live in: registration admits only files under the caller's own. */
export const uploadFolder = (userId: string) => `uploads/${userId}/`;

/** Where a new upload of `userId` is stored: `uploads/<userId>/<random>.<ext>`. */
export function uploadPath(userId: string, ext: string): string {
  return `${uploadFolder(userId)}${randomName()}.${ext}`;
}

/**
 * The storage path inside a file id: `local:<path>` on the host, `cloud://<env>.<bucket>/<path>`
 * on CloudBase. Null for anything else.
 */
export function storagePathOf(fileId: string): string | null {
  if (fileId.startsWith('local:')) return fileId.slice('local:'.length);
  const cloud = /^cloud:\/\/[^/]+\/(.+)$/.exec(fileId);
  return cloud ? cloud[1]! : null;
}

/** A single name segment of ours: letters, digits, `_`, `-`, then one allowed extension. */
const FILE_SEGMENT = /^[A-Za-z0-9_-]{1,64}\.[a-z]{3,4}$/;

export type UploadOwnership = { ok: true; ext: UploadExt } | { ok: false; reason: 'malformed' | 'foreign' };

/**
 * Whether `fileId` names a file directly in `userId`'s upload folder with an allowed extension.
 * 'foreign' when it is another person's (or outside the uploads area), 'malformed' otherwise.
 */
export function uploadOwnership(fileId: string, userId: string): UploadOwnership {
  const path = storagePathOf(fileId);
  if (!path) return { ok: false, reason: 'malformed' };
  const folder = uploadFolder(userId);
  if (!path.startsWith(folder)) return { ok: false, reason: 'foreign' };
  const rest = path.slice(folder.length);
  const ext = allowedExtOf(rest);
  if (!FILE_SEGMENT.test(rest) || !ext) return { ok: false, reason: 'malformed' };
  return { ok: true, ext };
}

/** "356 KB", "1.2 MB": sizes as the pages show them. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < MB) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / MB).toFixed(1)} MB`;
}
