/**
 * Bundles every cloud function (cloudfunctions/<name>/index.ts) with esbuild into
 * dist/cloudfunctions/<name>/ — index.js + package.json (wx-server-sdk only) + config.json —
 * the folder WeChat DevTools uploads. wx-server-sdk stays external: CloudBase installs it.
 */
import { build } from 'esbuild';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { DEBIAN_REPORT_FONT } from '../cloudfunctions/_shared/report-font';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');
const SRC = join(ROOT, 'cloudfunctions');
const OUT = join(ROOT, 'dist', 'cloudfunctions');
const SDK_VERSION = '~4.0.2';

interface FunctionConfig {
  triggers?: Array<{ name: string; type: 'timer'; config: string }>;
  permissions?: { openapi: string[] };
}

/**
 * Timer triggers and extra openapi permissions per function. Triggers are 7-field cron (seconds …
 * year); a timer event has no action, so cloudfunctions/<name>/index.ts maps the trigger's name
 * to one (jobs: TIMER_ACTIONS).
 */
export const CONFIG: Record<string, FunctionConfig> = {
  jobs: { triggers: [{ name: 'reminders', type: 'timer', config: '0 */5 * * * * *' }] },
  // The check-in screen's mini program code (cloudfunctions/_shared/cloudbase/wxacode.ts).
  checkin: { permissions: { openapi: ['wxacode.getUnlimited'] } },
};

/**
 * The functions that generate PDFs get the Chinese font beside their bundle (fonts/report.ttf,
 * cloudfunctions/_shared/report-font.ts looks there): CloudBase has no system fonts. Copied from
 * REPORT_FONT or the Debian package when the build machine has it; otherwise the function asks
 * the operator to set REPORT_FONT.
 */
export const PDF_FUNCTIONS = ['evaluation'];

function copyReportFont(dir: string): void {
  const font = [process.env.REPORT_FONT, DEBIAN_REPORT_FONT].find((p): p is string => !!p && existsSync(p));
  if (!font) {
    console.log(`  (no Chinese font to copy into ${dir}: set REPORT_FONT on CloudBase)`);
    return;
  }
  mkdirSync(join(dir, 'fonts'), { recursive: true });
  copyFileSync(font, join(dir, 'fonts', 'report.ttf'));
}

/** Every function that notifies may send WeChat subscribe messages (cloudfunctions/_shared/cloudbase/subscribe.ts). */
export const NOTIFY_PERMISSION = 'subscribeMessage.send';

function sourcesOf(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? sourcesOf(p) : n.endsWith('.ts') ? [p] : [];
  });
}

/** Whether the function's own code sends notices (calls ctx.notifyAll). */
export function notifies(name: string): boolean {
  return sourcesOf(join(SRC, name)).some((f) => readFileSync(f, 'utf8').includes('notifyAll('));
}

/** The config.json of one function: its triggers and the openapi calls it may make. */
export function functionConfig(name: string): Required<FunctionConfig> {
  const own = CONFIG[name] ?? {};
  const openapi = [...(own.permissions?.openapi ?? []), ...(notifies(name) ? [NOTIFY_PERMISSION] : [])];
  return { permissions: { openapi: [...new Set(openapi)] }, triggers: own.triggers ?? [] };
}

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
    writeFileSync(join(dir, 'config.json'), JSON.stringify(functionConfig(name), null, 2));
    if (PDF_FUNCTIONS.includes(name)) copyReportFont(dir);
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
