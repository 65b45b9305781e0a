/**
 * The CloudBase adapters (cloudfunctions/_shared/cloudbase) driven through the REAL wx-server-sdk,
 * with only its network replaced (see ./cloudbase-boundary). No cloud is reachable here, so these
 * tests pin down the exact requests the SDK sends for each port operation — action, collection,
 * the EJSON query / order / offset / limit, the update operators, the added documents, the
 * transaction ids — and how canned server answers come back through the SDK as port results.
 * Case names follow the shared Store contract (./store-contract) where the case carries over;
 * what only a live database can show (that the filters match, concurrency) stays with that suite.
 *
 * EJSON note: the SDK serialises with bson's canonical (non-relaxed) EJSON, so an int32 is
 * {"$numberInt":"5"}, an epoch-millisecond integer is {"$numberLong":"…"}, a fraction is
 * {"$numberDouble":"…"}. The expected strings below are written out by hand.
 */
import { AppError } from '../../core/errors';
import type { Doc, Store } from '../../core/ports';
import type { Where } from '../../core/store/query';
import type { CollectionName } from '../../core/store/schema';
import type * as WxCloud from 'wx-server-sdk';
import { createCloudbaseFiles } from '../../cloudfunctions/_shared/cloudbase/files';
import { createCloudbaseStore } from '../../cloudfunctions/_shared/cloudbase/store';
import { FakeCloud, sdkModulePaths } from './cloudbase-boundary';

const cloud = require('wx-server-sdk') as typeof WxCloud;

const fake = new FakeCloud();
let store: Store;

beforeAll(() => {
  fake.install();
  // No credentials are needed: they are only read inside the replaced request().
  cloud.init({ env: 'test-env' });
  store = createCloudbaseStore(cloud.database());
});
afterEach(() => {
  const pending = fake.pending();
  const network = fake.networkAttempts.splice(0);
  fake.reset();
  expect(pending).toEqual([]); // every canned answer was asked for
  expect(network).toEqual([]); // the tripwire: nothing tried to leave the process
});
afterAll(() => fake.uninstall());

// --- helpers ---

const int = (n: number) => ({ $numberInt: String(n) });
const long = (n: number) => ({ $numberLong: String(n) });
const dbl = (n: number) => ({ $numberDouble: String(n) });
/** A case-insensitive regular expression as canonical EJSON. */
const regex = (pattern: string) => ({ $regularExpression: { pattern, options: 'i' } });
/** Canonical EJSON text of a value already written in canonical form. */
const ejson = (v: unknown): string => JSON.stringify(v);

const ok = (data: Record<string, unknown>) => ({ requestId: 'req-1', data });
const found = (...docs: unknown[]) => ok({ list: docs.map(ejson) });
const serverError = (code: string, message: string) => ({ requestId: 'req-err', code, message });
/** MongoDB's duplicate-key text, which CloudBase's database passes through in the message. */
const e11000 = (coll: string, index: string, key: string) =>
  `E11000 duplicate key error collection: test-env.${coll} index: ${index} dup key: { ${key} }`;

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
  expect((e as AppError).message).toBe('记录已存在，请勿重复提交');
}

/** The params of the only request sent so far. */
function onlyRequest(): Record<string, unknown> {
  expect(fake.api).toHaveLength(1);
  expect(fake.api[0].envName).toBe('test-env');
  return fake.api[0].params;
}

describe('the replaced boundary', () => {
  it('the spied node-sdk module is the file wx-server-sdk loads', () => {
    const { usedByWxServerSdk, spied } = sdkModulePaths();
    expect(spied).toBe(usedByWxServerSdk);
  });

  it('a store call reaches the spy with the environment given to cloud.init', async () => {
    fake.answer('database.calculateDocument', ok({ total: 0 }));
    await store.count('platforms');
    expect(fake.api).toEqual([
      {
        action: 'database.calculateDocument',
        envName: 'test-env',
        params: { action: 'database.calculateDocument', collectionName: 'platforms', queryType: 'WHERE' },
      },
    ]);
  });
});

