/**
 * files: attachments in two steps, the same on both platforms — put the bytes in storage under
 * the user's own folder, then `files.register` them (the server checks type by the bytes, and
 * size, and answers the upload the records attach).
 *  - WeChat: images are compressed on the phone first (Taro.compressImage), then
 *    Taro.cloud.uploadFile to `uploads/<userId>/<random>.<ext>`.
 *  - H5: the chosen file's bytes go to the host's POST /api/upload with the bearer token.
 */
import Taro from '@tarojs/taro';
import type { AttachmentView } from '@core/contract';
import type { Envelope } from '@core/errors';
import { allowedExtOf, UPLOAD_MESSAGES, uploadPath, type UploadPurpose } from '@core/rules/uploads';
import { me } from './account';
import { call } from './call';
import { NETWORK_MESSAGE, ServiceError } from './errors';
import { readSession } from './session-token';
import { API_BASE, unwrap } from './transport';

export const register = call('files', 'register');

/** Quality WeChat compresses photos to before they leave the phone (JPEG only; 0–100). */
const COMPRESS_QUALITY = 70;
const UPLOAD_TIMEOUT_MS = 60_000;

export interface UploadRequest {
  /** The local temporary path the chooser gave (a blob: URL on H5). */
  filePath: string;
  /** The name to show (the original file name where the platform tells it). */
  name: string;
  purpose: UploadPurpose;
  /** 0–100 while the bytes travel. */
  onProgress?: (percent: number) => void;
}

const isWeapp = () => process.env.TARO_ENV === 'weapp';

/** Stores the file, registers it, and answers the attachment to put in a form's value. */
export async function uploadAttachment(req: UploadRequest): Promise<AttachmentView> {
  const fileId = isWeapp() ? await putInCloud(req) : await putOnHost(req);
  return register({ fileId, name: req.name, purpose: req.purpose });
}

/** A URL the page can load: the host answers paths (/files/…), served next to the API. */
export function absoluteUrl(url: string): string {
  return url.startsWith('/') ? `${API_BASE}${url}` : url;
}

/* ---------- WeChat: cloud storage ---------- */

let weappUserId: Promise<string> | null = null;

/** The caller's user id (its upload folder). Fixed for a WeChat user, so asked once. */
function myUserId(): Promise<string> {
  if (!weappUserId) {
    weappUserId = me({}).then((m) => m.user.id);
    weappUserId.catch(() => {
      weappUserId = null; // failed: ask again next time
    });
  }
  return weappUserId;
}

/** The compressed copy of a photo, or the photo itself when compressing is not possible. */
async function compressed(filePath: string): Promise<string> {
  try {
    const res = await Taro.compressImage({ src: filePath, quality: COMPRESS_QUALITY });
    return res.tempFilePath || filePath;
  } catch {
    return filePath;
  }
}

async function putInCloud({ filePath, name, onProgress }: UploadRequest): Promise<string> {
  const ext = allowedExtOf(name) ?? allowedExtOf(filePath);
  if (!ext) throw new ServiceError('INVALID_INPUT', UPLOAD_MESSAGES.wrongType);
  const userId = await myUserId();
  const source = ext === 'pdf' ? filePath : await compressed(filePath);
  // The compressed copy may have another image extension; the server checks the bytes anyway.
  const cloudPath = uploadPath(userId, allowedExtOf(source) ?? ext);
  return new Promise<string>((resolve, reject) => {
    const task = Taro.cloud.uploadFile({
      cloudPath,
      filePath: source,
      success: (res) => resolve(res.fileID),
      fail: () => reject(new ServiceError('NETWORK', NETWORK_MESSAGE)),
    });
    if (onProgress) task?.onProgressUpdate?.((p) => onProgress(p.progress));
  });
}

/* ---------- H5: the host's upload endpoint ---------- */

/** The chosen file's bytes (H5 choosers answer blob: URLs). */
async function readBlob(filePath: string): Promise<Blob> {
  try {
    const res = await fetch(filePath);
    return await res.blob();
  } catch {
    throw new ServiceError('INVALID_INPUT', '附件：读取文件失败，请重新选择');
  }
}

async function putOnHost({ filePath, name, onProgress }: UploadRequest): Promise<string> {
  const session = readSession();
  if (!session) throw new ServiceError('UNAUTHENTICATED', '请先登录后再上传文件');
  const blob = await readBlob(filePath);
  let res: Taro.request.SuccessCallbackResult<Envelope<{ fileId: string }>>;
  try {
    res = await Taro.request<Envelope<{ fileId: string }>>({
      url: `${API_BASE}/api/upload?name=${encodeURIComponent(name)}`,
      method: 'POST',
      // Taro's H5 request sends a Blob as the raw body.
      data: blob as unknown as ArrayBuffer,
      header: {
        'content-type': blob.type || 'application/octet-stream',
        Authorization: `Bearer ${session.token}`,
      },
      timeout: UPLOAD_TIMEOUT_MS,
    });
  } catch {
    throw new ServiceError('NETWORK', NETWORK_MESSAGE);
  }
  // The transport's own unwrapping, so a dead session is cleared here too.
  const { fileId } = unwrap(res.data);
  onProgress?.(100);
  return fileId;
}
