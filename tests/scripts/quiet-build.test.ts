/**
 * `npm start` where its output is not a terminal: the build's ~600 progress lines are not passed
 * on; a start line with the estimate and an end line with the time taken are, and on failure the
 * end of the build's own output (the error) as well. A stand-in build (a plain `node` printing as
 * webpack does) runs in a real child process.
 */
import { quietBuild } from '../../scripts/quiet-build';

/** A build that prints `lines` progress lines on stdout, an error on stderr if it fails, then exits. */
const fakeBuild = (lines: number, exitCode: number) => [
  '-e',
  `for (let i = 0; i < ${lines}; i++) process.stdout.write('[webpack] ' + i + '% building module ' + i + '\\n');
   if (${exitCode}) process.stderr.write('Error: Cannot find module ./missing in src/app.ts\\n');
   process.exit(${exitCode});`,
];

/** A clock the test moves: 1 s when the build starts, 61 s when it ends. */
function steppedClock(): () => number {
  const ticks = [1_000, 61_000];
  return () => ticks.shift() ?? 61_000;
}

async function run(lines: number, exitCode: number, tty = false) {
  const printed: string[] = [];
  const status = await quietBuild({
    command: process.execPath,
    args: fakeBuild(lines, exitCode),
    cwd: __dirname,
    what: 'H5 页面',
    estimate: '首次约 1 分钟',
    tty,
    print: (l) => printed.push(l),
    now: steppedClock(),
  });
  return { status, printed };
}

test('a successful build prints two lines: what it builds with the estimate, and the time it took', async () => {
  const { status, printed } = await run(600, 0);
  expect(status).toBe(0);
  expect(printed).toEqual(['正在构建 H5 页面（首次约 1 分钟）…', 'H5 页面已构建，用时 60 秒']);
});

test('a failed build prints the end of its output, the error included, and its exit status', async () => {
  const { status, printed } = await run(600, 3);
  expect(status).toBe(3);
  expect(printed.length).toBeLessThanOrEqual(42);
  expect(printed).toContain('Error: Cannot find module ./missing in src/app.ts');
  expect(printed).not.toContain('[webpack] 0% building module 0');
  expect(printed[printed.length - 1]).toBe('H5 页面构建失败（退出码 3，用时 60 秒）');
});

test('a command that cannot start is reported as a failure, once', async () => {
  const printed: string[] = [];
  const status = await quietBuild({
    command: '/nonexistent/taro',
    args: [],
    cwd: __dirname,
    what: 'H5 页面',
    estimate: '首次约 1 分钟',
    tty: false,
    print: (l) => printed.push(l),
    now: steppedClock(),
  });
  expect(status).not.toBe(0);
  expect(printed.filter((l) => l.includes('构建失败'))).toHaveLength(1);
  expect(printed[printed.length - 1]).toMatch(/^H5 页面构建失败（.*ENOENT.*）$/);
});
