/**
 * Ratings of consultations (archive.rateRecord / getRating / listRatings / myRatingSummary),
 * through the runtime with a test clock: one rating per consultation whoever of the company taps
 * and however often, edits for 24 h and then a lock, the consultant's counters moved with each
 * rating (an edit by its difference), the chief told of a low rating exactly once, and who may
 * rate at all.
 */
import type { Rating } from '../../core/contract';
import type { Store, TxStore } from '../../core/ports';
import { HOUR_MS, MINUTE_MS } from '../../core/rules/time';
import type { ConsultantStatsDoc, ConsultationRecordDoc, RatingDoc } from '../../core/store/docs';
import type { CollectionName } from '../../core/store/schema';
import { ensureStats, ratingsQuery, saveRating } from '../../cloudfunctions/archive/ratings';
import { seedRecord } from '../support/archive-seed';
import { failed, ok } from '../support/envelope';
import { createWorld, seedCompany, seedMember, type Actor, type World } from '../support/world';

let world: World;
beforeAll(async () => {
  world = await createWorld();
});
afterAll(() => world.close());

const now = () => world.clock.now();
const archive = (action: string, input: Record<string, unknown>, actor: Actor | null) =>
  world.run('archive', { action, ...input }, actor);

let stationSeq = 0;

/**
 * A station of its own per test (the ratings, counters and chiefs of one test cannot meet
 * another's): its chief, two consultants, a company with two staff, and another company.
 */
async function scene() {
  const stationId = `st-rating-${++stationSeq}`;
  const chief = await seedMember(world.store, now(), 'chief', { stationId }, '钱站长');
  const expert = await seedMember(world.store, now(), 'expert', { stationId }, '赵专家');
  const liaison = await seedMember(world.store, now(), 'liaison', { stationId }, '孙联络');
  const companyId = await seedCompany(world.store, now(), stationId);
  const booker = await seedMember(world.store, now(), 'company', { companyId }, '张经理');
  const colleague = await seedMember(world.store, now(), 'company', { companyId }, '李助理');
  const otherCompanyId = await seedCompany(world.store, now(), stationId);
  const stranger = await seedMember(world.store, now(), 'company', { companyId: otherCompanyId }, '外企业');
  const record = (consultant: Actor = expert, overrides: Partial<ConsultationRecordDoc> = {}) =>
    seedRecord(world.store, now(), stationId, companyId, {
      consultantId: consultant.userId,
      consultantName: consultant === expert ? '赵专家' : '孙联络',
      ...overrides,
    });
  return { stationId, chief, expert, liaison, companyId, booker, colleague, stranger, record };
}

const rate = (recordId: string, actor: Actor | null, stars: number, extra: Record<string, unknown> = {}) =>
  archive('rateRecord', { recordId, stars, ...extra }, actor);

const ratingsOf = (recordId: string) => world.store.find<RatingDoc>('ratings', { where: { recordId } });
const statsOf = (stationId: string, consultantId: string) =>
  world.store.get<ConsultantStatsDoc>('consultant_stats', `${stationId}:${consultantId}`);
const lowNotices = (userId: string) => world.store.find('notifications', { where: { userId, kind: 'rating.low' } });

const WRITTEN: CollectionName[] = ['ratings', 'consultant_stats', 'notifications', 'audit_log'];
async function writtenCounts(): Promise<Record<string, number>> {
  return Object.fromEntries(await Promise.all(WRITTEN.map(async (c) => [c, await world.store.count(c)] as const)));
}

