/** An upload's id, derived from its file id: one file, one upload, however often it is registered. */
import { createHash } from 'node:crypto';

export function uploadIdOf(fileId: string): string {
  return `up_${createHash('sha256').update(fileId).digest('base64url').slice(0, 32)}`;
}
