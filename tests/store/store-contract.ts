/**
 * The Store contract: what every adapter (SQLite on the host, CloudBase, fakes) must do, asserted
 * through the port only. An adapter's test file calls describeStoreContract with a factory that
 * returns a fresh, empty store; each test gets its own.
 *
 * Portability notes: documents in `companies` always carry both unique fields (joinCode,
 * creditCode), because CloudBase counts a missing field as null in a unique index.
 */
import { AppError } from '../../core/errors';
import type { Doc, Store } from '../../core/ports';
import type { Where } from '../../core/store/query';
import type { CollectionName } from '../../core/store/schema';
import { deferred } from '../support/deferred';

export type OpenStore = () => Promise<{ store: Store; close: () => Promise<void> }>;

/** One turn of the event loop: lets anything already runnable run. Not a timer. */
const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** The rejection of `p` (fails the test if it resolves). */
async function rejection(p: Promise<unknown>): Promise<unknown> {
  return p.then(
    (value) => {
      throw new Error(`expected a rejection, got ${JSON.stringify(value)}`);
    },
    (e: unknown) => e,
  );
}

async function expectConflict(p: Promise<unknown>): Promise<void> {
  const e = await rejection(p);
  expect(e).toBeInstanceOf(AppError);
  expect((e as AppError).code).toBe('CONFLICT');
}

const ids = (docs: Doc[]): string[] => docs.map((d) => d._id);
const sortedIds = (docs: Doc[]): string[] => ids(docs).sort();

const company = (id: string, extra: Record<string, unknown> = {}) => ({
  _id: id,
  joinCode: `J-${id}`,
  creditCode: `C-${id}`,
  name: `公司 ${id}`,
  ...extra,
});

/** Five platforms covering strings, numbers, booleans, null, missing fields and nested objects. */
const PLATFORMS = [
  { _id: 'p1', name: 'a', order: 1, kind: 'x', active: true, score: 10, meta: { level: 2, tag: 't1' } },
  { _id: 'p2', name: 'b', order: 2, kind: 'y', active: false, score: 20, meta: { level: 1, tag: 't2' } },
  { _id: 'p3', name: 'c', order: 3, kind: 'x', active: true, note: null, meta: { level: 3 } },
  { _id: 'p4', name: 'd', order: 4, kind: 'y', active: false, score: 5, note: 'n' },
  // Same values as p1 but of other JSON types: a number 1 is not `true`, a string '10' is not 10.
  { _id: 'p5', name: 'e', order: 5, kind: 'z', active: 1, score: '10' },
];

