/** Files on the host: stored under <data-dir>/files, served at /files/<path>. */
import { mkdir, readFile, rm, writeFile, stat } from 'node:fs/promises';
import { dirname, join, normalize, sep } from 'node:path';
import type { Files, StoredFile } from '../core/ports';

const PREFIX = 'local:';

export function localFiles(root: string): Files {
  const resolve = (path: string) => {
    const full = normalize(join(root, path));
    if (!full.startsWith(normalize(root) + sep)) throw new Error('Files: path escapes the data dir');
    return full;
  };
  const pathOf = (fileId: string) => {
    if (!fileId.startsWith(PREFIX)) throw new Error('Files: not a local file id');
    return fileId.slice(PREFIX.length);
  };
  return {
    async put(path, body, contentType): Promise<StoredFile> {
      const full = resolve(path);
      await mkdir(dirname(full), { recursive: true });
      await writeFile(full, body);
      await writeFile(`${full}.type`, contentType);
      return { fileId: PREFIX + path, size: body.byteLength, contentType };
    },
    async get(fileId) {
      const full = resolve(pathOf(fileId));
      try {
        await stat(full);
      } catch {
        return null;
      }
      const [body, contentType] = await Promise.all([readFile(full), readFile(`${full}.type`, 'utf8')]);
      return { body: new Uint8Array(body), contentType };
    },
    async urls(fileIds) {
      return fileIds.map((fileId) => `/files/${pathOf(fileId)}`);
    },
    async remove(fileId) {
      const full = resolve(pathOf(fileId));
      await rm(full, { force: true });
      await rm(`${full}.type`, { force: true });
    },
  };
}
