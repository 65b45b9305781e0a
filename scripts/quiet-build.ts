/**
 * Runs a build for `npm start` so that its output stays readable where it is not a terminal (a CI
 * log, a pipe, an editor's task pane): webpack's progress there is ~600 lines of percentages.
 * In a terminal the build speaks for itself (progress redraws in place); elsewhere it is captured,
 * and only a start line, an end line with the time taken, or on failure the end of the build's own
 * output, are printed.
 */
import { spawn } from 'node:child_process';

export interface QuietBuildOptions {
  command: string;
  args: string[];
  cwd: string;
  /** What is built, e.g. "H5 页面". */
  what: string;
  /** The expected time, said before it starts, e.g. "首次约 1 分钟". */
  estimate: string;
  /** Whether the output is a terminal (process.stdout.isTTY). */
  tty: boolean;
  /** Where lines go (console.log). */
  print: (line: string) => void;
  /** Lines of the build's own output shown when it fails. */
  tailLines?: number;
  /** Milliseconds since some fixed point (performance.now), for the time taken. */
  now?: () => number;
}

/** Output kept while capturing: enough for the tail of a failure, bounded however much comes. */
const KEEP_CHARS = 64 * 1024;

/** Resolves with the build's exit status (0: built). */
export function quietBuild(o: QuietBuildOptions): Promise<number> {
  const now = o.now ?? (() => performance.now());
  const started = now();
  o.print(`正在构建 ${o.what}（${o.estimate}）…`);
  return new Promise((resolve) => {
    const child = spawn(o.command, o.args, { cwd: o.cwd, stdio: o.tty ? 'inherit' : ['ignore', 'pipe', 'pipe'] });
    let kept = '';
    const keep = (chunk: Buffer) => {
      kept = (kept + chunk.toString('utf8')).slice(-KEEP_CHARS);
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    let done = false;
    const finish = (status: number, error?: string) => {
      // A spawn that fails reports 'error' and may still report 'close'.
      if (done) return;
      done = true;
      const seconds = Math.round((now() - started) / 1000);
      if (status === 0) {
        o.print(`${o.what}已构建，用时 ${seconds} 秒`);
      } else {
        if (!o.tty) {
          const tail = kept
            .split(/\r?\n|\r/)
            .filter((l) => l.trim() !== '')
            .slice(-(o.tailLines ?? 40));
          for (const line of tail) o.print(line);
        }
        o.print(`${o.what}构建失败（${error ?? `退出码 ${status}`}，用时 ${seconds} 秒）`);
      }
      resolve(status);
    };
    child.on('error', (e) => finish(1, e.message));
    child.on('close', (code, signal) => finish(code ?? 1, signal ? `被信号 ${signal} 终止` : undefined));
  });
}