describe('giving a rating (archive.rateRecord)', () => {
  it("the company's booker rates a consultation: stars, tags, comment; the counters count it", async () => {
    const s = await scene();
    const recordId = await s.record();
    const rating = ok<Rating>(
      await rate(recordId, s.booker, 5, { tags: ['professional', 'solved'], comment: '  讲解很清楚，问题解决了  ' }),
    );
    expect(rating).toEqual({
      id: `rating:${recordId}`,
      recordId,
      stationId: s.stationId,
      stationName: '测试站点',
      companyId: s.companyId,
      companyName: `测试企业${s.companyId}`,
      consultantId: s.expert.userId,
      consultantName: '赵专家',
      consultedAt: now() - HOUR_MS,
      category: 'consulting',
      stars: 5,
      tags: ['professional', 'solved'],
      comment: '讲解很清楚，问题解决了',
      ratedByName: '张经理',
      ratedAt: now(),
      updatedAt: now(),
      edited: false,
      editableUntil: now() + 24 * HOUR_MS,
      locked: false,
    });
    expect(await statsOf(s.stationId, s.expert.userId)).toMatchObject({ sum: 5, count: 1, consultantName: '赵专家' });
    const [audit] = await world.store.find('audit_log', { where: { targetId: rating.id } });
    expect(audit).toMatchObject({ event: 'archive.rateRecord:create', actorId: s.booker.userId });
  });

  it('one rating per consultation when the company double-taps: concurrent calls leave one rating, counted once', async () => {
    const s = await scene();
    const recordId = await s.record();
    const replies = await Promise.all([5, 4, 5, 3, 5, 4].map((stars) => rate(recordId, s.booker, stars)));
    for (const r of replies) expect(r.ok).toBe(true);
    const docs = await ratingsOf(recordId);
    expect(docs).toHaveLength(1);
    expect(await statsOf(s.stationId, s.expert.userId)).toMatchObject({ sum: docs[0]!.stars, count: 1 });
  });

  it('one rating per consultation across two staff of the company: the second changes the first', async () => {
    const s = await scene();
    const recordId = await s.record();
    const [a, b] = await Promise.all([rate(recordId, s.booker, 5), rate(recordId, s.colleague, 3)]);
    expect(a.ok && b.ok).toBe(true);
    const docs = await ratingsOf(recordId);
    expect(docs).toHaveLength(1);
    expect(await statsOf(s.stationId, s.expert.userId)).toMatchObject({ sum: docs[0]!.stars, count: 1 });

    // One after the other: the colleague's rating replaces the booker's (edited), still one.
    ok(await rate(recordId, s.booker, 4, { comment: '还不错' }));
    const changed = ok<Rating>(await rate(recordId, s.colleague, 2, { comment: '后来发现没解决' }));
    expect(changed).toMatchObject({ stars: 2, edited: true, comment: '后来发现没解决' });
    expect(await ratingsOf(recordId)).toHaveLength(1);
    expect(await statsOf(s.stationId, s.expert.userId)).toMatchObject({ sum: 2, count: 1 });
  });

  it('a company that lost the race to give the first rating (CloudBase) changes the winner’s instead', async () => {
    const s = await scene();
    const recordId = await s.record();
    const record = (await world.store.get<ConsultationRecordDoc>('consultation_records', recordId))!;
    await ensureStats(world.store, record);
    const caller = { userId: s.booker.userId, displayName: '张经理', memberships: [], acting: null };
    // The winner's rating lands between our read (which saw none) and our insert.
    ok(await rate(recordId, s.colleague, 5));
    let hidden = true;
    const racing: Store = {
      ...world.store,
      get: world.store.get.bind(world.store),
      find: world.store.find.bind(world.store),
      count: world.store.count.bind(world.store),
      insert: world.store.insert.bind(world.store),
      update: world.store.update.bind(world.store),
      remove: world.store.remove.bind(world.store),
      transaction: (work) =>
        world.store.transaction((tx) => {
          const blind: TxStore = {
            get: async (c, id) => {
              if (c === 'ratings' && hidden) {
                hidden = false;
                return null;
              }
              return tx.get(c, id);
            },
            insert: (c, d) => tx.insert(c, d),
            updateById: (c, id, p) => tx.updateById(c, id, p),
            removeById: (c, id) => tx.removeById(c, id),
          };
          return work(blind);
        }),
    };
    const saved = await saveRating(racing, record, { stars: 3, tags: [], comment: '' }, caller, now());
    expect(saved.before).toMatchObject({ stars: 5 });
    expect(saved.after).toMatchObject({ stars: 3, edits: 1 });
    expect(await ratingsOf(recordId)).toHaveLength(1);
    expect(await statsOf(s.stationId, s.expert.userId)).toMatchObject({ sum: 3, count: 1 });
  });

  it('an edit within 24 h changes the average by the difference', async () => {
    const s = await scene();
    const [first, second, third] = [await s.record(), await s.record(), await s.record()];
    ok(await rate(first, s.booker, 5));
    ok(await rate(second, s.booker, 4));
    ok(await rate(third, s.colleague, 4));
    const summary = async () =>
      ok<{ average: number | null; count: number }>(await archive('myRatingSummary', {}, s.expert));
    expect(await summary()).toMatchObject({ average: 4.3, count: 3 });

    world.clock.advance(23 * HOUR_MS + 59 * MINUTE_MS);
    const edited = ok<Rating>(await rate(second, s.colleague, 1, { tags: ['unsolved'], comment: '没有解决' }));
    expect(edited).toMatchObject({ stars: 1, edited: true, ratedByName: '张经理', locked: false });
    expect(await summary()).toMatchObject({ average: 3.3, count: 3 });
    expect(await statsOf(s.stationId, s.expert.userId)).toMatchObject({ sum: 10, count: 3 });
    const audits = await world.store.find('audit_log', { where: { targetId: `rating:${second}` } });
    expect(audits.map((a) => a.event).sort()).toEqual(['archive.rateRecord:create', 'archive.rateRecord:edit']);
    expect(audits.find((a) => a.event === 'archive.rateRecord:edit')).toMatchObject({
      detail: { from: 4, stars: 1 },
    });
  });

  it('after 24 h the rating is locked: CONFLICT in Chinese, rating and counters unchanged', async () => {
    const s = await scene();
    const recordId = await s.record();
    ok(await rate(recordId, s.booker, 4, { comment: '不错' }));
    world.clock.advance(24 * HOUR_MS);
    const before = { docs: await ratingsOf(recordId), stats: await statsOf(s.stationId, s.expert.userId) };
    const counts = await writtenCounts();
    const error = failed(await rate(recordId, s.booker, 1, { comment: '改主意了' }), 'CONFLICT');
    expect(error.message).toBe('评价已超过24小时，不能再修改');
    failed(await rate(recordId, s.colleague, 4, { comment: '不错' }), 'CONFLICT');
    expect(await ratingsOf(recordId)).toEqual(before.docs);
    expect(await statsOf(s.stationId, s.expert.userId)).toEqual(before.stats);
    expect(await writtenCounts()).toEqual(counts);

    const shown = ok<{ rating: Rating; canRate: boolean }>(await archive('getRating', { recordId }, s.booker));
    expect(shown).toMatchObject({ canRate: false, rating: { stars: 4, locked: true } });
  });

  it('a rating of 2 or less tells the chief to follow up, exactly once per rating', async () => {
    const s = await scene();
    const secondChief = await seedMember(world.store, now(), 'chief', { stationId: s.stationId }, '周站长');
    const low = await s.record();
    await Promise.all([rate(low, s.booker, 2, { comment: '答复太笼统' }), rate(low, s.booker, 2)]);
    const [notice] = await lowNotices(s.chief.userId);
    expect(await lowNotices(s.chief.userId)).toHaveLength(1);
    expect(await lowNotices(secondChief.userId)).toHaveLength(1);
    expect(notice).toMatchObject({
      title: '收到低分评价，请跟进',
      body: expect.stringMatching(/^测试企业.+对赵专家（\d+月\d+日 \d\d:\d\d）的咨询评价为 2 星/),
      link: `/packages/consult/pages/record/index?recordId=${encodeURIComponent(low)}`,
      read: false,
    });
    // Lower, higher, low again: still the one notice.
    ok(await rate(low, s.booker, 1));
    ok(await rate(low, s.booker, 5));
    ok(await rate(low, s.colleague, 2));
    expect(await lowNotices(s.chief.userId)).toHaveLength(1);

    // A good rating tells nobody; an edit that lowers it to 2 does, once.
    const good = await s.record();
    ok(await rate(good, s.booker, 4));
    expect(await lowNotices(s.chief.userId)).toHaveLength(1);
    await Promise.all([rate(good, s.booker, 2), rate(good, s.colleague, 1)]);
    ok(await rate(good, s.booker, 2, { comment: '再想想还是不满意' }));
    expect(await lowNotices(s.chief.userId)).toHaveLength(2);
    // The consultant and the company are not told.
    expect(await lowNotices(s.expert.userId)).toHaveLength(0);
    expect(await lowNotices(s.booker.userId)).toHaveLength(0);
  });

  it('only the record’s company rates: consultants, the chief, an admin and another company are refused; nothing written', async () => {
    const s = await scene();
    const recordId = await s.record();
    const admin = await seedMember(world.store, now(), 'admin', {});
    const counts = await writtenCounts();
    for (const who of [s.expert, s.liaison, s.chief, admin]) {
      const error = failed(await rate(recordId, who, 5), 'FORBIDDEN');
      expect(error.message).toBe('此操作需要企业用户身份，请在"我的"页面切换身份');
    }
    failed(await rate(recordId, s.stranger, 1), 'FORBIDDEN');
    failed(await rate('walkin:nobody', s.booker, 5), 'NOT_FOUND');
    failed(await rate(recordId, null, 5), 'UNAUTHENTICATED');
    expect(await writtenCounts()).toEqual(counts);

    // Once given, the consultant and the chief still cannot change it.
    ok(await rate(recordId, s.booker, 3));
    failed(await rate(recordId, s.expert, 5), 'FORBIDDEN');
    failed(await rate(recordId, s.chief, 5), 'FORBIDDEN');
    expect((await ratingsOf(recordId))[0]).toMatchObject({ stars: 3 });
  });
});