describe('get and insert', () => {
  it('get of a missing id is null', async () => {
    fake.answer('database.getDocument', found());
    expect(await store.get('platforms', 'missing')).toBeNull();
    expect(onlyRequest()).toEqual({
      action: 'database.getDocument',
      collectionName: 'platforms',
      query: '{"_id":"missing"}',
      queryType: 'DOC',
      multi: false,
    });
  });

  it('get returns the document, EJSON numbers as plain numbers', async () => {
    fake.answer(
      'database.getDocument',
      found({
        _id: 'pf1',
        name: '国家知识产权局',
        order: int(1),
        at: long(1_700_000_000_000),
        score: dbl(0.5),
        tags: ['a', int(2)],
        meta: { open: true, none: null },
      }),
    );
    expect(await store.get('platforms', 'pf1')).toEqual({
      _id: 'pf1',
      name: '国家知识产权局',
      order: 1,
      at: 1_700_000_000_000,
      score: 0.5,
      tags: ['a', 2],
      meta: { open: true, none: null },
    });
  });

  it('get of a missing id is null also on a database made with throwOnNotFound: false', async () => {
    const quiet = createCloudbaseStore(cloud.database({ throwOnNotFound: false } as { env?: string }));
    fake.answer('database.getDocument', found());
    expect(await quiet.get('platforms', 'missing')).toBeNull();
  });

  it('a failing get is an error, not a missing document', async () => {
    fake.answer('database.getDocument', serverError('DATABASE_PERMISSION_DENIED', 'permission denied'));
    const e = await rejection(store.get('platforms', 'x'));
    expect(e).not.toBeInstanceOf(AppError);
    expect(e).toMatchObject({ errCode: -502003 });
  });

  it('insert with an id returns it and sends the document', async () => {
    const doc = { _id: 'pf1', name: '国家知识产权局', order: 1, tags: ['a', 'b'], meta: { open: true } };
    fake.answer('database.insertDocument', ok({ insertedIds: ['pf1'] }));
    expect(await store.insert('platforms', doc)).toBe('pf1');
    expect(onlyRequest()).toEqual({
      action: 'database.insertDocument',
      collectionName: 'platforms',
      data: [ejson({ _id: 'pf1', name: '国家知识产权局', order: int(1), tags: ['a', 'b'], meta: { open: true } })],
    });
  });

  it('insert without an id generates distinct URL-safe ids and sends them', async () => {
    const made: string[] = [];
    for (let i = 0; i < 3; i++) {
      fake.answer('database.insertDocument', ok({ insertedIds: ['ignored'] }));
      made.push(await store.insert('platforms', { order: i }));
    }
    expect(new Set(made).size).toBe(3);
    made.forEach((id, i) => {
      expect(id).toMatch(/^[A-Za-z0-9_-]{20}$/);
      expect(fake.api[i].params.data).toEqual([ejson({ _id: id, order: int(i) })]);
    });
  });

  it('an explicitly undefined _id is generated, not dropped', async () => {
    fake.answer('database.insertDocument', ok({ insertedIds: ['x'] }));
    const id = await store.insert('platforms', { _id: undefined, order: 1 });
    expect(onlyRequest().data).toEqual([ejson({ _id: id, order: int(1) })]);
  });

  it('inserting a taken id is CONFLICT', async () => {
    fake.answer(
      'database.insertDocument',
      serverError('DATABASE_REQUEST_FAILED', e11000('platforms', '_id_', '_id: "dup"')),
    );
    await expectConflict(store.insert('platforms', { _id: 'dup', name: 'second' }));
  });

  it('a taken unique field (companies.joinCode) is CONFLICT', async () => {
    fake.answer(
      'database.insertDocument',
      serverError('DATABASE_DUPLICATE_WRITE', e11000('companies', 'joinCode_1', 'joinCode: "JOIN42"')),
    );
    await expectConflict(store.insert('companies', { _id: 'c2', joinCode: 'JOIN42', creditCode: 'C2' }));
  });

  it('other write failures pass through as the SDK reports them', async () => {
    fake.answer('database.insertDocument', serverError('DATABASE_PERMISSION_DENIED', 'permission denied'));
    const e = await rejection(store.insert('platforms', { _id: 'x' }));
    expect(e).not.toBeInstanceOf(AppError);
    expect(e).toMatchObject({ errCode: -502003 });
    expect((e as Error).message).toContain('permission denied');
  });

  it('strings with quotes, JSON and unicode, and every JSON type, round-trip exactly', async () => {
    const tricky = {
      _id: `q'"\\id`,
      quote: `it's "quoted" \\ back\\slash`,
      json: '{"a":1,"b":[true,null]}',
      unicode: '知识产权 ✓ \u0000 end',
      newline: 'line1\nline2\t',
      num: -12.5,
      zero: 0,
      big: 1_700_000_000_000,
      yes: true,
      no: false,
      nothing: null,
      list: [1, 'two', { three: [3] }, null],
      empty: { obj: {}, arr: [] as unknown[], str: '' },
    };
    const wire = ejson({
      ...tricky,
      num: dbl(-12.5),
      zero: int(0),
      big: long(1_700_000_000_000),
      list: [int(1), 'two', { three: [int(3)] }, null],
    });
    fake.answer('database.insertDocument', ok({ insertedIds: [tricky._id] }));
    await store.insert('platforms', tricky);
    expect(fake.api[0].params.data).toEqual([wire]);
    // The server hands the same EJSON back.
    fake.answer('database.getDocument', ok({ list: [wire] }));
    expect(await store.get('platforms', tricky._id)).toEqual(tricky);
  });
});

