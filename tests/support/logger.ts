/** A Logger that keeps what it was told, so a test can read the logged error. */
import type { Logger } from '../../core/ports';

export interface LogEntry {
  level: 'info' | 'error';
  msg: string;
  meta: Record<string, unknown>;
}

export interface CapturingLogger extends Logger {
  entries: LogEntry[];
  errors(): LogEntry[];
}

export function capturingLogger(): CapturingLogger {
  const entries: LogEntry[] = [];
  return {
    entries,
    info: (msg, meta) => void entries.push({ level: 'info', msg, meta: meta ?? {} }),
    error: (msg, meta) => void entries.push({ level: 'error', msg, meta: meta ?? {} }),
    errors: () => entries.filter((e) => e.level === 'error'),
  };
}