describe('reading ratings', () => {
  it('getRating: the company may rate until it is locked; station staff read it, another company cannot', async () => {
    const s = await scene();
    const recordId = await s.record();
    expect(ok(await archive('getRating', { recordId }, s.booker))).toEqual({ rating: null, canRate: true });
    expect(ok(await archive('getRating', { recordId }, s.chief))).toEqual({ rating: null, canRate: false });
    ok(await rate(recordId, s.colleague, 5, { tags: ['timely'] }));
    const asCompany = ok<{ rating: Rating; canRate: boolean }>(await archive('getRating', { recordId }, s.booker));
    expect(asCompany).toMatchObject({ canRate: true, rating: { stars: 5, tags: ['timely'], ratedByName: '李助理' } });
    for (const who of [s.chief, s.liaison, s.expert]) {
      const seen = ok<{ rating: Rating; canRate: boolean }>(await archive('getRating', { recordId }, who));
      expect(seen).toMatchObject({ canRate: false, rating: { stars: 5 } });
    }
    failed(await archive('getRating', { recordId }, s.stranger), 'FORBIDDEN');
    failed(await archive('getRating', { recordId: 'walkin:nobody' }, s.booker), 'NOT_FOUND');
  });

  it("myRatingSummary: the consultant's own average (one decimal), count and latest ratings, page by page", async () => {
    const s = await scene();
    expect(ok(await archive('myRatingSummary', {}, s.expert))).toEqual({
      items: [],
      total: 0,
      page: 1,
      pageSize: 20,
      average: null,
      count: 0,
    });
    const given: string[] = [];
    for (const stars of [5, 4, 4, 3, 5]) {
      const recordId = await s.record();
      ok(await rate(recordId, s.booker, stars, { comment: `评价${stars}星` }));
      given.push(recordId);
      world.clock.advance(MINUTE_MS);
    }
    const theirs = await s.record(s.liaison);
    ok(await rate(theirs, s.booker, 1));

    const first = ok<{ items: Rating[]; total: number; average: number; count: number }>(
      await archive('myRatingSummary', { pageSize: 2 }, s.expert),
    );
    expect(first).toMatchObject({ average: 4.2, count: 5, total: 5 });
    expect(first.items.map((r) => r.recordId)).toEqual([given[4], given[3]]);
    const last = ok<{ items: Rating[] }>(await archive('myRatingSummary', { page: 3, pageSize: 2 }, s.expert));
    expect(last.items.map((r) => r.comment)).toEqual(['评价5星']);
    expect(ok(await archive('myRatingSummary', {}, s.liaison))).toMatchObject({ average: 1, count: 1, total: 1 });
    // The chief consults too: none of their own yet.
    expect(ok(await archive('myRatingSummary', {}, s.chief))).toMatchObject({ average: null, count: 0 });
    failed(await archive('myRatingSummary', {}, s.booker), 'FORBIDDEN');
  });

  it("listRatings: the chief sees the station's ratings, one consultant's or the low ones, and every average", async () => {
    const s = await scene();
    const a = await s.record();
    const b = await s.record();
    const c = await s.record(s.liaison);
    ok(await rate(a, s.booker, 5));
    world.clock.advance(MINUTE_MS);
    ok(await rate(b, s.booker, 2, { comment: '没解决' }));
    world.clock.advance(MINUTE_MS);
    ok(await rate(c, s.colleague, 4));

    type Listed = {
      items: Rating[];
      total: number;
      average: number;
      count: number;
      consultants: Array<{ consultantName: string; average: number; count: number }>;
    };
    const all = ok<Listed>(await archive('listRatings', { stationId: s.stationId }, s.chief));
    expect(all.items.map((r) => r.recordId)).toEqual([c, b, a]);
    expect(all).toMatchObject({ total: 3, average: 3.7, count: 3 });
    expect(all.consultants).toEqual([
      { consultantId: s.liaison.userId, consultantName: '孙联络', average: 4, count: 1 },
      { consultantId: s.expert.userId, consultantName: '赵专家', average: 3.5, count: 2 },
    ]);
    const low = ok<Listed>(await archive('listRatings', { stationId: s.stationId, lowOnly: true }, s.chief));
    expect(low.items.map((r) => r.recordId)).toEqual([b]);
    const one = ok<Listed>(
      await archive('listRatings', { stationId: s.stationId, consultantId: s.liaison.userId }, s.chief),
    );
    expect(one.items.map((r) => r.recordId)).toEqual([c]);

    const otherChief = await seedMember(world.store, now(), 'chief', { stationId: `${s.stationId}-x` });
    failed(await archive('listRatings', { stationId: s.stationId }, otherChief), 'FORBIDDEN');
    failed(await archive('listRatings', { stationId: s.stationId }, s.expert), 'FORBIDDEN');
  });

  it('every ratings list is served by a declared index', () => {
    const shapes = [
      [{ stationId: 's' }, 'stationId_ratedAt_desc'],
      [{ stationId: 's', consultantId: 'u' }, 'stationId_consultantId_ratedAt_desc'],
      [{ stationId: 's', lowOnly: true }, 'stationId_low_ratedAt_desc'],
      [{ stationId: 's', consultantId: 'u', lowOnly: true }, 'stationId_consultantId_low_ratedAt_desc'],
    ] as const;
    for (const [shape, index] of shapes) {
      const plan = world.store.queryPlan('ratings', { ...ratingsQuery(shape), limit: 20 }).join('\n');
      // Only ties on ratedAt are sorted by id afterwards ("LAST TERM OF ORDER BY"): the index gives the order.
      expect([shape, plan]).toEqual([
        shape,
        expect.stringMatching(new RegExp(`SEARCH ratings USING INDEX ix_ratings_${index}__id `)),
      ]);
      expect(plan).not.toMatch(/TEMP B-TREE FOR ORDER BY/);
    }
    const stats = world.store.queryPlan('consultant_stats', {
      where: { stationId: 's' },
      orderBy: [['consultantName', 'asc']],
    });
    expect(stats.join('\n')).toMatch(
      /SEARCH consultant_stats USING INDEX ix_consultant_stats_stationId_consultantName/,
    );
  });
});