/** [name, filter, the EJSON query the SDK sends]. Names follow the contract's FILTER_CASES. */
const FILTER_WIRE: Array<[string, Where, unknown]> = [
  ['string equality', { kind: 'x' }, { kind: 'x' }],
  ['number equality', { order: 2 }, { order: int(2) }],
  ['boolean true', { active: true }, { active: true }],
  ['null matches null and missing', { note: null }, { note: null }],
  ['$eq null', { note: { $eq: null } }, { note: { $eq: null } }],
  ['$eq string', { kind: { $eq: 'y' } }, { kind: { $eq: 'y' } }],
  ['$ne string', { kind: { $ne: 'x' } }, { kind: { $ne: 'x' } }],
  ['$ne null: present and not null', { note: { $ne: null } }, { note: { $ne: null } }],
  ['$in with null', { score: { $in: [5, null] } }, { score: { $in: [int(5), null] } }],
  ['$in mixed types', { score: { $in: [20, '10'] } }, { score: { $in: [int(20), '10'] } }],
  ['$in empty', { kind: { $in: [] } }, { kind: { $in: [] } }],
  ['$nin', { kind: { $nin: ['x'] } }, { kind: { $nin: ['x'] } }],
  ['$nin empty', { kind: { $nin: [] } }, { kind: { $nin: [] } }],
  [
    'number range',
    { score: { $gt: 5, $lte: 20 } },
    { $and: [{ score: { $gt: int(5) } }, { score: { $lte: int(20) } }] },
  ],
  ['$lt', { score: { $lt: 10 } }, { score: { $lt: int(10) } }],
  ['string range', { name: { $gte: 'b', $lt: 'd' } }, { $and: [{ name: { $gte: 'b' } }, { name: { $lt: 'd' } }] }],
  ['epoch milliseconds go as int64', { at: { $gte: 1_700_000_000_000 } }, { at: { $gte: long(1_700_000_000_000) } }],
  ['fractions go as double', { score: { $gt: 0.5 } }, { score: { $gt: dbl(0.5) } }],
  ['dotted equality', { 'meta.level': 2 }, { 'meta.level': int(2) }],
  ['dotted range', { 'meta.level': { $gte: 2 } }, { 'meta.level': { $gte: int(2) } }],
  ['dotted null', { 'meta.tag': null }, { 'meta.tag': null }],
  [
    'fields are ANDed',
    { kind: 'x', active: true, order: { $gt: 1 } },
    { kind: 'x', active: true, order: { $gt: int(1) } },
  ],
  [
    'two ranged fields',
    { a: { $gt: 1, $lt: 3 }, b: { $gte: 'm', $lte: 'n' } },
    { $and: [{ a: { $gt: int(1) } }, { a: { $lt: int(3) } }, { b: { $gte: 'm' } }, { b: { $lte: 'n' } }] },
  ],
  ['$or', { $or: [{ kind: 'z' }, { order: 1 }] }, { $or: [{ kind: 'z' }, { order: int(1) }] }],
  ['$and', { $and: [{ kind: 'x' }, { order: { $gt: 1 } }] }, { $and: [{ kind: 'x' }, { order: { $gt: int(1) } }] }],
  [
    '$or nesting $and, beside a field',
    { kind: 'y', $or: [{ score: { $gt: 10 } }, { $and: [{ note: 'n' }, { active: false }] }] },
    {
      $and: [{ kind: 'y' }, { $or: [{ score: { $gt: int(10) } }, { $and: [{ note: 'n' }, { active: false }] }] }],
    },
  ],
  ['$or empty matches nothing', { $or: [] }, { _id: { $in: [] } }],
  ['$and empty matches everything', { kind: 'x', $and: [] }, { kind: 'x' }],
  ['an $or branch that matches everything drops the $or', { kind: 'x', $or: [{}, { a: 1 }] }, { kind: 'x' }],
  ['_id equality', { _id: 'p2' }, { _id: 'p2' }],
  ['_id $in', { _id: { $in: ['p1', 'p3', 'nope'] } }, { _id: { $in: ['p1', 'p3', 'nope'] } }],
  ['_id $nin', { _id: { $nin: ['p1', 'p2'] } }, { _id: { $nin: ['p1', 'p2'] } }],
  ['_id range', { _id: { $gt: 'p3' } }, { _id: { $gt: 'p3' } }],
  // Text search: db.RegExp with the value escaped (a literal substring) and options 'i'.
  ['$contains is a case-insensitive regular expression', { name: { $contains: 'Ab' } }, { name: regex('Ab') }],
  [
    '$contains escapes every metacharacter',
    { name: { $contains: 'a.b*(c)[d]+?^$|\\e{1}/-' } },
    { name: regex('a\\.b\\*\\(c\\)\\[d\\]\\+\\?\\^\\$\\|\\\\e\\{1\\}\\/\\-') },
  ],
  ['$contains beside an equality', { kind: 'x', name: { $contains: '知识' } }, { kind: 'x', name: regex('知识') }],
  [
    '$contains beside a range on the same field',
    { name: { $gte: 'b', $contains: 'c' } },
    { $and: [{ name: { $gte: 'b' } }, { name: regex('c') }] },
  ],
  [
    '$contains in $or branches (summary or answer)',
    { stationId: 's1', $or: [{ summary: { $contains: '商标' } }, { answer: { $contains: '商标' } }] },
    { $and: [{ stationId: 's1' }, { $or: [{ summary: regex('商标') }, { answer: regex('商标') }] }] },
  ],
];