/** [what it shows, filter, the ids it must match]. */
const FILTER_CASES: Array<[string, Where, string[]]> = [
  ['string equality', { kind: 'x' }, ['p1', 'p3']],
  ['number equality', { order: 2 }, ['p2']],
  ['boolean true', { active: true }, ['p1', 'p3']],
  ['boolean false', { active: false }, ['p2', 'p4']],
  ['number 1 is not true', { active: 1 }, ['p5']],
  ['string "10" is not 10', { score: '10' }, ['p5']],
  ['number 10 is not "10"', { score: 10 }, ['p1']],
  ['null matches null and missing', { note: null }, ['p1', 'p2', 'p3', 'p5']],
  ['null matches missing', { score: null }, ['p3']],
  ['$eq null', { note: { $eq: null } }, ['p1', 'p2', 'p3', 'p5']],
  ['$eq string', { kind: { $eq: 'y' } }, ['p2', 'p4']],
  ['$ne string', { kind: { $ne: 'x' } }, ['p2', 'p4', 'p5']],
  ['$ne null: present and not null', { note: { $ne: null } }, ['p4']],
  ['$ne matches missing', { score: { $ne: 10 } }, ['p2', 'p3', 'p4', 'p5']],
  ['$ne false', { active: { $ne: false } }, ['p1', 'p3', 'p5']],
  ['$in strings', { kind: { $in: ['x', 'z'] } }, ['p1', 'p3', 'p5']],
  ['$in with null', { score: { $in: [5, null] } }, ['p3', 'p4']],
  ['$in mixed types', { score: { $in: [20, '10'] } }, ['p2', 'p5']],
  ['$in empty', { kind: { $in: [] } }, []],
  ['$nin', { kind: { $nin: ['x'] } }, ['p2', 'p4', 'p5']],
  ['$nin matches missing', { score: { $nin: [10, 20] } }, ['p3', 'p4', 'p5']],
  ['$nin empty', { kind: { $nin: [] } }, ['p1', 'p2', 'p3', 'p4', 'p5']],
  ['number range', { score: { $gt: 5, $lte: 20 } }, ['p1', 'p2']],
  ['$lt skips missing and strings', { score: { $lt: 10 } }, ['p4']],
  ['$gte on numbers', { score: { $gte: 10 } }, ['p1', 'p2']],
  ['string range', { name: { $gte: 'b', $lt: 'd' } }, ['p2', 'p3']],
  ['string range skips numbers', { score: { $gte: '0' } }, ['p5']],
  ['dotted equality', { 'meta.level': 2 }, ['p1']],
  ['dotted range', { 'meta.level': { $gte: 2 } }, ['p1', 'p3']],
  ['dotted null', { 'meta.tag': null }, ['p3', 'p4', 'p5']],
  ['fields are ANDed', { kind: 'x', active: true, order: { $gt: 1 } }, ['p3']],
  ['$or', { $or: [{ kind: 'z' }, { order: 1 }] }, ['p1', 'p5']],
  ['$and', { $and: [{ kind: 'x' }, { order: { $gt: 1 } }] }, ['p3']],
  [
    '$or nesting $and, beside a field',
    { kind: 'y', $or: [{ score: { $gt: 10 } }, { $and: [{ note: 'n' }, { active: false }] }] },
    ['p2', 'p4'],
  ],
  ['$or empty matches nothing', { $or: [] }, []],
  ['_id equality', { _id: 'p2' }, ['p2']],
  ['_id $in', { _id: { $in: ['p1', 'p3', 'nope'] } }, ['p1', 'p3']],
  ['_id $ne', { _id: { $ne: 'p1' } }, ['p2', 'p3', 'p4', 'p5']],
  ['_id $nin', { _id: { $nin: ['p1', 'p2'] } }, ['p3', 'p4', 'p5']],
  ['_id range', { _id: { $gt: 'p3' } }, ['p4', 'p5']],
  ['a value is never SQL', { name: "x' OR '1'='1" }, []],
  ['empty filter', {}, ['p1', 'p2', 'p3', 'p4', 'p5']],
];

const INJECTION = "a') OR 1=1 --";

/** Consultation texts for `$contains`: mixed case, Chinese, characters LIKE and regexes treat specially. */
const TEXTS = [
  { _id: 't1', station: 's1', summary: '咨询PCT国际申请的流程', answer: '建议先提交中国专利申请' },
  { _id: 't2', station: 's1', summary: '商标被抢注怎么办', answer: '可提出商标异议，Pct 不适用' },
  { _id: 't3', station: 's2', summary: '费用减缴 50%_以上', answer: '符合条件可减缴 85%' },
  { _id: 't4', station: 's2', summary: 'a.b 不是 axb', answer: 12345, note: '(c)[d]' },
  { _id: 't5', station: 's1', summary: null },
];

