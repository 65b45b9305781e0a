/**
 * Bundles every cloud function (cloudfunctions/<name>/index.ts) with esbuild into
 * dist/cloudfunctions/<name>/ — index.js + package.json (wx-server-sdk only) + config.json —
 * the folder WeChat DevTools uploads. wx-server-sdk stays external: CloudBase installs it.
 */
import { build } from 'esbuild';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');
const SRC = join(ROOT, 'cloudfunctions');
const OUT = join(ROOT, 'dist', 'cloudfunctions');
const SDK_VERSION = '~4.0.2';

/** Timer triggers and openapi permissions per function (later issues add jobs and wxacode). */
const CONFIG: Record<string, { triggers?: unknown[]; permissions?: { openapi: string[] } }> = {};

export function functionNames(): string[] {
  return readdirSync(SRC).filter(
    (n) => !n.startsWith('_') && statSync(join(SRC, n)).isDirectory() && existsSync(join(SRC, n, 'index.ts')),
  );
}

async function main() {
  rmSync(OUT, { recursive: true, force: true });
  for (const name of functionNames()) {
    const dir = join(OUT, name);
    mkdirSync(dir, { recursive: true });
    const result = await build({
      entryPoints: [join(SRC, name, 'index.ts')],
      outfile: join(dir, 'index.js'),
      bundle: true,
      platform: 'node',
      target: 'node16',
      format: 'cjs',
      external: ['wx-server-sdk'],
      minify: true,
      sourcemap: false,
      legalComments: 'none',
      metafile: true,
    });
    writeFileSync(
      join(dir, 'package.json'),
      JSON.stringify(
        { name, version: '1.0.0', main: 'index.js', dependencies: { 'wx-server-sdk': SDK_VERSION } },
        null,
        2,
      ),
    );
    writeFileSync(
      join(dir, 'config.json'),
      JSON.stringify({ permissions: { openapi: [] }, triggers: [], ...CONFIG[name] }, null, 2),
    );
    const bytes = Object.values(result.metafile.outputs).reduce((s, o) => s + o.bytes, 0);
    console.log(`  ${name.padEnd(12)} ${(bytes / 1024).toFixed(1)} KB`);
  }
  console.log(`cloud functions → ${OUT}`);
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
