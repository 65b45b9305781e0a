/**
 * Files on the host: stored under <data-dir>/files, served by server/file-route.ts at the signed,
 * expiring URLs `urls` makes (server/file-urls.ts).
 *
 * Nothing is stored beside a file: its content type follows from its extension, which is always
 * ours (uploads are named by the type their bytes decode as, exports are .xlsx). Earlier versions
 * wrote a `<file>.type` side file; those are never served and go when their file is removed.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, normalize, sep } from 'node:path';
import type { Files, StoredFile } from '../core/ports';
import type { FileUrlSigner } from './file-urls';

const PREFIX = 'local:';

/** The types the host stores and serves, by extension; anything else is served as plain bytes. */
const TYPES = new Map<string, string>([
  ['png', 'image/png'],
  ['jpg', 'image/jpeg'],
  ['jpeg', 'image/jpeg'],
  ['pdf', 'application/pdf'],
  ['xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
]);
export const UNKNOWN_TYPE = 'application/octet-stream';

/** The content type a stored file's name stands for. */
export function storedTypeOf(path: string): string {
  const ext = /\.([a-z0-9]+)$/.exec(path)?.[1];
  return (ext && TYPES.get(ext)) || UNKNOWN_TYPE;
}

/** The full path of `path` inside `root`; throws when it would climb out. */
export function resolveIn(root: string, path: string): string {
  const full = normalize(join(root, path));
  if (!full.startsWith(normalize(root) + sep)) throw new Error('Files: path escapes the data dir');
  return full;
}

/** Reads a stored file; null when there is none. */
export async function readStored(root: string, path: string): Promise<Buffer | null> {
  try {
    return await readFile(resolveIn(root, path));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT' || (e as NodeJS.ErrnoException).code === 'EISDIR') return null;
    throw e;
  }
}

export function localFiles(root: string, signer: FileUrlSigner): Files {
  const pathOf = (fileId: string) => {
    if (!fileId.startsWith(PREFIX)) throw new Error('Files: not a local file id');
    return fileId.slice(PREFIX.length);
  };
  return {
    async put(path, body, contentType): Promise<StoredFile> {
      const full = resolveIn(root, path);
      await mkdir(dirname(full), { recursive: true });
      await writeFile(full, body);
      return { fileId: PREFIX + path, size: body.byteLength, contentType };
    },
    async get(fileId) {
      const path = pathOf(fileId);
      const body = await readStored(root, path);
      return body ? { body: new Uint8Array(body), contentType: storedTypeOf(path) } : null;
    },
    async urls(fileIds) {
      return Promise.all(fileIds.map((fileId) => signer.url(pathOf(fileId))));
    },
    async remove(fileId) {
      const full = resolveIn(root, pathOf(fileId));
      await rm(full, { force: true });
      await rm(`${full}.type`, { force: true }); // a side file of an earlier version
    },
  };
}