/** [what it shows, filter, the ids it must match]. */
const CONTAINS_CASES: Array<[string, Where, string[]]> = [
  ['a substring anywhere, case-insensitive (ASCII)', { summary: { $contains: 'pct' } }, ['t1']],
  ['upper-case needle finds lower- and mixed-case text', { answer: { $contains: 'PCT' } }, ['t2']],
  ['Chinese substring', { summary: { $contains: '抢注' } }, ['t2']],
  ['LIKE wildcards are literal', { summary: { $contains: '%_' } }, ['t3']],
  ['a dot is literal, not "any character"', { summary: { $contains: 'a.b' } }, ['t4']],
  ['regex brackets are literal', { note: { $contains: '(c)[d]' } }, ['t4']],
  ['never matches a number', { answer: { $contains: '234' } }, []],
  ['never matches null or a missing field', { note: { $contains: '' } }, ['t4']],
  ['the empty string matches every string', { summary: { $contains: '' } }, ['t1', 't2', 't3', 't4']],
  ['beside an equality', { station: 's1', summary: { $contains: '申请' } }, ['t1']],
  [
    'summary OR answer, beside an equality',
    { station: 's1', $or: [{ summary: { $contains: '商标' } }, { answer: { $contains: '商标' } }] },
    ['t2'],
  ],
  ['beside a range on the same field', { summary: { $gte: '商', $contains: '商标' } }, ['t2']],
  ['a value is never SQL', { summary: { $contains: "') OR 1=1 --" } }, []],
];

