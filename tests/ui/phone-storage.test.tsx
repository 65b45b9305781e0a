/**
 * The outbox and the visit draft as the store keeps them on the phone: what was queued or typed
 * is still there when the app starts again, and a phone that queued a visit before the store
 * kept them (the outbox and the draft under keys of their own) still has it after the update.
 */
import Taro from '@tarojs/taro';
import { shanghaiInstant } from '@core/rules/time';
import type { OutboxEntry } from '@/services/outbox-store';
import { atNow } from './support/clock';

const NOW = shanghaiInstant('2025-03-03', '10:00');
atNow(NOW);

const ME = 'u-liaison';

function anEntry(overrides: Partial<OutboxEntry> = {}): OutboxEntry {
  return {
    id: 'req-1',
    kind: 'visit',
    ownerId: ME,
    title: '示例科技 · 2025-03-03 09:30',
    payload: {} as OutboxEntry['payload'],
    photos: [{ localPath: 'blob:http://localhost/p1', name: 'p1.jpg' }],
    draft: { findings: '车间新上了两条产线' },
    status: 'waiting',
    attempts: 1,
    createdAt: NOW,
    ...overrides,
  };
}

/** The app as it starts: its modules (and so its store) loaded afresh from what the phone holds. */
function startApp() {
  let loaded!: {
    outbox: typeof import('@/services/outbox-store');
    draft: typeof import('@/packages/visit/lib/draft-store');
  };
  jest.isolateModules(() => {
    loaded = {
      outbox: require('@/services/outbox-store'),
      draft: require('@/packages/visit/lib/draft-store'),
    };
  });
  return loaded;
}

beforeEach(() => {
  Taro.clearStorageSync();
});

it('keeps a queued visit and the draft being typed when the app is closed and started again', () => {
  const before = startApp();
  before.outbox.putOutboxEntry(anEntry());
  before.draft.saveDraft(ME, { findings: '新产品即将上市' } as never);

  const after = startApp();
  expect(after.outbox.outboxOf(ME)).toEqual([anEntry()]);
  expect(after.draft.loadDraft(ME)).toEqual({ findings: '新产品即将上市' });
  expect(after.draft.loadDraft('someone-else')).toBeNull();
});

it('takes over a visit queued and a draft typed before the update, once', () => {
  Taro.setStorageSync('ip-station.outbox', [anEntry()]);
  Taro.setStorageSync('ip-station.visit-draft', { ownerId: ME, draft: { met: '陈总' }, savedAt: NOW });

  const app = startApp();
  expect(app.outbox.outboxOf(ME)).toEqual([anEntry()]);
  expect(app.draft.loadDraft(ME)).toEqual({ met: '陈总' });
  // The old keys are gone: sending the visit now does not bring it back at the next start.
  expect(Taro.getStorageSync('ip-station.outbox')).toBe('');
  app.outbox.removeOutboxEntry('req-1');
  app.draft.clearDraft();

  const next = startApp();
  expect(next.outbox.outboxOf(ME)).toEqual([]);
  expect(next.draft.loadDraft(ME)).toBeNull();
});
