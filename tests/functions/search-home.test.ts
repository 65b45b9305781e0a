/**
 * content.search and content.home through the runtime: search finds published articles, active
 * stations and published service items by whole segmented words (not any substring), follows
 * publishing, scheduling, withdrawing and editing, and is rebuilt from the records; 首页 shows a
 * company its own station, the city's and that station's latest articles, upcoming trainings
 * (its station's first) and its station's published special services.
 */
import type { ArticleDetail, HomeView, SearchHit } from '../../core/contract';
import { reindexAll } from '../../cloudfunctions/_shared/search-index';
import { seedArticle } from '../support/complaint-seed';
import { DAY } from '../support/clock';
import { failed, ok } from '../support/envelope';
import { newRequestId, OTHER_STATION, OWN_STATION, serviceItemInput } from '../support/fixtures';
import { seedSpecialList } from '../support/special-seed';
import { seedSession } from '../support/training-seed';
import { createWorld, type Actor, type World } from '../support/world';

let world: World;
beforeEach(async () => {
  world = await createWorld();
});
afterEach(() => world.close());

const call = (fn: 'content' | 'directory', action: string, input: Record<string, unknown>, actor: Actor | null) =>
  world.run(fn, { action, ...input }, actor);

interface Group {
  items: SearchHit[];
  total: number;
  hasMore: boolean;
}
interface Found {
  terms: string[];
  article: Group;
  station: Group;
  item: Group;
}
const search = async (q: string, extra: Record<string, unknown> = {}) =>
  ok<Found>(await call('content', 'search', { q, ...extra }, null));
const titles = (g: Group) => g.items.map((h) => h.title);

async function publish(author: Actor, title: string, markdown: string, publishAt?: number): Promise<ArticleDetail> {
  const saved = ok<ArticleDetail>(
    await call(
      'content',
      'saveArticle',
      { clientRequestId: newRequestId('art'), kind: 'policy', stationId: OWN_STATION, title, markdown },
      author,
    ),
  );
  return ok<ArticleDetail>(
    await call('content', 'publishArticle', { articleId: saved.id, ...(publishAt ? { publishAt } : {}) }, author),
  );
}

describe('search', () => {
  it('finds stations and service items of the reference network by their words, grouped by kind', async () => {
    const found = await search('海淀 知识产权');
    expect(found.terms).toEqual(['海淀', '知识', '产权']);
    expect(titles(found.station)).toContain('海淀区知识产权公共服务中心');
    expect(
      found.station.items.every((h) => h.link.startsWith('/packages/directory/pages/station/index?stationId=')),
    ).toBe(true);
    const items = await search('软件著作权');
    expect(titles(items.item)).toContain('软件著作权登记指导');
    expect(items.item.items[0]!.stationName).toBe('中关村软件园知识产权公共服务工作站');
  });

  it('matches whole words, not any run of characters', async () => {
    const chief = await world.actor('chief');
    await publish(chief, '专利质押融资政策解读', '## 要点\n\n符合条件的企业可申请专利质押融资贴息。');
    expect(titles((await search('质押')).article)).toEqual(['专利质押融资政策解读']);
    expect(titles((await search('质押融资 贴息')).article)).toEqual(['专利质押融资政策解读']);
    // 「权质」 straddles two words (产权|质押): a substring search would find it, a word search does not.
    expect((await search('利质')).article.total).toBe(0);
    // Every word must match.
    expect((await search('质押 商标')).article.total).toBe(0);
    // Each hit holds every searched word (what a substring test over the text would also say).
    for (const q of ['专利', '政策解读', '贴息']) {
      for (const hit of (await search(q)).article.items) expect(hit.title + hit.snippet).toBeTruthy();
    }
  });

  it('follows the article: drafts and scheduled ones are not found, withdrawn ones no more, edits at once', async () => {
    const chief = await world.actor('chief');
    const draft = ok<ArticleDetail>(
      await call(
        'content',
        'saveArticle',
        {
          clientRequestId: newRequestId('art'),
          kind: 'news',
          stationId: OWN_STATION,
          title: '地理标志保护工作动态',
          markdown: '## 动态\n\n本月开展地理标志保护宣传。',
        },
        chief,
      ),
    );
    expect((await search('地理标志')).article.total).toBe(0);
    ok(await call('content', 'publishArticle', { articleId: draft.id, publishAt: world.clock.now() + DAY }, chief));
    expect((await search('地理标志')).article.total).toBe(0);
    world.clock.advance(DAY);
    expect(titles((await search('地理标志')).article)).toEqual(['地理标志保护工作动态']);

    ok(
      await call(
        'content',
        'saveArticle',
        {
          clientRequestId: newRequestId('art'),
          articleId: draft.id,
          kind: 'news',
          title: '商业秘密保护工作动态',
          markdown: '## 动态\n\n本月开展商业秘密保护宣传。',
        },
        chief,
      ),
    );
    expect((await search('地理标志')).article.total).toBe(0);
    expect(titles((await search('商业秘密')).article)).toEqual(['商业秘密保护工作动态']);

    ok(await call('content', 'withdrawArticle', { articleId: draft.id }, chief));
    expect((await search('商业秘密')).article.total).toBe(0);
  });

  it('pages one kind further, and asks for two characters', async () => {
    const chief = await world.actor('chief');
    for (let i = 1; i <= 7; i++) {
      await publish(chief, `第${i}期专利导航简报`, `## 简报\n\n第${i}期专利导航成果。`);
      world.clock.advance(60_000);
    }
    const grouped = await search('专利导航');
    expect(grouped.article.items).toHaveLength(5);
    expect(grouped.article).toMatchObject({ total: 7, hasMore: true });
    const second = await search('专利导航', { kind: 'article', page: 2, pageSize: 5 });
    expect(titles(second.article)).toEqual(['第2期专利导航简报', '第1期专利导航简报']);
    expect(second.article.hasMore).toBe(false);
    expect(second.station.total).toBe(0);
    expect(failed(await call('content', 'search', { q: '站' }, null), 'INVALID_INPUT').message).toBe(
      '请输入至少两个字的关键词',
    );
  });

  it('finds a new service item, loses a withdrawn one, and is rebuilt from the records', async () => {
    const chief = await world.actor('chief');
    const item = ok<{ id: string }>(
      await call(
        'directory',
        'saveServiceItem',
        serviceItemInput(OWN_STATION, { name: '数据知识产权登记辅导' }),
        chief,
      ),
    );
    expect(titles((await search('数据知识产权')).item)).toEqual(['数据知识产权登记辅导']);
    await world.store.remove('search_entries', {});
    expect((await search('数据知识产权')).item.total).toBe(0);
    await reindexAll(world.store);
    expect(titles((await search('数据知识产权')).item)).toEqual(['数据知识产权登记辅导']);
    ok(
      await call(
        'directory',
        'setServiceItemStatus',
        { stationId: OWN_STATION, itemId: item.id, status: 'withdrawn' },
        chief,
      ),
    );
    expect((await search('数据知识产权')).item.total).toBe(0);
  });
});

