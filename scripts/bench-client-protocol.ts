/**
 * The load generator's stdout, line by line: `MARK start <call>` and `MARK end <call>` around each
 * call (the host process reads its own CPU time at each), then `RESULT <json>`. A module of its own
 * so that the load generator imports nothing of the host.
 */
export const MARK = 'MARK';
export const RESULT = 'RESULT';