describe('filters (find and count send the same query)', () => {
  it.each(FILTER_WIRE)('%s', async (_name, where, query) => {
    fake.answer('database.getDocument', found({ _id: 'p1' }));
    expect(await store.find('platforms', { where })).toEqual([{ _id: 'p1' }]);
    fake.answer('database.calculateDocument', ok({ total: 3 }));
    expect(await store.count('platforms', where)).toBe(3);
    expect(fake.api.map((c) => [c.action, c.params.query])).toEqual([
      ['database.getDocument', ejson(query)],
      ['database.calculateDocument', ejson(query)],
    ]);
  });

  it('an empty filter sends no query at all', async () => {
    fake.answer('database.getDocument', found());
    await store.find('platforms', { where: {} });
    fake.answer('database.calculateDocument', ok({ total: 5 }));
    expect(await store.count('platforms')).toBe(5);
    expect(fake.api.map((c) => 'query' in c.params)).toEqual([false, false]);
  });

  it('refuses values a filter cannot hold, before sending anything', async () => {
    const bad: Where[] = [
      { a: { $gt: true } as unknown as Where[string] },
      { a: { $in: 'x' } as unknown as Where[string] },
      { a: Number.NaN },
      { a: { $regex: 'x' } as unknown as Where[string] },
      { a: { $contains: 5 } as unknown as Where[string] },
      { a: { b: 1 } as unknown as Where[string] },
    ];
    for (const where of bad) await expect(store.find('platforms', { where })).rejects.toThrow();
    expect(fake.api).toEqual([]);
  });
});

describe('order and pages', () => {
  it('orders by two fields, asc then desc, with _id last as the tiebreak', async () => {
    fake.answer('database.getDocument', found({ _id: 'p3' }, { _id: 'p1' }));
    const docs = await store.find('platforms', {
      orderBy: [
        ['kind', 'asc'],
        ['order', 'desc'],
      ],
    });
    expect(docs.map((d) => d._id)).toEqual(['p3', 'p1']); // the server's order, kept
    expect(onlyRequest()).toEqual({
      action: 'database.getDocument',
      collectionName: 'platforms',
      queryType: 'WHERE',
      order: ejson({ kind: int(1), order: int(-1), _id: int(1) }),
      limit: 100,
    });
  });

  it('an explicit _id sort key is not repeated', async () => {
    fake.answer('database.getDocument', found());
    await store.find('platforms', { orderBy: [['_id', 'desc']] });
    expect(onlyRequest().order).toBe(ejson({ _id: int(-1) }));
  });

  it('skip and limit are sent as offset and limit', async () => {
    fake.answer('database.getDocument', found());
    await store.find('platforms', { where: { kind: 'x' }, orderBy: [['rank', 'asc']], skip: 14, limit: 7 });
    expect(onlyRequest()).toEqual({
      action: 'database.getDocument',
      collectionName: 'platforms',
      queryType: 'WHERE',
      query: ejson({ kind: 'x' }),
      order: ejson({ rank: int(1), _id: int(1) }),
      offset: 14,
      limit: 7,
    });
  });

  it('limit defaults to 100 and refuses more than 1000', async () => {
    fake.answer('database.getDocument', found());
    await store.find('platforms');
    fake.answer('database.getDocument', found());
    await store.find('platforms', { limit: 1000 });
    expect(fake.api.map((c) => c.params.limit)).toEqual([100, 1000]);
    await expect(store.find('platforms', { limit: 1001 })).rejects.toThrow();
    await expect(store.find('platforms', { limit: 0 })).rejects.toThrow();
    await expect(store.find('platforms', { skip: -1 })).rejects.toThrow();
    await expect(store.find('platforms', { orderBy: [['order', 'up' as 'asc']] })).rejects.toThrow();
    expect(fake.api).toHaveLength(2);
  });
});