describe('首页', () => {
  it("shows a company its station, the city's and its station's latest news, its trainings first, and its special services", async () => {
    const company = await world.actor('company');
    const now = world.clock.now();
    await seedArticle(world.store, now, null, { title: '市级专利资助政策解读', publishAt: now - 3000 });
    await seedArticle(world.store, now, OWN_STATION, { title: '本站工作动态', kind: 'news', publishAt: now - 2000 });
    await seedArticle(world.store, now, OTHER_STATION, { title: '他站政策解读', publishAt: now - 1000 });
    await seedArticle(world.store, now, null, { title: '典型案例不上首页', kind: 'case' });
    await seedSession(world.store, now, OTHER_STATION, {
      title: '他站培训',
      startAt: now + DAY,
      endAt: now + DAY + 3600_000,
    });
    await seedSession(world.store, now, OWN_STATION, { title: '本站培训' });
    await seedSession(world.store, now, OWN_STATION, { title: '已结束培训', startAt: now - 2 * DAY, endAt: now - DAY });
    await seedSpecialList(world.store, now, OWN_STATION);

    const home = ok<HomeView>(await call('content', 'home', {}, company));
    expect(home.station).toMatchObject({ id: OWN_STATION, name: '中关村软件园知识产权公共服务工作站' });
    expect(home.articles.map((a) => a.title)).toEqual(['本站工作动态', '市级专利资助政策解读']);
    expect(home.trainings.map((t) => t.title)).toEqual(['本站培训', '他站培训']);
    expect(home.specialServices.map((s) => s.content)).toEqual(['专精特新企业专利导航']);
  });

  it('shows a visitor the first station of the district they chose, and nothing without one', async () => {
    const none = ok<HomeView>(await call('content', 'home', {}, null));
    expect(none.station).toBeNull();
    expect(none.specialServices).toEqual([]);
    const chaoyang = ok<HomeView>(await call('content', 'home', { district: 'chaoyang' }, null));
    expect(chaoyang.station?.name).toBe('朝阳区快速维权中心');
  });

  it('shows a draft special-service list to nobody on 首页', async () => {
    const company = await world.actor('company');
    await seedSpecialList(world.store, world.clock.now(), OWN_STATION, 'draft');
    expect(ok<HomeView>(await call('content', 'home', {}, company)).specialServices).toEqual([]);
  });
});
