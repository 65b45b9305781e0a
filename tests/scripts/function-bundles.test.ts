/**
 * The folders WeChat DevTools uploads: `npm run build:functions` bundles each cloud function into
 * dist/cloudfunctions/<name>/ (index.js + package.json + config.json). Each bundle is loaded by a
 * plain Node process — as CloudBase would — not by Jest's module system.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { FUNCTION_HANDLERS } from '../../cloudfunctions/registry';
import { functionNames, notifies } from '../../scripts/build-functions';

const run = promisify(execFile);
const ROOT = join(__dirname, '..', '..');
const OUT = join(ROOT, 'dist', 'cloudfunctions');

/** Loads a bundle in a fresh `node`, calls main with an unknown action, prints what came back. */
const PROBE = `
const fn = require(process.argv[1]);
const report = (r) => { process.stdout.write(JSON.stringify(r)); process.exit(0); };
if (typeof fn.main !== 'function') report({ mainType: typeof fn.main });
else Promise.resolve(fn.main({ action: 'nope' }, {})).then(
  (result) => report({ mainType: 'function', result }),
  (e) => report({ mainType: 'function', threw: String(e) }),
);
`;

beforeAll(async () => {
  await run(join(ROOT, 'node_modules', '.bin', 'tsx'), ['scripts/build-functions.ts'], { cwd: ROOT });
}, 120_000);

describe('bundled cloud functions', () => {
  it('builds one folder per cloud function the host serves, and nothing else', () => {
    expect(functionNames().sort()).toEqual(Object.keys(FUNCTION_HANDLERS).sort());
    expect(readdirSync(OUT).sort()).toEqual(functionNames().sort());
  });

  it.each(functionNames())('%s: package.json depends on wx-server-sdk only and points at index.js', (name) => {
    const pkg = JSON.parse(readFileSync(join(OUT, name, 'package.json'), 'utf8'));
    expect(Object.keys(pkg.dependencies)).toEqual(['wx-server-sdk']);
    expect(pkg).toMatchObject({ name, main: 'index.js' });
    expect(existsSync(join(OUT, name, 'index.js'))).toBe(true);
  });

  it.each(functionNames())('%s: config.json is valid JSON with triggers and openapi permissions', (name) => {
    const config = JSON.parse(readFileSync(join(OUT, name, 'config.json'), 'utf8'));
    expect(Array.isArray(config.triggers)).toBe(true);
    expect(Array.isArray(config.permissions.openapi)).toBe(true);
  });

  it('jobs: config.json carries the reminders timer trigger (7-field cron, every 5 minutes)', () => {
    const config = JSON.parse(readFileSync(join(OUT, 'jobs', 'config.json'), 'utf8'));
    expect(config.triggers).toEqual([{ name: 'reminders', type: 'timer', config: '0 */5 * * * * *' }]);
    expect(config.triggers[0].config.split(' ')).toHaveLength(7);
  });

  it('every function that notifies may send subscribe messages; the others may not', () => {
    const granted = functionNames().filter((name) =>
      JSON.parse(readFileSync(join(OUT, name, 'config.json'), 'utf8')).permissions.openapi.includes(
        'subscribeMessage.send',
      ),
    );
    expect(granted).toEqual(functionNames().filter(notifies));
    expect(granted).toEqual(expect.arrayContaining(['account', 'consult', 'jobs']));
  });

  it('files: carries the parsers that check every upload (pngjs, image-size, pdf-lib), not just a signature check', () => {
    const source = readFileSync(join(OUT, 'files', 'index.js'), 'utf8');
    expect(source).toContain('unrecognised content at end of stream'); // pngjs: nothing after IEND
    expect(source).toContain('Invalid JPG, no size found'); // image-size's JPEG segment walk
    expect(source).toContain('No PDF header found'); // pdf-lib's parser
  });

  it.each(functionNames())('%s: bundles its own code and keeps only wx-server-sdk external', (name) => {
    const source = readFileSync(join(OUT, name, 'index.js'), 'utf8');
    // esbuild writes every require it leaves as require("…"); a library's message that merely
    // mentions require('…') in a string (fontkit's about iconv-lite) is not one.
    const required = [...source.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]);
    const external = required.filter((r) => !r!.startsWith('node:') && !builtinModules.includes(r!));
    expect([...new Set(external)]).toEqual(['wx-server-sdk']);
  });

  it.each(functionNames())(
    '%s: loads in plain node, exports main, and answers an unknown action with INVALID_INPUT',
    async (name) => {
      const { stdout } = await run(process.execPath, ['-e', PROBE, join(OUT, name, 'index.js')], {
        cwd: join(OUT, name),
        env: { ...process.env, NODE_PATH: join(ROOT, 'node_modules') },
        timeout: 30_000,
      });
      const probe = JSON.parse(stdout);
      expect(probe.mainType).toBe('function');
      expect(probe.result).toEqual({
        ok: false,
        error: { code: 'INVALID_INPUT', message: '未知的操作「nope」', fields: { action: '未知的操作' } },
      });
    },
    60_000,
  );
});
