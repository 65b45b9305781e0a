/**
 * Reads sent together answer as if they had run one by one: the refusal the user sees is the first
 * in the list, whichever the database answered first; a read started ahead of a permission check is
 * taken only after it, and one never taken cannot crash the process.
 */
import { AppError } from '../../core/errors';
import { readAhead, together } from '../../cloudfunctions/_shared/together';
// Settled by the test, so the order of answers is the test's, not the scheduler's.
import { deferred as pending } from '../support/deferred';

describe('together', () => {
  it('gives every value, in the order the reads were listed', async () => {
    const a = pending<string>();
    const b = pending<number>();
    const both = together([a.promise, b.promise]);
    b.resolve(2);
    a.resolve('one');
    await expect(both).resolves.toEqual(['one', 2]);
  });

  it('answers with the first refusal in the list, even when a later one came back first', async () => {
    const company = pending<string>();
    const station = pending<string>();
    const both = together([company.promise, station.promise]);
    station.reject(new AppError('INVALID_INPUT', '该站点已暂停服务'));
    company.reject(new AppError('FORBIDDEN', '贵企业尚待工作站确认'));
    await expect(both).rejects.toMatchObject({ code: 'FORBIDDEN', message: '贵企业尚待工作站确认' });
  });

  it('waits for every read before refusing, so none is left running behind the answer', async () => {
    const first = pending<string>();
    const second = pending<string>();
    let settled = false;
    const both = together([first.promise, second.promise]).catch((e: unknown) => {
      settled = true;
      throw e;
    });
    first.reject(new AppError('NOT_FOUND', '企业不存在'));
    // A whole turn of the event loop: every microtask a rejection could travel through has run.
    await new Promise((resolve) => setImmediate(resolve));
    expect(settled).toBe(false);
    second.resolve('ok');
    await expect(both).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('readAhead', () => {
  it("hands back the read's value when taken", async () => {
    const station = pending<string>();
    const ahead = readAhead(station.promise);
    station.resolve('中关村软件园');
    expect((await ahead)()).toBe('中关村软件园');
  });

  it("throws the read's error only when taken, after the checks that come first", async () => {
    const station = pending<string>();
    const ahead = readAhead(station.promise);
    station.reject(new AppError('INVALID_INPUT', '该站点已暂停服务'));
    const take = await ahead; // resolves: nothing is thrown until the value is asked for
    expect(take).toThrow('该站点已暂停服务');
  });

  it('leaves no unhandled rejection when its result is never taken', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      const station = pending<string>();
      void readAhead(station.promise);
      station.reject(new Error('network down'));
      // Rejections are reported once the microtask queue drains, before the next macrotask.
      await new Promise((resolve) => setImmediate(resolve));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });
});
