/**
 * The Files port on CloudBase cloud storage, through wx-server-sdk's storage calls.
 *
 * CloudBase keeps no content type of ours: wx-server-sdk uploads without one (COS guesses from
 * the key) and downloads return bytes only. So `get` derives the type from the file name's
 * extension, and callers should give stored files a meaningful extension.
 */
import type * as WxCloud from 'wx-server-sdk';
import { AppError } from '../../../core/errors';
import { ownEntry } from '../../../core/own';
import type { Files, StoredFile } from '../../../core/ports';
import { isMissingFile, STORAGE_FILE_NONEXIST } from './sdk-errors';

/* The storage calls as they behave without callbacks (the d.ts adds `| void` to some). */
interface FileStatus {
  fileID: string;
  status: number;
  errMsg: string;
}
interface SdkStorage {
  uploadFile(p: { cloudPath: string; fileContent: Buffer }): Promise<{ fileID: string }>;
  downloadFile(p: { fileID: string }): Promise<{ fileContent: Buffer }>;
  getTempFileURL(p: { fileList: string[] }): Promise<{ fileList: Array<FileStatus & { tempFileURL: string }> }>;
  deleteFile(p: { fileList: string[] }): Promise<{ fileList: FileStatus[] }>;
}

const TYPES: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  svg: 'image/svg+xml',
  pdf: 'application/pdf',
  txt: 'text/plain; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  json: 'application/json',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ppt: 'application/vnd.ms-powerpoint',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  zip: 'application/zip',
  mp4: 'video/mp4',
  mp3: 'audio/mpeg',
};

export function contentTypeOf(name: string): string {
  const ext = /\.([A-Za-z0-9]+)$/.exec(name)?.[1]?.toLowerCase();
  // Own entries only: a file named `x.constructor` must not find Object's constructor (core/own.ts).
  return (ext && ownEntry(TYPES, ext)) || 'application/octet-stream';
}

/** The most files getTempFileURL resolves in one call. */
const URL_BATCH = 50;

/** Cloud paths are relative keys; refuse ones that could escape or alias another key. */
function checkPath(path: string): string {
  if (!path || path.startsWith('/') || path.split('/').some((s) => s === '' || s === '.' || s === '..')) {
    throw new Error(`Files: invalid path "${path}"`);
  }
  return path;
}

/** The one entry of a single-file storage answer. */
function single<T extends FileStatus>(list: T[], fileId: string): T {
  const entry = list.find((f) => f.fileID === fileId) ?? list[0];
  if (!entry) throw new Error(`Files: no answer for ${fileId}`);
  return entry;
}

export class CloudbaseFiles implements Files {
  private readonly sdk: SdkStorage;

  constructor(cloud: typeof WxCloud) {
    this.sdk = cloud as unknown as SdkStorage;
  }

  async put(path: string, body: Uint8Array, contentType: string): Promise<StoredFile> {
    // node-sdk accepts only a Buffer or a ReadStream; this views the same bytes without copying.
    const fileContent = Buffer.from(body.buffer, body.byteOffset, body.byteLength);
    const res = await this.sdk.uploadFile({ cloudPath: checkPath(path), fileContent });
    return { fileId: res.fileID, size: body.byteLength, contentType };
  }

  async get(fileId: string): Promise<{ body: Uint8Array; contentType: string } | null> {
    try {
      const res = await this.sdk.downloadFile({ fileID: fileId });
      return { body: res.fileContent, contentType: contentTypeOf(fileId) };
    } catch (e) {
      if (isMissingFile(e)) return null;
      throw e;
    }
  }

  /** One getTempFileURL per URL_BATCH distinct files; a missing file is NOT_FOUND. */
  async urls(fileIds: string[]): Promise<string[]> {
    const distinct = [...new Set(fileIds)];
    const byId = new Map<string, string>();
    for (let i = 0; i < distinct.length; i += URL_BATCH) {
      const res = await this.sdk.getTempFileURL({ fileList: distinct.slice(i, i + URL_BATCH) });
      for (const entry of res.fileList) {
        if (entry.status === 0) byId.set(entry.fileID, entry.tempFileURL);
        else if (entry.status === STORAGE_FILE_NONEXIST) throw new AppError('NOT_FOUND', '文件不存在或已被删除');
        else throw new Error(`Files: temporary URL failed for ${entry.fileID}: ${entry.errMsg}`);
      }
    }
    return fileIds.map((fileId) => {
      const url = byId.get(fileId);
      if (url === undefined) throw new Error(`Files: no answer for ${fileId}`);
      return url;
    });
  }

  /** Removing a file that is already gone is not an error. */
  async remove(fileId: string): Promise<void> {
    const res = await this.sdk.deleteFile({ fileList: [fileId] });
    const entry = single(res.fileList, fileId);
    if (entry.status !== 0 && entry.status !== STORAGE_FILE_NONEXIST) {
      throw new Error(`Files: delete failed for ${fileId}: ${entry.errMsg}`);
    }
  }
}

export function createCloudbaseFiles(cloud: typeof WxCloud): Files {
  return new CloudbaseFiles(cloud);
}