describe('update', () => {
  const modify = (extra: Record<string, unknown>) => ({
    action: 'database.modifyDocument',
    collectionName: 'platforms',
    queryType: 'WHERE',
    multi: true,
    merge: true,
    upsert: false,
    ...extra,
  });

  it('applies set, inc and unset together, nested paths included', async () => {
    fake.answer('database.modifyDocument', ok({ updated: 1 }));
    const changed = await store.update(
      'platforms',
      { _id: 'u' },
      {
        set: { a: 'now a string', 'b.c': 9, obj: { x: [1, { y: 'z\'"' }], q: null }, flag: false, 'new.deep': 'made' },
        inc: { n: 2, fresh: 3 },
        unset: ['gone', 'b.d'],
      },
    );
    expect(changed).toBe(1);
    expect(onlyRequest()).toEqual(
      modify({
        query: ejson({ _id: 'u' }),
        data: ejson({
          $set: {
            a: 'now a string',
            'b.c': int(9),
            obj: { x: [int(1), { y: 'z\'"' }], q: null },
            flag: false,
            'new.deep': 'made',
          },
          $inc: { n: int(2), fresh: int(3) },
          $unset: { gone: '', 'b.d': '' },
        }),
      }),
    );
  });

  it('set replaces a nested object (sent whole, not merged key by key) and inc takes fractions and negatives', async () => {
    fake.answer('database.modifyDocument', ok({ updated: 1 }));
    await store.update(
      'platforms',
      { _id: 'u' },
      { set: { contact: { mobile: '2' }, empty: {} }, inc: { score: -0.5 } },
    );
    // Without `_.set` the SDK would flatten this to {"$set":{"contact.mobile":"2"}} and keep other keys.
    expect(onlyRequest().data).toBe(
      ejson({ $set: { contact: { mobile: '2' }, empty: {} }, $inc: { score: dbl(-0.5) } }),
    );
  });

  it('an undefined set value is left out, as JSON leaves it out', async () => {
    fake.answer('database.modifyDocument', ok({ updated: 1 }));
    await store.update('platforms', { _id: 'u' }, { set: { a: 1, b: undefined } });
    expect(onlyRequest().data).toBe(ejson({ $set: { a: int(1) } }));
  });

  it('updates every match and returns the count', async () => {
    fake.answer('database.modifyDocument', ok({ updated: 2 }));
    expect(await store.update('platforms', { kind: 'x' }, { set: { seen: true } })).toBe(2);
    fake.answer('database.modifyDocument', ok({ updated: 0 }));
    expect(await store.update('platforms', { kind: 'none' }, { set: { seen: true } })).toBe(0);
    expect(fake.api.map((c) => c.params.query)).toEqual([ejson({ kind: 'x' }), ejson({ kind: 'none' })]);
  });

  it('a conditional update returns 0 when the condition fails (the capacity pattern)', async () => {
    fake.answer('database.modifyDocument', ok({ updated: 0 }));
    expect(await store.update('platforms', { _id: 'cap', taken: { $lt: 3 } }, { inc: { taken: 1 } })).toBe(0);
    fake.answer('database.modifyDocument', ok({ updated: 1 }));
    expect(await store.update('platforms', { _id: 'cap', taken: { $lt: 4 } }, { inc: { taken: 1 } })).toBe(1);
    expect(fake.api.map((c) => [c.params.query, c.params.data])).toEqual([
      [ejson({ _id: 'cap', taken: { $lt: int(3) } }), ejson({ $inc: { taken: int(1) } })],
      [ejson({ _id: 'cap', taken: { $lt: int(4) } }), ejson({ $inc: { taken: int(1) } })],
    ]);
  });

  it('an empty filter updates every document', async () => {
    fake.answer('database.modifyDocument', ok({ updated: 4 }));
    expect(await store.update('platforms', {}, { set: { a: 1 } })).toBe(4);
    expect(onlyRequest().query).toBe('{}');
  });

  it('refuses a patch that touches _id, is empty, or overlaps itself, before sending anything', async () => {
    await expect(store.update('platforms', { _id: 'keep' }, { set: { _id: 'other' } })).rejects.toThrow();
    await expect(store.update('platforms', { _id: 'keep' }, { unset: ['_id'] })).rejects.toThrow();
    await expect(store.update('platforms', { _id: 'keep' }, {})).rejects.toThrow('empty patch');
    await expect(store.update('platforms', { _id: 'keep' }, { set: { a: undefined } })).rejects.toThrow('empty patch');
    await expect(store.update('platforms', { _id: 'keep' }, { set: { a: {} }, inc: { 'a.b': 1 } })).rejects.toThrow(
      'overlap',
    );
    await expect(store.update('platforms', { _id: 'keep' }, { inc: { n: Number.NaN } })).rejects.toThrow();
    expect(fake.api).toEqual([]);
  });

  it('an update that takes a unique value is CONFLICT', async () => {
    fake.answer(
      'database.modifyDocument',
      serverError('DATABASE_DUPLICATE_WRITE', e11000('companies', 'joinCode_1', 'joinCode: "A"')),
    );
    await expectConflict(store.update('companies', { _id: 'c2' }, { set: { joinCode: 'A', name: 'x' } }));
  });
});

