/** Clock, ids and logging for Node (both CloudBase functions and the host run on Node). */
import { createHash, randomBytes, randomInt } from 'node:crypto';
import type { Clock, Ids, Logger } from '../../core/ports';

export const systemClock: Clock = { now: () => Date.now() };

/** Unambiguous when read aloud or typed from paper: no 0/O, 1/I/L. */
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

export const nodeIds: Ids = {
  id: () => randomBytes(15).toString('base64url'),
  code: (length) => Array.from({ length }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join(''),
};

/**
 * Ids drawn from a request key instead of chance: the n-th id (or code) an action asks for is a
 * hash of the key and n. An action run again under the same key (a retry after a crash left its
 * first attempt unanswered) names the very documents the first attempt wrote, so the database
 * refuses a second copy of each. Unguessable as long as the key is (it holds the caller's id and
 * their random client request id); distinct keys never share ids.
 */
export function keyedIds(key: string): Ids {
  let n = 0;
  const draw = (): Buffer => createHash('sha256').update(`${key}\n${++n}`).digest();
  return {
    id: () => draw().subarray(0, 15).toString('base64url'),
    code: (length) => {
      const bytes = draw();
      // 32 bytes of hash: codes longer than that are never asked for (invitations and join codes are 8).
      return Array.from({ length }, (_, i) => CODE_ALPHABET[bytes[i % bytes.length] % CODE_ALPHABET.length]).join('');
    },
  };
}

export function jsonLogger(sink: (line: string) => void = (l) => process.stderr.write(l + '\n')): Logger {
  const write = (level: string, msg: string, meta?: Record<string, unknown>) =>
    sink(JSON.stringify({ level, msg, ...meta, at: new Date().toISOString() }));
  return { info: (m, meta) => write('info', m, meta), error: (m, meta) => write('error', m, meta) };
}
