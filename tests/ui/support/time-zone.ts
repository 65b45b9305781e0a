/**
 * Runs a test file's code in another time zone. Jest gives each test file a copy of
 * `process.env`, so `process.env.TZ = …` there does not reach Node's Date; the real process's
 * `env.TZ` does (Node resets its time-zone cache when TZ is assigned). The real process is the
 * one seen from the main context, which `vm.runInThisContext` evaluates in.
 */
import vm from 'vm';

const realProcess = new vm.Script('process').runInThisContext() as NodeJS.Process;

/** Switches to `timeZone` (an IANA name); returns the function that switches back. */
export function setTimeZone(timeZone: string): () => void {
  const before = realProcess.env.TZ;
  const sandboxBefore = process.env.TZ;
  realProcess.env.TZ = timeZone;
  process.env.TZ = timeZone;
  return () => {
    if (before === undefined) delete realProcess.env.TZ;
    else realProcess.env.TZ = before;
    if (sandboxBefore === undefined) delete process.env.TZ;
    else process.env.TZ = sandboxBefore;
  };
}

/** Runs every test of the enclosing file (or describe) with the phone in `timeZone`. */
export function inTimeZone(timeZone: string): void {
  let restore: () => void = () => undefined;
  beforeAll(() => {
    restore = setTimeZone(timeZone);
  });
  afterAll(() => restore());
}