describe('remove', () => {
  it('removes the matches and returns how many', async () => {
    fake.answer('database.removeDocument', ok({ deleted: 2 }));
    expect(await store.remove('platforms', { kind: 'x' })).toBe(2);
    expect(onlyRequest()).toEqual({
      action: 'database.removeDocument',
      collectionName: 'platforms',
      query: ejson({ kind: 'x' }),
      queryType: 'WHERE',
      multi: true,
    });
  });
});

describe('field paths are checked', () => {
  const INJECTION = "a') OR 1=1 --";

  it('an injected field path throws and sends nothing', async () => {
    await expect(store.find('platforms', { where: { [INJECTION]: 1 } })).rejects.toThrow();
    await expect(store.count('platforms', { [INJECTION]: 1 })).rejects.toThrow();
    await expect(store.find('platforms', { orderBy: [[INJECTION, 'asc']] })).rejects.toThrow();
    await expect(store.update('platforms', { [INJECTION]: 1 }, { set: { hacked: true } })).rejects.toThrow();
    await expect(store.update('platforms', {}, { set: { [INJECTION]: true } })).rejects.toThrow();
    await expect(store.update('platforms', {}, { inc: { [INJECTION]: 1 } })).rejects.toThrow();
    await expect(store.update('platforms', {}, { unset: [INJECTION] })).rejects.toThrow();
    await expect(store.remove('platforms', { [INJECTION]: 1 })).rejects.toThrow();
    await expect(store.remove('platforms', { $or: [{ [INJECTION]: 1 }] })).rejects.toThrow();
    await expect(store.find('platforms', { where: { $where: 'sleep(1)' } })).rejects.toThrow();
    expect(fake.api).toEqual([]);
  });

  it('refuses unknown collections and empty ids', async () => {
    await expect(store.find('nope' as CollectionName)).rejects.toThrow();
    await expect(store.insert('platforms; --' as CollectionName, { a: 1 })).rejects.toThrow();
    await expect(store.get('platforms', '')).rejects.toThrow();
    await expect(store.insert('platforms', { _id: 5 as unknown as string })).rejects.toThrow();
    expect(fake.api).toEqual([]);
  });
});

