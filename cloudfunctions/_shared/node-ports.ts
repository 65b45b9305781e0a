/** Clock, ids and logging for Node (both CloudBase functions and the host run on Node). */
import { randomBytes, randomInt } from 'node:crypto';
import type { Clock, Ids, Logger } from '../../core/ports';

export const systemClock: Clock = { now: () => Date.now() };

/** Unambiguous when read aloud or typed from paper: no 0/O, 1/I/L. */
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

export const nodeIds: Ids = {
  id: () => randomBytes(15).toString('base64url'),
  code: (length) => Array.from({ length }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join(''),
};

export function jsonLogger(sink: (line: string) => void = (l) => process.stderr.write(l + '\n')): Logger {
  const write = (level: string, msg: string, meta?: Record<string, unknown>) =>
    sink(JSON.stringify({ level, msg, ...meta, at: new Date().toISOString() }));
  return { info: (m, meta) => write('info', m, meta), error: (m, meta) => write('error', m, meta) };
}
