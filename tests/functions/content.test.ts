/**
 * Articles through the runtime (content.*), on the world's test clock: a hostile body never
 * reaches a renderer (no script, event attribute, javascript: link, SVG or iframe survives), a
 * scheduled article is listed only from its time, a withdrawn one leaves the list but stays in the
 * record, the city's articles are the admins', and each signed-in reader is counted once.
 */
import type { ArticleDetail, ArticleSummary, PageOf } from '../../core/contract';
import { DAY } from '../support/clock';
import { failed, ok } from '../support/envelope';
import { newRequestId, OWN_STATION } from '../support/fixtures';
import { createWorld, type Actor, type World } from '../support/world';

let world: World;
beforeEach(async () => {
  world = await createWorld();
});
afterEach(() => world.close());

const call = (action: string, input: Record<string, unknown>, actor: Actor | null) =>
  world.run('content', { action, ...input }, actor);

const HOSTILE = [
  '## 政策要点',
  '<script>alert(1)</script>',
  '<img src="x" onerror="alert(2)">',
  '[点我](javascript:alert(3))',
  '<svg onload="alert(4)"><circle r="5"/></svg>',
  '<iframe src="https://evil.example"></iframe>',
  '![图](javascript:alert(5))',
  '',
  '| 项目 | 补贴 |',
  '| --- | --- |',
  '| 专利转化 | 50 万元 |',
  '',
  '![现场](https://img.example.cn/a.png) [政策原文](https://www.example.gov.cn/p.html)',
  '![旧图](http://img.example.cn/old.png)',
].join('\n');

async function draft(author: Actor, markdown = HOSTILE, stationId: string | null = OWN_STATION) {
  return ok<ArticleDetail>(
    await call(
      'saveArticle',
      {
        clientRequestId: newRequestId('art'),
        kind: 'policy',
        ...(stationId ? { stationId } : {}),
        title: '专利转化专项政策解读',
        markdown,
      },
      author,
    ),
  );
}

describe('articles', () => {
  it('keeps no script, event attribute, javascript: link, SVG or iframe of a hostile body, and keeps the table, image and link', async () => {
    const article = await draft(await world.actor('chief'));
    // Every tag the renderers will build (what was typed as HTML is shown as text, escaped).
    const tags = [...article.html.matchAll(/<([a-z0-9]+)([^>]*)>/gi)].map(([, name, attrs]) => ({
      name: name!.toLowerCase(),
      attrs: [...attrs!.matchAll(/([a-z-]+)="([^"]*)"/gi)].map(([, key, value]) => ({
        key: key!.toLowerCase(),
        value: value!,
      })),
    }));
    expect(tags.map((t) => t.name).filter((n) => ['script', 'svg', 'iframe', 'circle'].includes(n))).toEqual([]);
    expect(tags.flatMap((t) => t.attrs).filter((a) => a.key.startsWith('on'))).toEqual([]);
    expect(tags.flatMap((t) => t.attrs).filter((a) => /^\s*javascript:/i.test(a.value))).toEqual([]);
    expect(article.html).not.toMatch(/<script|<svg|<iframe/i);
    expect(article.html).toContain('<h2>政策要点</h2>');
    expect(article.html).toContain('<td>50 万元</td>');
    expect(article.html).toContain('<img src="https://img.example.cn/a.png" alt="现场" />');
    // A picture over plain http is dropped (neither renderer would show it).
    expect(article.html).not.toContain('http://img.example.cn/old.png');
    expect(article.html).toContain('href="https://www.example.gov.cn/p.html"');
  });

  it('lists a scheduled article only from its time, and a withdrawn one no more', async () => {
    const chief = await world.actor('chief');
    const article = await draft(chief, '## 通知\n\n下周一起开展知识产权宣传周活动。');
    ok(await call('publishArticle', { articleId: article.id, publishAt: world.clock.now() + DAY }, chief));
    const listed = async () => ok<PageOf<ArticleSummary>>(await call('listArticles', {}, null)).items.map((a) => a.id);
    expect(await listed()).toEqual([]);
    failed(await call('getArticle', { articleId: article.id }, null), 'NOT_FOUND');
    world.clock.advance(DAY);
    expect(await listed()).toEqual([article.id]);
    ok(await call('withdrawArticle', { articleId: article.id }, chief));
    expect(await listed()).toEqual([]);
    // Kept in the record: its chief still reads it, with its Markdown.
    const kept = ok<ArticleDetail>(await call('getArticle', { articleId: article.id }, chief));
    expect(kept).toMatchObject({ status: 'withdrawn', markdown: '## 通知\n\n下周一起开展知识产权宣传周活动。' });
  });

  it('counts each signed-in reader once, and a guest not at all', async () => {
    const chief = await world.actor('chief');
    const article = await draft(chief, '## 工作动态\n\n工作站举办专利申请实务培训。');
    ok(await call('publishArticle', { articleId: article.id }, chief));
    const reader = await world.actor('company');
    await call('getArticle', { articleId: article.id }, reader);
    await Promise.all([
      call('getArticle', { articleId: article.id }, reader),
      call('getArticle', { articleId: article.id }, reader),
    ]);
    await call('getArticle', { articleId: article.id }, null);
    const seen = ok<ArticleDetail>(await call('getArticle', { articleId: article.id }, await world.actor('liaison')));
    expect(seen.readCount).toBe(2);
    expect(seen.markdown).toBeUndefined();
  });

  it('leaves the city’s articles to the admins', async () => {
    const refused = await call(
      'saveArticle',
      {
        clientRequestId: newRequestId('art'),
        kind: 'news',
        title: '全市工作动态',
        markdown: '全市工作站开展宣传周活动。',
      },
      await world.actor('chief'),
    );
    failed(refused, 'FORBIDDEN');
    const city = await draft(await world.actor('admin'), '## 全市通知\n\n全市工作站开展宣传周活动。', null);
    expect(city).toMatchObject({ source: '市知识产权公共服务中心' });
    expect(city.stationId).toBeUndefined();
  });
});