describe('transactions', () => {
  const begin = (id: string) => fake.answer('database.startTransaction', { requestId: 'req-s', transactionId: id });
  const commit = () => fake.answer('database.commitTransaction', { requestId: 'req-c' });
  const abort = () => fake.answer('database.abortTransaction', { requestId: 'req-a' });

  it('commits every operation and returns the work result', async () => {
    begin('tx-1');
    fake.answer('database.getDocument', found({ _id: 'old', n: int(1) }));
    fake.answer('database.insertDocument', ok({ insertedIds: ['new'] }));
    fake.answer('database.modifyDocument', ok({ updated: 1 }));
    fake.answer('database.modifyDocument', ok({ updated: 0 })); // 'missing' is not there:
    fake.answer('database.getDocument', found()); // … the adapter looks, to tell "absent" from "unchanged"
    fake.answer('database.removeDocument', ok({ deleted: 1 }));
    fake.answer('database.removeDocument', ok({ deleted: 0 }));
    commit();

    const result = await store.transaction(async (tx) => {
      expect(await tx.get('platforms', 'old')).toEqual({ _id: 'old', n: 1 });
      await tx.insert('platforms', { _id: 'new', n: 2 });
      expect(await tx.updateById('platforms', 'old', { inc: { n: 10 }, set: { by: 'tx' } })).toBe(true);
      expect(await tx.updateById('platforms', 'missing', { inc: { n: 1 } })).toBe(false);
      expect(await tx.removeById('platforms', 'bye')).toBe(true);
      expect(await tx.removeById('platforms', 'bye')).toBe(false);
      return 'ok';
    });
    expect(result).toBe('ok');

    const t = { transactionId: 'tx-1' };
    const doc = (id: string) => ({
      collectionName: 'platforms',
      query: ejson({ _id: id }),
      queryType: 'DOC',
      multi: false,
      ...t,
    });
    expect(fake.api.map((c) => c.params)).toEqual([
      { action: 'database.startTransaction' },
      { action: 'database.getDocument', ...doc('old') },
      {
        action: 'database.insertDocument',
        collectionName: 'platforms',
        data: [ejson({ _id: 'new', n: int(2) })],
        ...t,
      },
      {
        action: 'database.modifyDocument',
        ...doc('old'),
        merge: true,
        upsert: false,
        data: ejson({ $set: { by: 'tx' }, $inc: { n: int(10) } }),
      },
      {
        action: 'database.modifyDocument',
        ...doc('missing'),
        merge: true,
        upsert: false,
        data: ejson({ $inc: { n: int(1) } }),
      },
      { action: 'database.getDocument', ...doc('missing') },
      { action: 'database.removeDocument', ...doc('bye') },
      { action: 'database.removeDocument', ...doc('bye') },
      { action: 'database.commitTransaction', ...t },
    ]);
  });

  it('updateById of a document the patch leaves unchanged is still true', async () => {
    begin('tx-1');
    fake.answer('database.modifyDocument', ok({ updated: 0 }));
    fake.answer('database.getDocument', found({ _id: 'same', n: int(1) }));
    commit();
    await store.transaction(async (tx) => {
      expect(await tx.updateById('platforms', 'same', { set: { n: 1 } })).toBe(true);
    });
  });

  it('rolls back when the work throws, and rethrows', async () => {
    begin('tx-2');
    fake.answer('database.insertDocument', ok({ insertedIds: ['new'] }));
    abort();
    const boom = new Error('boom');
    const e = await rejection(
      store.transaction(async (tx) => {
        await tx.insert('platforms', { _id: 'new', n: 2 });
        throw boom;
      }),
    );
    expect(e).toBe(boom);
    expect(fake.actions()).toEqual([
      'database.startTransaction',
      'database.insertDocument',
      'database.abortTransaction',
    ]);
    expect(fake.api[2].params).toEqual({ action: 'database.abortTransaction', transactionId: 'tx-2' });
  });

  it('tx.insert of a taken id is CONFLICT, and the transaction is rolled back', async () => {
    begin('tx-3');
    fake.answer('database.insertDocument', ok({ insertedIds: ['other'] }));
    fake.answer(
      'database.insertDocument',
      serverError('DATABASE_REQUEST_FAILED', e11000('invitations', '_id_', '_id: "inv"')),
    );
    abort();
    await expectConflict(
      store.transaction(async (tx) => {
        await tx.insert('invitations', { _id: 'other', n: 0 });
        await tx.insert('invitations', { _id: 'inv', n: 2 });
      }),
    );
    expect(fake.actions()).toEqual([
      'database.startTransaction',
      'database.insertDocument',
      'database.insertDocument',
      'database.abortTransaction',
    ]);
  });

  it('a conflict at commit reruns the work with a fresh handle; the old handle is dead', async () => {
    begin('tx-a');
    fake.answer('database.getDocument', found({ _id: 'counter', n: int(0) }));
    fake.answer('database.modifyDocument', ok({ updated: 1 }));
    fake.answer(
      'database.commitTransaction',
      serverError('DATABASE_TRANSACTION_CONFLICT', 'database transaction conflict'),
    );
    begin('tx-b');
    fake.answer('database.getDocument', found({ _id: 'counter', n: int(1) }));
    fake.answer('database.modifyDocument', ok({ updated: 1 }));
    commit();

    const handles: unknown[] = [];
    const result = await store.transaction(async (tx) => {
      handles.push(tx);
      const doc = await tx.get<Doc & { n: number }>('platforms', 'counter');
      await tx.updateById('platforms', 'counter', { set: { n: (doc?.n ?? 0) + 1 } });
      return doc?.n;
    });
    expect(result).toBe(1);
    expect(handles).toHaveLength(2);
    expect(fake.api.map((c) => [c.action, c.params.transactionId])).toEqual([
      ['database.startTransaction', undefined],
      ['database.getDocument', 'tx-a'],
      ['database.modifyDocument', 'tx-a'],
      ['database.commitTransaction', 'tx-a'],
      ['database.startTransaction', undefined],
      ['database.getDocument', 'tx-b'],
      ['database.modifyDocument', 'tx-b'],
      ['database.commitTransaction', 'tx-b'],
    ]);
    const first = handles[0] as { get(c: CollectionName, id: string): Promise<unknown> };
    await expect(first.get('platforms', 'counter')).rejects.toThrow('after the transaction ended');
  });
});

/**
 * The Files adapter is checked at the same SDK boundary as the Store (not by spying on `cloud`'s
 * methods): storage API calls through tcbapirequester.request, file bytes through the COS
 * request in request-core.
 */
