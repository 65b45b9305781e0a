/**
 * The one page table (core/pages.ts): every page it names is a page of the app (src/app.config.ts),
 * every page of the app is in it, every link it builds opens its own page, and no notice or page
 * code of the functions spells a page path of its own — a renamed page would otherwise leave
 * notices opening a page that no longer exists.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { PAGES, ROUTES, type PageName } from '../../core/pages';
import type { Caller, Notice } from '../../core/ports';
import { CHECKIN_SCAN_PAGE } from '../../core/rules/checkin-token';
import { surveyLink } from '../../core/rules/survey';
import type { BookingDoc, RatingDoc, RequestRatingDoc } from '../../core/store/docs';
import { lowRatingNotices as lowConsultRating } from '../../cloudfunctions/archive/ratings';
import { archivedNotices, noShowNotices } from '../../cloudfunctions/_shared/booking-notices';
import { bookedNotice, cancelledNotices, rescheduledNotices } from '../../cloudfunctions/consult/notices';
import { reminderNotices } from '../../cloudfunctions/jobs/notices';
import { lowRatingNotices as lowRequestRating, requestLink } from '../../cloudfunctions/request/notices';
import { sessionLink } from '../../cloudfunctions/training/sessions';

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

  it('is where every notice the functions build links to', () => {
    const start = Date.UTC(2026, 2, 10, 1, 0);
    const booking = {
      _id: 'b1',
      start,
      end: start + 1_800_000,
      bookedBy: 'u-company',
      consultantId: 'u-consultant',
      companyName: '企业',
      bookedByName: '张三',
      consultantName: '李四',
      stationName: '工作站',
      channel: 'onsite',
      topic: 'patent',
    } as unknown as BookingDoc;
    const actor = { userId: 'u-chief', displayName: '站长', memberships: [], acting: null } as Caller;
    const rating = { recordId: 'booking:b1', requestId: 'r1', companyName: '企业', category: 'patent', stars: 1 };
    const notices: Notice[] = [
      bookedNotice(booking),
      ...cancelledNotices(booking, actor, undefined),
      ...rescheduledNotices(booking, booking, actor),
      ...noShowNotices(booking, actor),
      ...archivedNotices(booking, actor),
      ...reminderNotices(booking, 'day', start - 3_600_000),
      ...reminderNotices(booking, 'hour', start - 3_600_000),
      ...lowConsultRating({ ...rating, consultedAt: start } as unknown as RatingDoc, ['u-chief']),
      ...lowRequestRating(rating as unknown as RequestRatingDoc, ['u-chief']),
    ];
    const links = [...notices.map((n) => n.link), requestLink('r1'), sessionLink('s1'), surveyLink('training', 's1')];
    const table = Object.values(PAGES);
    expect(links.filter((l) => !l || !table.includes(pathOf(l)))).toEqual([]);
    expect(links.length).toBeGreaterThan(12);
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
