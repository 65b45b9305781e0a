/**
 * The one page table (core/pages.ts): every page it names is a page of the app (src/app.config.ts),
 * every page of the app is in it, every link it builds opens its own page, and no notice or page
 * code of the functions spells a page path of its own — a renamed page would otherwise leave
 * notices opening a page that no longer exists.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { PAGES, ROUTES, type PageName } from '../../core/pages';
import { CHECKIN_SCAN_PAGE } from '../../core/rules/checkin-token';
import { surveyLink } from '../../core/rules/survey';

const ROOT = join(__dirname, '../..');

interface AppConfig {
  pages: string[];
  subPackages: { root: string; pages: string[] }[];
}

/** src/app.config.ts as Taro reads it (defineAppConfig is a global of Taro's build). */
function appPages(): Set<string> {
  const g = globalThis as { defineAppConfig?: (c: AppConfig) => AppConfig };
  g.defineAppConfig = (c) => c;
  const config = (require('../../src/app.config') as { default: AppConfig }).default;
  return new Set([
    ...config.pages.map((p) => `/${p}`),
    ...config.subPackages.flatMap((s) => s.pages.map((p) => `/${s.root}/${p}`)),
  ]);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules') return [];
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

const pathOf = (link: string) => link.split('?')[0]!;
const names = Object.keys(PAGES) as PageName[];

describe('the page table', () => {
  it('names each page of app.config.ts once, and nothing else', () => {
    const app = appPages();
    const table = Object.values(PAGES);
    expect(new Set(table).size).toBe(table.length);
    expect(table.filter((p) => !app.has(p))).toEqual([]);
    expect([...app].filter((p) => !table.includes(p))).toEqual([]);
  });

  it('builds every link to the page it is named for', () => {
    for (const name of names) {
      const route = ROUTES[name] as string | ((...args: string[]) => string);
      const link = typeof route === 'string' ? route : route('a/b', 'c d');
      expect([name, pathOf(link)]).toEqual([name, PAGES[name]]);
      if (link.includes('?')) expect(link).toContain('=a%2Fb');
    }
  });

  it('gives the survey invitation and the check-in code pages of the table', () => {
    expect(pathOf(surveyLink('training', 's1'))).toBe(PAGES.survey);
    expect(surveyLink('training', 's1')).toBe('/packages/survey/pages/respond/index?targetKind=training&targetId=s1');
    expect(`/${CHECKIN_SCAN_PAGE}`).toBe(PAGES.checkin);
  });

  it('is the only place in core/ and cloudfunctions/ that spells a page path', () => {
    const pagePath = /['"`]\/?(packages\/[a-z-]+\/)?pages\/[a-z-]+\/index/;
    const spelled = [...sourceFiles(join(ROOT, 'core')), ...sourceFiles(join(ROOT, 'cloudfunctions'))]
      .map((f) => relative(ROOT, f))
      .filter((f) => f !== join('core', 'pages.ts'))
      .filter((f) => pagePath.test(readFileSync(join(ROOT, f), 'utf8')));
    expect(spelled).toEqual([]);
  });
});