describe('Files', () => {
  const files = () => createCloudbaseFiles(cloud);
  const FILE = 'cloud://test-env.7465-test-env/attachments/a.pdf';
  const TEMP = 'https://7465-test-env.tcb.qcloud.la/attachments/a.pdf?sign=s&t=1';

  it('put uploads the bytes through COS and returns the file id', async () => {
    fake.answer(
      'storage.getUploadMetadata',
      ok({
        url: 'https://cos.ap-shanghai.myqcloud.com/attachments/a.pdf',
        token: 'cos-token',
        authorization: 'cos-auth',
        fileId: FILE,
        cosFileId: 'cos-file-1',
      }),
    );
    const whole = new TextEncoder().encode('..%PDF-1.7 body');
    const body = whole.subarray(2); // a view with an offset: only these bytes may be sent
    expect(await files().put('attachments/a.pdf', body, 'application/pdf')).toEqual({
      fileId: FILE,
      size: body.byteLength,
      contentType: 'application/pdf',
    });
    expect(onlyRequest()).toEqual({ action: 'storage.getUploadMetadata', path: 'attachments/a.pdf', method: 'put' });
    expect(fake.cos).toHaveLength(1);
    expect(fake.cos[0]).toMatchObject({
      method: 'put',
      url: 'https://cos.ap-shanghai.myqcloud.com/attachments/a.pdf',
      headers: { authorization: 'cos-auth', 'x-cos-security-token': 'cos-token', 'x-cos-meta-fileid': 'cos-file-1' },
    });
    expect(fake.cos[0].body.toString()).toBe('%PDF-1.7 body');
  });

  it('put refuses paths that could escape or alias, before sending anything', async () => {
    for (const p of ['', '/abs.png', 'a/../b.png', 'a//b.png', './a.png']) {
      await expect(files().put(p, new Uint8Array([1]), 'image/png')).rejects.toThrow('invalid path');
    }
    expect(fake.api).toEqual([]);
  });

  it('get downloads through a temporary URL; the content type comes from the extension', async () => {
    fake.answer(
      'storage.batchGetDownloadUrl',
      ok({ download_list: [{ fileID: FILE, tempFileURL: TEMP, code: 'SUCCESS' }] }),
    );
    fake.serve(TEMP, Buffer.from('%PDF bytes'));
    const got = await files().get(FILE);
    expect(got && Buffer.from(got.body).toString()).toBe('%PDF bytes');
    expect(got?.contentType).toBe('application/pdf');
    expect(onlyRequest()).toEqual({
      action: 'storage.batchGetDownloadUrl',
      file_list: [{ fileid: FILE, max_age: 600 }],
    });
    expect(fake.cos.map((c) => [c.method, c.url])).toEqual([['get', TEMP]]);
  });

  it('get of a missing file is null', async () => {
    fake.answer(
      'storage.batchGetDownloadUrl',
      ok({ download_list: [{ fileID: FILE, tempFileURL: '', code: 'STORAGE_FILE_NONEXIST' }] }),
    );
    expect(await files().get(FILE)).toBeNull();
    expect(fake.cos).toEqual([]);
  });

  it('urls resolves every file in one storage call, in the order asked; a missing file is NOT_FOUND', async () => {
    const OTHER = 'cloud://test-env.7465-test-env/attachments/b.png';
    const OTHER_TEMP = 'https://7465-test-env.tcb.qcloud.la/attachments/b.png?sign=s&t=1';
    fake.answer(
      'storage.batchGetDownloadUrl',
      ok({
        download_list: [
          { fileID: OTHER, tempFileURL: OTHER_TEMP, code: 'SUCCESS' },
          { fileID: FILE, tempFileURL: TEMP, code: 'SUCCESS' },
        ],
      }),
    );
    expect(await files().urls([FILE, OTHER, FILE])).toEqual([TEMP, OTHER_TEMP, TEMP]);
    expect(fake.api.map((c) => c.params)).toEqual([
      { action: 'storage.batchGetDownloadUrl', file_list: [{ fileid: FILE }, { fileid: OTHER }] },
    ]);

    fake.reset();
    expect(await files().urls([])).toEqual([]);
    expect(fake.api).toEqual([]);

    fake.answer(
      'storage.batchGetDownloadUrl',
      ok({ download_list: [{ fileID: FILE, tempFileURL: '', code: 'STORAGE_FILE_NONEXIST' }] }),
    );
    const e = await rejection(files().urls([FILE]));
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).code).toBe('NOT_FOUND');
  });

  it('urls asks for at most 50 files per storage call (getTempFileURL’s limit)', async () => {
    const many = Array.from({ length: 51 }, (_, i) => `cloud://test-env.7465-test-env/attachments/f${i}.png`);
    const answer = (ids: string[]) =>
      ok({ download_list: ids.map((id) => ({ fileID: id, tempFileURL: `${id}?temp`, code: 'SUCCESS' })) });
    fake.answer('storage.batchGetDownloadUrl', answer(many.slice(0, 50)));
    fake.answer('storage.batchGetDownloadUrl', answer(many.slice(50)));
    expect(await files().urls(many)).toEqual(many.map((id) => `${id}?temp`));
    expect(fake.api.map((c) => (c.params.file_list as unknown[]).length)).toEqual([50, 1]);
  });

  it('remove deletes the file; an already missing file is fine; other failures throw', async () => {
    fake.answer('storage.batchDeleteFile', ok({ delete_list: [{ fileID: FILE, code: 'SUCCESS' }] }));
    await files().remove(FILE);
    expect(fake.api[0].params).toEqual({ action: 'storage.batchDeleteFile', fileid_list: [FILE] });

    fake.answer('storage.batchDeleteFile', ok({ delete_list: [{ fileID: FILE, code: 'STORAGE_FILE_NONEXIST' }] }));
    await files().remove(FILE);

    fake.answer('storage.batchDeleteFile', ok({ delete_list: [{ fileID: FILE, code: 'STORAGE_EXCEED_AUTHORITY' }] }));
    await expect(files().remove(FILE)).rejects.toThrow('delete failed');
  });
});