export function describeStoreContract(label: string, open: OpenStore): void {
  describe(`Store contract: ${label}`, () => {
    let store: Store;
    let close: () => Promise<void>;

    beforeEach(async () => {
      ({ store, close } = await open());
    });
    afterEach(async () => {
      await close();
    });

    const seedPlatforms = async (): Promise<void> => {
      for (const p of PLATFORMS) await store.insert('platforms', p);
    };

    describe('get and insert', () => {
      it('get of a missing id is null', async () => {
        expect(await store.get('platforms', 'missing')).toBeNull();
      });

      it('insert with an id returns it and get returns the document', async () => {
        const doc = { _id: 'pf1', name: '国家知识产权局', order: 1, tags: ['a', 'b'], meta: { open: true } };
        expect(await store.insert('platforms', doc)).toBe('pf1');
        expect(await store.get('platforms', 'pf1')).toEqual(doc);
      });

      it('insert without an id generates distinct URL-safe ids', async () => {
        const made = await Promise.all(Array.from({ length: 50 }, (_, i) => store.insert('platforms', { order: i })));
        expect(new Set(made).size).toBe(50);
        for (const id of made) expect(id).toMatch(/^[A-Za-z0-9_-]{16,}$/);
        expect(await store.get('platforms', made[7])).toEqual({ _id: made[7], order: 7 });
        expect(await store.count('platforms')).toBe(50);
      });

      it('inserting a taken id is CONFLICT and leaves the first document unchanged', async () => {
        await store.insert('platforms', { _id: 'dup', name: 'first' });
        await expectConflict(store.insert('platforms', { _id: 'dup', name: 'second' }));
        expect(await store.get('platforms', 'dup')).toEqual({ _id: 'dup', name: 'first' });
        expect(await store.count('platforms')).toBe(1);
      });

      it('a taken unique field (companies.joinCode) is CONFLICT', async () => {
        await store.insert('companies', company('c1', { joinCode: 'JOIN42' }));
        await expectConflict(store.insert('companies', company('c2', { joinCode: 'JOIN42' })));
        expect(await store.get('companies', 'c2')).toBeNull();
        await store.insert('companies', company('c3', { joinCode: 'JOIN43' }));
        expect(await store.count('companies')).toBe(2);
      });

      it('strings with quotes, JSON and unicode, and every JSON type, round-trip exactly', async () => {
        const tricky = {
          _id: `q'"\\id`,
          quote: `it's "quoted" \\ back\\slash`,
          json: '{"a":1,"b":[true,null]}',
          sql: "'); DROP TABLE platforms; --",
          unicode: '知识产权 ✓ \u0000 end',
          newline: 'line1\nline2\t',
          num: -12.5,
          zero: 0,
          big: 1_700_000_000_000,
          yes: true,
          no: false,
          nothing: null,
          list: [1, 'two', { three: [3] }, null],
          nested: { deep: { deeper: 'x' } },
          empty: { obj: {}, arr: [] as unknown[], str: '' },
        };
        await store.insert('platforms', tricky);
        expect(await store.get('platforms', tricky._id)).toEqual(tricky);
        expect(ids(await store.find('platforms', { where: { json: tricky.json } }))).toEqual([tricky._id]);
        expect(ids(await store.find('platforms', { where: { quote: tricky.quote } }))).toEqual([tricky._id]);
        expect(await store.count('platforms')).toBe(1);
      });
    });

    describe('filters (find and count agree)', () => {
      beforeEach(seedPlatforms);

      it.each(FILTER_CASES)('%s', async (_name, where, expected) => {
        expect(sortedIds(await store.find('platforms', { where }))).toEqual([...expected].sort());
        expect(await store.count('platforms', where)).toBe(expected.length);
      });

      it('count without a filter counts everything', async () => {
        expect(await store.count('platforms')).toBe(PLATFORMS.length);
      });
    });

    describe('text search ($contains)', () => {
      beforeEach(async () => {
        for (const t of TEXTS) await store.insert('consultation_records', t);
      });

      it.each(CONTAINS_CASES)('%s', async (_name, where, expected) => {
        expect(sortedIds(await store.find('consultation_records', { where }))).toEqual([...expected].sort());
        expect(await store.count('consultation_records', where)).toBe(expected.length);
      });

      it('refuses a needle that is not a string', async () => {
        const bad = { summary: { $contains: 5 } } as unknown as Where;
        await expect(store.find('consultation_records', { where: bad })).rejects.toThrow();
      });
    });

    describe('order and pages', () => {
      it('orders by two fields, asc then desc', async () => {
        await seedPlatforms();
        const docs = await store.find('platforms', {
          orderBy: [
            ['kind', 'asc'],
            ['order', 'desc'],
          ],
        });
        expect(ids(docs)).toEqual(['p3', 'p1', 'p4', 'p2', 'p5']);
        const byName = await store.find('platforms', { orderBy: [['name', 'desc']], where: { kind: { $ne: 'z' } } });
        expect(ids(byName)).toEqual(['p4', 'p3', 'p2', 'p1']);
      });

      it('skip/limit pages tile the result with no overlap, even with tied sort keys', async () => {
        await Promise.all(
          Array.from({ length: 25 }, (_, i) =>
            store.insert('platforms', { _id: `d${String(i).padStart(2, '0')}`, rank: i % 4 }),
          ),
        );
        const opts = { orderBy: [['rank', 'asc']] as Array<[string, 'asc' | 'desc']> };
        const all = await store.find('platforms', opts);
        expect(all).toHaveLength(25);
        const pages: Doc[][] = [];
        for (let skip = 0; skip < 25; skip += 7) pages.push(await store.find('platforms', { ...opts, skip, limit: 7 }));
        expect(pages.map((p) => p.length)).toEqual([7, 7, 7, 4]);
        const tiled = pages.flat();
        expect(ids(tiled)).toEqual(ids(all));
        expect(new Set(ids(tiled)).size).toBe(25);
        const ranks = tiled.map((d) => d.rank as number);
        expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
        expect(await store.find('platforms', { ...opts, skip: 25 })).toEqual([]);
      });

      it('limit defaults to 100 and refuses more than 1000', async () => {
        await Promise.all(Array.from({ length: 105 }, (_, i) => store.insert('platforms', { order: i })));
        expect(await store.find('platforms')).toHaveLength(100);
        expect(await store.find('platforms', { limit: 1000 })).toHaveLength(105);
        expect(await store.find('platforms', { limit: 3, orderBy: [['order', 'desc']] })).toEqual([
          expect.objectContaining({ order: 104 }),
          expect.objectContaining({ order: 103 }),
          expect.objectContaining({ order: 102 }),
        ]);
        await expect(store.find('platforms', { limit: 1001 })).rejects.toThrow();
        await expect(store.find('platforms', { limit: 0 })).rejects.toThrow();
        await expect(store.find('platforms', { skip: -1 })).rejects.toThrow();
      });
    });

    describe('update', () => {
      it('applies set, inc and unset together, nested paths included', async () => {
        await store.insert('platforms', { _id: 'u', a: 1, b: { c: 1, d: 2 }, n: 5, gone: 'x' });
        const changed = await store.update(
          'platforms',
          { _id: 'u' },
          {
            set: {
              a: 'now a string',
              'b.c': 9,
              obj: { x: [1, { y: 'z\'"' }], q: null },
              flag: false,
              'new.deep': 'made',
            },
            inc: { n: 2, fresh: 3 },
            unset: ['gone', 'b.d'],
          },
        );
        expect(changed).toBe(1);
        expect(await store.get('platforms', 'u')).toEqual({
          _id: 'u',
          a: 'now a string',
          b: { c: 9 },
          n: 7,
          fresh: 3,
          obj: { x: [1, { y: 'z\'"' }], q: null },
          flag: false,
          new: { deep: 'made' },
        });
      });

      it('set replaces a nested object and inc takes fractions and negatives', async () => {
        await store.insert('platforms', { _id: 'u', contact: { mobile: '1', email: 'e' }, score: 1 });
        await store.update('platforms', { _id: 'u' }, { set: { contact: { mobile: '2' } }, inc: { score: -0.5 } });
        expect(await store.get('platforms', 'u')).toEqual({ _id: 'u', contact: { mobile: '2' }, score: 0.5 });
      });

      it('updates every match and returns the count', async () => {
        await seedPlatforms();
        expect(await store.update('platforms', { kind: 'x' }, { set: { seen: true } })).toBe(2);
        expect(sortedIds(await store.find('platforms', { where: { seen: true } }))).toEqual(['p1', 'p3']);
        expect(await store.update('platforms', { kind: 'none' }, { set: { seen: true } })).toBe(0);
        expect(await store.update('platforms', { _id: 'missing' }, { inc: { n: 1 } })).toBe(0);
      });

      it('a conditional update returns 0 when the condition fails and changes nothing', async () => {
        await store.insert('platforms', { _id: 'cap', taken: 3, cap: 3 });
        expect(await store.update('platforms', { _id: 'cap', taken: { $lt: 3 } }, { inc: { taken: 1 } })).toBe(0);
        expect(await store.get('platforms', 'cap')).toEqual({ _id: 'cap', taken: 3, cap: 3 });
        expect(await store.update('platforms', { _id: 'cap', taken: { $lt: 4 } }, { inc: { taken: 1 } })).toBe(1);
        expect(await store.get('platforms', 'cap')).toEqual({ _id: 'cap', taken: 4, cap: 3 });
      });

      it('refuses a patch that touches _id', async () => {
        await store.insert('platforms', { _id: 'keep', n: 1 });
        await expect(store.update('platforms', { _id: 'keep' }, { set: { _id: 'other' } })).rejects.toThrow();
        await expect(store.update('platforms', { _id: 'keep' }, { unset: ['_id'] })).rejects.toThrow();
        expect(await store.get('platforms', 'keep')).toEqual({ _id: 'keep', n: 1 });
        expect(await store.get('platforms', 'other')).toBeNull();
      });

      it('an update that takes a unique value is CONFLICT and changes nothing', async () => {
        await store.insert('companies', company('c1', { joinCode: 'A' }));
        await store.insert('companies', company('c2', { joinCode: 'B' }));
        await expectConflict(store.update('companies', { _id: 'c2' }, { set: { joinCode: 'A', name: 'x' } }));
        expect(await store.get('companies', 'c2')).toEqual(company('c2', { joinCode: 'B' }));
      });
    });

    describe('remove', () => {
      it('removes the matches and returns how many', async () => {
        await seedPlatforms();
        expect(await store.remove('platforms', { kind: 'x' })).toBe(2);
        expect(await store.remove('platforms', { kind: 'x' })).toBe(0);
        expect(sortedIds(await store.find('platforms'))).toEqual(['p2', 'p4', 'p5']);
        expect(await store.remove('platforms', { _id: 'p4' })).toBe(1);
        expect(await store.get('platforms', 'p4')).toBeNull();
      });
    });

    describe('field paths are not SQL', () => {
      beforeEach(seedPlatforms);

      it('an injected field path throws and writes nothing', async () => {
        const before = await store.find('platforms', { orderBy: [['order', 'asc']] });
        await expect(store.find('platforms', { where: { [INJECTION]: 1 } })).rejects.toThrow();
        await expect(store.count('platforms', { [INJECTION]: 1 })).rejects.toThrow();
        await expect(store.find('platforms', { orderBy: [[INJECTION, 'asc']] })).rejects.toThrow();
        await expect(store.update('platforms', { [INJECTION]: 1 }, { set: { hacked: true } })).rejects.toThrow();
        await expect(store.update('platforms', {}, { set: { [INJECTION]: true } })).rejects.toThrow();
        await expect(store.update('platforms', {}, { inc: { [INJECTION]: 1 } })).rejects.toThrow();
        await expect(store.update('platforms', {}, { unset: [INJECTION] })).rejects.toThrow();
        await expect(store.remove('platforms', { [INJECTION]: 1 })).rejects.toThrow();
        await expect(store.remove('platforms', { $or: [{ [INJECTION]: 1 }] })).rejects.toThrow();
        expect(await store.find('platforms', { orderBy: [['order', 'asc']] })).toEqual(before);
      });

      it('refuses unknown collections', async () => {
        await expect(store.find('nope' as CollectionName)).rejects.toThrow();
        await expect(store.insert('platforms; --' as CollectionName, { a: 1 })).rejects.toThrow();
      });
    });

    describe('concurrency is settled by the store', () => {
      it('50 concurrent conditional increments: exactly 10 win', async () => {
        await store.insert('platforms', { _id: 'seat', taken: 0 });
        const results = await Promise.all(
          Array.from({ length: 50 }, () =>
            store.update('platforms', { _id: 'seat', taken: { $lt: 10 } }, { inc: { taken: 1 } }),
          ),
        );
        expect(results.filter((n) => n === 1)).toHaveLength(10);
        expect(results.filter((n) => n === 0)).toHaveLength(40);
        expect(await store.get('platforms', 'seat')).toEqual({ _id: 'seat', taken: 10 });
      });

      it('20 concurrent inserts of one id: exactly one wins, the rest are CONFLICT', async () => {
        const settled = await Promise.allSettled(
          Array.from({ length: 20 }, (_, i) => store.insert('invitations', { _id: 'code-1', by: i })),
        );
        const won = settled.filter((s) => s.status === 'fulfilled');
        const lost = settled.filter((s): s is PromiseRejectedResult => s.status === 'rejected');
        expect(won).toHaveLength(1);
        expect(lost).toHaveLength(19);
        for (const l of lost) {
          expect(l.reason).toBeInstanceOf(AppError);
          expect((l.reason as AppError).code).toBe('CONFLICT');
        }
        const winner = settled.findIndex((s) => s.status === 'fulfilled');
        expect(await store.get('invitations', 'code-1')).toEqual({ _id: 'code-1', by: winner });
      });

      it('concurrent read-modify-write transactions do not lose updates', async () => {
        await store.insert('platforms', { _id: 'counter', n: 0 });
        await Promise.all(
          Array.from({ length: 10 }, () =>
            store.transaction(async (tx) => {
              const doc = await tx.get<Doc & { n: number }>('platforms', 'counter');
              await tick();
              await tx.updateById('platforms', 'counter', { set: { n: (doc?.n ?? 0) + 1 } });
            }),
          ),
        );
        expect(await store.get('platforms', 'counter')).toEqual({ _id: 'counter', n: 10 });
      });
    });

    describe('transactions', () => {
      it('commits every operation and returns the work result', async () => {
        await store.insert('platforms', { _id: 'old', n: 1 });
        await store.insert('platforms', { _id: 'bye', n: 1 });
        const result = await store.transaction(async (tx) => {
          expect(await tx.get('platforms', 'old')).toEqual({ _id: 'old', n: 1 });
          await tx.insert('platforms', { _id: 'new', n: 2 });
          expect(await tx.get('platforms', 'new')).toEqual({ _id: 'new', n: 2 });
          expect(await tx.updateById('platforms', 'old', { inc: { n: 10 }, set: { by: 'tx' } })).toBe(true);
          expect(await tx.updateById('platforms', 'missing', { inc: { n: 1 } })).toBe(false);
          expect(await tx.removeById('platforms', 'bye')).toBe(true);
          expect(await tx.removeById('platforms', 'bye')).toBe(false);
          return 'ok';
        });
        expect(result).toBe('ok');
        expect(await store.get('platforms', 'old')).toEqual({ _id: 'old', n: 11, by: 'tx' });
        expect(await store.get('platforms', 'new')).toEqual({ _id: 'new', n: 2 });
        expect(await store.get('platforms', 'bye')).toBeNull();
      });

      it('rolls back everything when the work throws, and rethrows', async () => {
        await store.insert('platforms', { _id: 'old', n: 1 });
        const boom = new Error('boom');
        const e = await rejection(
          store.transaction(async (tx) => {
            await tx.insert('platforms', { _id: 'new', n: 2 });
            await tx.updateById('platforms', 'old', { inc: { n: 1 } });
            await tx.removeById('platforms', 'old');
            throw boom;
          }),
        );
        expect(e).toBe(boom);
        expect(await store.get('platforms', 'new')).toBeNull();
        expect(await store.get('platforms', 'old')).toEqual({ _id: 'old', n: 1 });
        expect(await store.count('platforms')).toBe(1);
      });

      it('tx.insert of a taken id is CONFLICT', async () => {
        await store.insert('invitations', { _id: 'inv', n: 1 });
        await expectConflict(
          store.transaction(async (tx) => {
            await tx.insert('invitations', { _id: 'other', n: 0 });
            await tx.insert('invitations', { _id: 'inv', n: 2 });
          }),
        );
        expect(await store.get('invitations', 'inv')).toEqual({ _id: 'inv', n: 1 });
        expect(await store.get('invitations', 'other')).toBeNull();
      });

      /**
       * Starts a transaction that writes `a`, then pauses (until `proceed`) before writing `b`.
       * Between the two writes the database holds a partial state nobody outside may see.
       */
      const pausedTransaction = (fail: boolean) => {
        const wroteA = deferred();
        const proceed = deferred();
        const done = store.transaction(async (tx) => {
          await tx.insert('platforms', { _id: 'a' });
          wroteA.resolve();
          await proceed.promise;
          await tx.insert('platforms', { _id: 'b' });
          if (fail) throw new Error('rolled back');
          return 'committed';
        });
        return { wroteA: wroteA.promise, proceed: proceed.resolve, done };
      };

      it('an operation issued during a transaction waits and sees the committed result', async () => {
        await store.insert('platforms', { _id: 'seed' });
        const tx = pausedTransaction(false);
        await tx.wroteA;
        let seen: number | undefined;
        const outside = store.count('platforms').then((n) => (seen = n));
        await tick();
        await tick();
        const seenWhileOpen = seen;
        tx.proceed(); // before asserting, so a failure cannot leave the transaction open
        expect(seenWhileOpen).toBeUndefined(); // it waited: the transaction had not ended
        expect(await tx.done).toBe('committed');
        expect(await outside).toBe(3); // seed + a + b, never the partial seed + a
      });

      it('an operation issued during a transaction that rolls back sees none of it', async () => {
        await store.insert('platforms', { _id: 'seed' });
        const tx = pausedTransaction(true);
        await tx.wroteA;
        const outside = store.find('platforms');
        tx.proceed();
        await expect(tx.done).rejects.toThrow('rolled back');
        expect(ids(await outside)).toEqual(['seed']);
      });

      it('a write issued during a transaction is not swept into its rollback', async () => {
        const tx = pausedTransaction(true);
        await tx.wroteA;
        const outside = store.insert('platforms', { _id: 'outside' });
        tx.proceed();
        await expect(tx.done).rejects.toThrow('rolled back');
        expect(await outside).toBe('outside');
        expect(sortedIds(await store.find('platforms'))).toEqual(['outside']);
      });
    });
  });
}
