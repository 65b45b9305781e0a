/** The runtime's own promises, seen through runAction with handlers swapped in. */
import type { Handlers } from '../../cloudfunctions/_shared/runtime';
import { handlers as directoryHandlers } from '../../cloudfunctions/directory/handlers';
import { handlers as accountHandlers } from '../../cloudfunctions/account/handlers';
import { AppError } from '../../core/errors';
import { companyInput } from '../support/fixtures';
import { createWorld, type World } from '../support/world';

let world: World;
beforeAll(async () => {
  world = await createWorld();
});
afterAll(() => world.close());

describe('an unexpected failure inside a handler', () => {
  const failing: Handlers<'directory'> = {
    ...directoryHandlers,
    listPlatforms: async () => {
      throw new Error('disk on fire at /secret/path');
    },
  };

  it('answers INTERNAL with an error number the user can quote, and no internals', async () => {
    const env = await world.run('directory', { action: 'listPlatforms' }, null, failing as never);
    expect(env.ok).toBe(false);
    if (env.ok) return;
    expect(env.error.code).toBe('INTERNAL');
    expect(env.error.message).toMatch(/^系统繁忙，请稍后重试（错误编号 [A-Za-z0-9_-]{10}）$/);
    const text = JSON.stringify(env);
    expect(text).not.toContain('disk on fire');
    expect(text).not.toContain('/secret/path');
    expect(text).not.toMatch(/\bat \S+ \(/);
  });

  it('logs the stack under the same error number, for whoever reads the logs', async () => {
    const env = await world.run('directory', { action: 'listPlatforms' }, null, failing as never);
    if (env.ok) throw new Error('expected a failure');
    const errorId = /错误编号 (\S{10})）/.exec(env.error.message)![1];
    const logged = world.logs.errors().find((e) => e.meta.errorId === errorId);
    expect(logged).toBeDefined();
    expect(logged!.meta).toMatchObject({ fn: 'directory', action: 'listPlatforms' });
    expect(String(logged!.meta.error)).toContain('Error: disk on fire at /secret/path');
    expect(String(logged!.meta.error)).toMatch(/\n\s+at /);
  });

  it('passes a deliberate AppError through as it is, without logging it', async () => {
    const refusing: Handlers<'directory'> = {
      ...directoryHandlers,
      listCourses: async () => {
        throw new AppError('CONFLICT', '课程正在更新，请稍后再试');
      },
    };
    const logged = world.logs.errors().length;
    const env = await world.run('directory', { action: 'listCourses' }, null, refusing as never);
    expect(env).toEqual({ ok: false, error: { code: 'CONFLICT', message: '课程正在更新，请稍后再试' } });
    expect(world.logs.errors()).toHaveLength(logged);
  });
});

describe('output validation', () => {
  it('strips fields the contract does not publish before they reach the caller', async () => {
    const leaky: Handlers<'directory'> = {
      ...directoryHandlers,
      listPlatforms: async () => [
        { id: 'p1', order: 1, name: '平台', url: 'https://example.cn', internalNote: '内部' },
      ],
    };
    const env = await world.run('directory', { action: 'listPlatforms' }, null, leaky as never);
    expect(env).toEqual({ ok: true, data: [{ id: 'p1', order: 1, name: '平台', url: 'https://example.cn' }] });
  });

  it('turns an output that breaks the contract into INTERNAL rather than sending it', async () => {
    const broken: Handlers<'directory'> = {
      ...directoryHandlers,
      listCourses: async () => [{ id: 'c1', title: 42 }] as never,
    };
    const env = await world.run('directory', { action: 'listCourses' }, null, broken as never);
    expect(env).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });
});

describe('retries by clientRequestId', () => {
  it('runs a create once per request id and caller, and again for another caller', async () => {
    let runs = 0;
    const counting: Handlers<'account'> = {
      ...accountHandlers,
      createCompany: async (ctx, input) => {
        runs++;
        return accountHandlers.createCompany(ctx, input);
      },
    };
    const input = companyInput();
    const a = await world.actor('user');
    const first = await world.run('account', { action: 'createCompany', ...input }, a, counting as never);
    const retry = await world.run('account', { action: 'createCompany', ...input }, a, counting as never);
    expect(retry).toEqual(first);
    expect(runs).toBe(1);

    // Another person with the same request id is another request (and here, a duplicate company).
    const b = await world.actor('user');
    const other = await world.run('account', { action: 'createCompany', ...input }, b, counting as never);
    expect(runs).toBe(2);
    expect(other).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('forgets a failed attempt, so the same request id can be sent again after a fix', async () => {
    const flaky: Handlers<'account'> = {
      ...accountHandlers,
      createCompany: async () => {
        throw new Error('network blip');
      },
    };
    const a = await world.actor('user');
    const input = companyInput();
    const before = await world.store.count('requests_log');
    expect(await world.run('account', { action: 'createCompany', ...input }, a, flaky as never)).toMatchObject({
      ok: false,
      error: { code: 'INTERNAL' },
    });
    expect(await world.store.count('requests_log')).toBe(before);
    expect(await world.run('account', { action: 'createCompany', ...input }, a)).toMatchObject({ ok: true });
  });
});
